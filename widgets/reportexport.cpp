#include "widgets/reportexport.h"

#include "core/reportbundle.h"
#include "widgets/reportpdfwriter.h"

#include <QDir>
#include <QTemporaryDir>

#include <stdexcept>

namespace widgets {

std::optional<ReportExport::Format> ReportExport::formatFromName(const QString& name)
{
    for (const Format f : { Format::Csv, Format::CsvItalianExcel, Format::Xlsx, Format::Pdf }) {
        if (name == formatName(f)) {
            return f;
        }
    }
    return std::nullopt;
}

QString ReportExport::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::CsvItalianExcel:
        return QStringLiteral("csv-it");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QStringList ReportExport::formatNames()
{
    return { formatName(Format::Csv), formatName(Format::CsvItalianExcel), formatName(Format::Xlsx),
             formatName(Format::Pdf) };
}

QString ReportExport::extension(Format format)
{
    switch (format) {
    case Format::Csv:
    case Format::CsvItalianExcel:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

void ReportExport::write(const QString& path, Format format, const core::Report& report,
                         const core::ReportProgress* progress)
{
    switch (format) {
    case Format::Csv:
        core::ReportFile::write(path, core::ReportFormat::Csv, report.tables, progress);
        return;
    case Format::CsvItalianExcel:
        core::ReportFile::write(path, core::ReportFormat::CsvItalianExcel, report.tables, progress);
        return;
    case Format::Xlsx:
        core::ReportFile::write(path, core::ReportFormat::Xlsx, report.tables, progress);
        return;
    case Format::Pdf:
        ReportPdfWriter::write(path, report, progress);
        return;
    }
}

void ReportExport::writeBundle(const QString& path, Format format, const QList<core::Report>& reports,
                               const QString& scope, const core::ReportProgress* progress)
{
    QTemporaryDir work;
    if (!work.isValid()) {
        throw std::runtime_error(tr("Cannot make a temporary folder: %1").arg(work.errorString()).toStdString());
    }
    qint64 total = 0;
    for (const core::Report& r : reports) {
        total += r.rowCount();
    }
    qint64 before = 0;
    QList<core::ReportBundleEntry> entries;
    for (const core::Report& report : reports) {
        core::ReportBundleEntry entry;
        entry.fileName = report.type + QLatin1Char('.') + extension(format);
        entry.sourcePath = work.filePath(entry.fileName);
        entry.type = report.type;
        entry.title = report.title;
        entry.scope = scope;
        entry.scopeText = report.scopeText;
        entry.period = report.period;
        entry.generatedUtc = report.generatedUtc;
        // Each file's progress counts as part of the whole bundle's rows.
        core::ReportProgress part;
        if (progress) {
            part.cancel = progress->cancel;
            if (progress->onRows) {
                part.onRows = [&, before](qint64 done, qint64) { progress->onRows(before + done, total); };
            }
        }
        write(entry.sourcePath, format, report, progress ? &part : nullptr);
        before += report.rowCount();
        entries.append(entry);
    }
    core::ReportProgress zipping; // cancellable; its rows are the files, not the reports' rows
    zipping.cancel = progress ? progress->cancel : nullptr;
    core::ReportBundle::write(path, entries, &zipping);
}

} // namespace widgets
