#include "core/reportcatalogue.h"

#include "core/alertsreport.h"
#include "core/conservationreport.h"
#include "core/database.h"
#include "core/fundingreport.h"
#include "core/mixreport.h"
#include "core/monthlyreport.h"
#include "core/officereport.h"
#include "core/regionalreport.h"
#include "core/rometime.h"
#include "core/salesqueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <iterator>

namespace core {

namespace {

struct Registered
{
    const char* id;
    const char* title; // QT_TRANSLATE_NOOP: translated when listed
    ReportCatalogue::Filler fill;
    bool readsLedger;
};

// Every report type, in menu order. One line per type.
const Registered registered[] = {
    { "monthly", QT_TRANSLATE_NOOP("core::ReportCatalogue", "Monthly statistics"), &MonthlyReport::fill, false },
    { "regional", QT_TRANSLATE_NOOP("core::ReportCatalogue", "Regional comparison"), &RegionalReport::fill, false },
    { "mix", QT_TRANSLATE_NOOP("core::ReportCatalogue", "Channel and ticket mix"), &MixReport::fill, false },
    { "conservation", QT_TRANSLATE_NOOP("core::ReportCatalogue", "Conservation and occupancy"),
      &ConservationReport::fill, false },
    { "office", QT_TRANSLATE_NOOP("core::ReportCatalogue", "Ticket office: daily and Z reports"), &OfficeReport::fill,
      true },
    { "alerts", QT_TRANSLATE_NOOP("core::ReportCatalogue", "Alerts"), &AlertsReport::fill, false },
    { "funding", QT_TRANSLATE_NOOP("core::ReportCatalogue", "Funded projects"), &FundingReport::fill, false },
};

ReportCatalogue::Type typeOf(const Registered& r)
{
    ReportCatalogue::Type t;
    t.id = QLatin1String(r.id);
    t.title = QCoreApplication::translate("core::ReportCatalogue", r.title);
    t.readsLedger = r.readsLedger;
    t.fill = r.fill;
    return t;
}

QString metaValue(Database& cache, const char* key)
{
    Statement stmt = cache.prepare("SELECT value FROM meta WHERE key = ?");
    stmt.bind(1, QString::fromLatin1(key));
    return stmt.step() ? stmt.text(0) : QString();
}

} // namespace

QList<ReportCatalogue::Type> ReportCatalogue::types()
{
    QList<Type> list;
    for (const Registered& r : registered) {
        list.append(typeOf(r));
    }
    return list;
}

QStringList ReportCatalogue::ids()
{
    QStringList list;
    for (const Registered& r : registered) {
        list.append(QLatin1String(r.id));
    }
    return list;
}

std::optional<ReportCatalogue::Type> ReportCatalogue::find(const QString& id)
{
    for (const Registered& r : registered) {
        if (id == QLatin1String(r.id)) {
            return typeOf(r);
        }
    }
    return std::nullopt;
}

QString ReportCatalogue::freshness(Database& cache)
{
    const QDate last = SalesQueries(cache).dataRange().second;
    if (!last.isValid()) {
        return QCoreApplication::translate("core::ReportCatalogue", "The cache holds no sales yet.");
    }
    const QString until = last.toString(QStringLiteral("dd/MM/yyyy"));
    bool ok = false;
    const std::int64_t synced = metaValue(cache, "last_sync_utc").toLongLong(&ok);
    if (ok && synced > 0) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(synced + RomeTime::offsetAt(synced), Qt::UTC);
        return QCoreApplication::translate("core::ReportCatalogue",
                                           "Sales up to %1; last sync with the hub %2 (Rome time).")
            .arg(until, local.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    }
    if (metaValue(cache, "source") == QLatin1String("demo")) {
        return QCoreApplication::translate("core::ReportCatalogue", "Sales up to %1 (demo data).").arg(until);
    }
    return QCoreApplication::translate("core::ReportCatalogue", "Sales up to %1.").arg(until);
}

Report ReportCatalogue::build(Database& cache, const QString& type, const ReportRequest& request)
{
    const auto found = find(type);
    if (!found) {
        throw ReportError(QCoreApplication::translate("core::ReportCatalogue", "Unknown report type '%1': %2.")
                              .arg(type, ids().join(QStringLiteral(", "))));
    }
    if (!request.period.isValid()) {
        throw ReportError(QCoreApplication::translate("core::ReportCatalogue",
                                                      "The period is not valid: the first day must be on or "
                                                      "before the last."));
    }
    Report report;
    report.type = found->id;
    report.title = found->title;
    report.period = request.period;
    report.freshness = freshness(cache);
    report.generatedUtc = QDateTime::currentSecsSinceEpoch();
    found->fill(cache, request, report);
    return report;
}

} // namespace core
