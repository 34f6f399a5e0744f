#include "core/fundingreport.h"

#include "core/database.h"
#include "core/reportscope.h"

#include <QCoreApplication>

#include <cmath>

namespace core {

namespace {

ReportCell percentCell(const std::optional<double>& ratio)
{
    if (!ratio) {
        return {};
    }
    return std::round(*ratio * 1000.0) / 10.0;
}

ReportCell dateCell(const QDate& date)
{
    return date.isValid() ? ReportCell(date) : ReportCell();
}

} // namespace

QString FundingReport::amountName(const QString& field)
{
    if (field == QLatin1String("funded")) {
        return QCoreApplication::translate("core::FundingReport", "Funded");
    }
    if (field == QLatin1String("committed")) {
        return QCoreApplication::translate("core::FundingReport", "Committed");
    }
    if (field == QLatin1String("in_progress")) {
        return QCoreApplication::translate("core::FundingReport", "Commitments in progress");
    }
    return QCoreApplication::translate("core::FundingReport", "Spent");
}

QString FundingReport::flagText(const FundingLine& line, const FundingMonitor::LineStatus& status)
{
    if (status.pastDeadline) {
        return QCoreApplication::translate("core::FundingReport", "Past deadline, target not met");
    }
    if (status.atRisk) {
        return QCoreApplication::translate("core::FundingReport", "At risk");
    }
    if (line.achieved()) {
        return QCoreApplication::translate("core::FundingReport", "Target met");
    }
    return {};
}

QList<ReportTable> FundingReport::tables(Database& cache, const QDate& day,
                                         const FundingMonitor::Thresholds& thresholds)
{
    FundingStore store(cache);
    const QList<FundingTable> fundingTables = store.tables();
    const QList<DigitisationProgress> digitisation = store.digitisation();
    if (fundingTables.isEmpty() && digitisation.isEmpty()) {
        throw ReportError(QCoreApplication::translate(
            "core::FundingReport",
            "No funding table has been imported yet: use cruscotto-cli import-funding FILE, or sync with the hub."));
    }
    QList<ReportTable> result;
    ReportTable checks;
    checks.name = QCoreApplication::translate("core::FundingReport", "Checks");
    checks.header = QStringList{ QCoreApplication::translate("core::FundingReport", "Table"),
                                 QCoreApplication::translate("core::FundingReport", "Line"),
                                 QCoreApplication::translate("core::FundingReport", "Amount"),
                                 QCoreApplication::translate("core::FundingReport", "Line's figure"),
                                 QCoreApplication::translate("core::FundingReport", "Sum of its sub-lines"),
                                 QCoreApplication::translate("core::FundingReport", "Difference") };
    for (const FundingTable& table : fundingTables) {
        const FundingMonitor::Evaluation e = FundingMonitor::evaluate(table, day, thresholds);
        ReportTable lines;
        lines.name = table.code;
        // Figures in one table, the words (targets, notes) in another: a page holds each.
        lines.header = QStringList{ QCoreApplication::translate("core::FundingReport", "Code"),
                                    QCoreApplication::translate("core::FundingReport", "Description"),
                                    QCoreApplication::translate("core::FundingReport", "Deadline"),
                                    QCoreApplication::translate("core::FundingReport", "Months left"),
                                    QCoreApplication::translate("core::FundingReport", "Status"),
                                    QCoreApplication::translate("core::FundingReport", "Funded"),
                                    QCoreApplication::translate("core::FundingReport", "Committed"),
                                    QCoreApplication::translate("core::FundingReport", "Commitments in progress"),
                                    QCoreApplication::translate("core::FundingReport", "Spent"),
                                    QCoreApplication::translate("core::FundingReport", "Committed/funded %"),
                                    QCoreApplication::translate("core::FundingReport", "Spent/committed %"),
                                    QCoreApplication::translate("core::FundingReport", "Spent/funded %"),
                                    QCoreApplication::translate("core::FundingReport", "Flag") };
        ReportTable words;
        words.name = QCoreApplication::translate("core::FundingReport", "%1 targets").arg(table.code);
        words.header = QStringList{ QCoreApplication::translate("core::FundingReport", "Code"),
                                    QCoreApplication::translate("core::FundingReport", "Description"),
                                    QCoreApplication::translate("core::FundingReport", "Target"),
                                    QCoreApplication::translate("core::FundingReport", "Deadline"),
                                    QCoreApplication::translate("core::FundingReport", "Notes") };
        for (qsizetype i = 0; i < table.lines.size(); ++i) {
            const FundingLine& line = table.lines[i];
            const FundingMonitor::LineStatus& s = e.lines[i];
            ReportRow row;
            row << line.code << line.description << dateCell(line.deadline)
                << (s.monthsLeft ? ReportCell(std::int64_t(*s.monthsLeft)) : ReportCell()) << line.status << line.funded
                << line.committed << line.inProgress << line.spent << percentCell(s.ratios.committedOfFunded)
                << percentCell(s.ratios.spentOfCommitted) << percentCell(s.ratios.spentOfFunded) << flagText(line, s);
            lines.rows.append(row);
            words.rows.append(ReportRow{ line.code, line.description, line.target, line.deadlineText, line.notes });
        }
        ReportRow total;
        total << QCoreApplication::translate("core::FundingReport", "Total") << table.title << ReportCell()
              << ReportCell() << QString() << e.funded << e.committed << e.inProgress << e.spent
              << percentCell(e.total.committedOfFunded) << percentCell(e.total.spentOfCommitted)
              << percentCell(e.total.spentOfFunded)
              << QCoreApplication::translate("core::FundingReport", "%1 at risk, %2 past deadline")
                     .arg(e.atRisk)
                     .arg(e.pastDeadline);
        lines.rows.append(total);
        result.append(lines);
        result.append(words);
        for (const FundingMonitor::Mismatch& m : e.mismatches) {
            ReportRow row;
            row << table.code << table.lines[m.parent].code << amountName(m.field) << m.parentAmount << m.childrenSum
                << (m.childrenSum - m.parentAmount);
            checks.rows.append(row);
        }
    }
    if (!fundingTables.isEmpty()) {
        result.append(checks);
    }
    if (!digitisation.isEmpty()) {
        ReportTable d;
        d.name = QCoreApplication::translate("core::FundingReport", "Digitisation");
        d.header = QStringList{ QCoreApplication::translate("core::FundingReport", "Site code"),
                                QCoreApplication::translate("core::FundingReport", "Site"),
                                QCoreApplication::translate("core::FundingReport", "Work sites planned"),
                                QCoreApplication::translate("core::FundingReport", "Active"),
                                QCoreApplication::translate("core::FundingReport", "Concluded"),
                                QCoreApplication::translate("core::FundingReport", "To start"),
                                QCoreApplication::translate("core::FundingReport", "Resources produced"),
                                QCoreApplication::translate("core::FundingReport", "Resources target"),
                                QCoreApplication::translate("core::FundingReport", "Produced %"),
                                QCoreApplication::translate("core::FundingReport", "Target date"),
                                QCoreApplication::translate("core::FundingReport", "As of") };
        for (const DigitisationProgress& p : digitisation) {
            ReportRow row;
            row << p.siteCode << p.siteName << std::int64_t(p.planned) << std::int64_t(p.active)
                << std::int64_t(p.concluded) << std::int64_t(p.toStart()) << p.resourcesProduced << p.resourcesTarget
                << percentCell(p.resourcesTarget > 0
                                   ? std::optional<double>(double(p.resourcesProduced) / double(p.resourcesTarget))
                                   : std::nullopt)
                << dateCell(p.targetDate) << dateCell(p.asOf);
            d.rows.append(row);
        }
        result.append(d);
    }
    return result;
}

void FundingReport::fill(Database& cache, const ReportRequest& request, Report& report)
{
    report.tables.append(tables(cache, request.period.to));
    // The report covers the funding tables in the cache, whatever the scope asked for.
    QStringList covered;
    QStringList imported;
    for (const FundingTable& table : FundingStore(cache).tables()) {
        covered.append(table.title.isEmpty() ? table.code : QStringLiteral("%1 (%2)").arg(table.code, table.title));
        imported.append(QCoreApplication::translate("core::FundingReport", "%1 imported on %2 (Rome time)")
                            .arg(table.code, reportsupport::romeDateTime(table.importedUtc)));
    }
    report.scopeText = covered.isEmpty() ? QCoreApplication::translate("core::FundingReport", "Digitisation progress")
                                         : covered.join(QStringLiteral("; "));
    report.freshness = QCoreApplication::translate("core::FundingReport", "%1; deadlines and flags as on %2.")
                           .arg(imported.isEmpty() ? report.freshness : imported.join(QStringLiteral("; ")),
                                request.period.to.toString(QStringLiteral("dd/MM/yyyy")));
}

} // namespace core
