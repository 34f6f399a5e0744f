#pragma once

#include "core/report.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

class Database;

// Every report type, in one place: the command line, the reports page and the
// bundles all go through build(), so a type added here appears everywhere.
//
// To add a report type: write a class with a static
//     void fill(Database& cache, const ReportRequest& request, Report& report);
// that adds the tables (and charts), then add ONE line to the `registered` table in
// reportcatalogue.cpp: { "id", QT_TRANSLATE_NOOP("core::ReportCatalogue", "Title"), &YourReport::fill, false },
class ReportCatalogue
{
public:
    using Filler = void (*)(Database& cache, const ReportRequest& request, Report& report);

    struct Type
    {
        QString id; // on the command line: --type ID
        QString title; // translated
        bool readsLedger = false; // made from the device's ledger rather than the cache
        Filler fill = nullptr;
    };

    // In the order the menus list them.
    static QList<Type> types();
    static QStringList ids();
    static std::optional<Type> find(const QString& id);

    // Makes a report: the common parts (title, scope, period, freshness, time) and the
    // type's tables. Throws ReportError for an unknown type, scope or empty period.
    static Report build(Database& cache, const QString& type, const ReportRequest& request);

    // "Sales up to DATE (demo data)", "... last sync DATE TIME": how current the cache is.
    static QString freshness(Database& cache);
};

} // namespace core
