#pragma once

#include "core/cache.h"
#include "core/site.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace widgets {

// What the screens need to know about the cache before they show anything:
// read once at start-up, on a worker thread.
struct CacheOverview
{
    Q_DECLARE_TR_FUNCTIONS(CacheOverview)

public:
    QString dataDir;
    QString cachePath;
    bool exists = false; // a cache file is there (possibly just rebuilt)
    core::Cache::OpenReport report;
    int schemaVersion = 0;
    QDate dataFrom; // meta data_from
    QDate dataUntil; // meta data_until
    QDate firstSalesDay;
    QDate lastSalesDay;
    QList<core::Site> sites;
    QString error; // why the cache could not be opened; empty when it could

    bool hasData() const { return exists && error.isEmpty() && lastSalesDay.isValid() && !sites.isEmpty(); }

    // Opens the cache once with the writer connection (which checks it and moves a
    // damaged file aside), then reads the catalogue and the data period. A missing
    // cache is not created: the empty state tells the user how to get data, and
    // `cruscotto-cli demo` must still find no cache in the way. Never throws.
    static CacheOverview load(const QString& dataDir);
};

} // namespace widgets
