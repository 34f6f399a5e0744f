#pragma once
// A demo cache for the report tests, and reading typed cells back.
#include "core/cache.h"
#include "core/database.h"
#include "core/reportcatalogue.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

#include <memory>

namespace reporttest {

template <typename T> T cell(const core::ReportTable& table, qsizetype row, qsizetype column)
{
    const core::ReportCell& c = table.rows.at(row).at(column);
    if (!std::holds_alternative<T>(c)) {
        qWarning("cell %lld,%lld of %s is not of the expected type", qlonglong(row), qlonglong(column),
                 qPrintable(table.name));
        return T();
    }
    return std::get<T>(c);
}

inline core::ReportRequest request(const QString& scope, const QDate& from, const QDate& to,
                                   const QString& dataDir = QString())
{
    core::ReportRequest r;
    r.scope = *core::ReportScope::parse(scope);
    r.period = { from, to };
    r.dataDir = dataDir;
    return r;
}

// Demo data: 4 sites, 2024 and 2025 up to June (so last year aligned has figures).
struct DemoCache
{
    testsupport::TestDataDir dir;
    core::Database db;
    DemoCache()
    {
        dir.writeDemo(4, 1, QDate(2025, 6, 30), 7);
        db = core::Cache::openReader(dir.path());
    }
};

} // namespace reporttest
