#include "testdatadir.h"

#include "core/cache.h"

#include <QDir>

namespace testsupport {

TestDataDir::TestDataDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/cruscotto-test-XXXXXX"))
{ }

core::DemoGenerator::Summary TestDataDir::writeDemo(int sites, int years, const QDate& until, std::uint64_t seed) const
{
    core::DemoGenerator::Options options;
    options.sites = sites;
    options.years = years;
    options.until = until;
    options.seed = seed;
    return core::DemoGenerator(options).writeCache(core::Cache::pathIn(path()));
}

QString sourcePath(const QString& relative)
{
    const QString root = qEnvironmentVariable("CRUSCOTTO_SOURCE_DIR");
    return QDir(root).filePath(relative);
}

} // namespace testsupport
