#include "testdatadir.h"

#include "core/cache.h"

#include <QDir>
#include <QProcess>

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

AppRun runApp(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("CRUSCOTTO_BINARY_DIR") + QStringLiteral("/app/") + program);
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CRUSCOTTO_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString sourcePath(const QString& relative)
{
    const QString root = qEnvironmentVariable("CRUSCOTTO_SOURCE_DIR");
    return QDir(root).filePath(relative);
}

} // namespace testsupport
