// cruscotto-cli import-visits files (core/visithistory.*): date,site_code,visitors,
// imported into a small demo cache, all or nothing.
#include "core/cache.h"
#include "core/database.h"
#include "core/demogenerator.h"
#include "core/visithistory.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
core::Database& cache()
{
    static QTemporaryDir dir;
    static core::Database db = [] {
        core::DemoGenerator::Options options;
        options.sites = 2;
        options.years = 0;
        options.until = QDate(2025, 1, 15);
        core::DemoGenerator(options).writeCache(core::Cache::pathIn(dir.path()));
        return core::Cache::openWriter(dir.path());
    }();
    return db;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto result = core::VisitHistory(cache()).importCsv(buffer);
    // All or nothing: an import with errors imported no day.
    if (!result.ok() && result.days != 0) {
        __builtin_trap();
    }
    return 0;
}
