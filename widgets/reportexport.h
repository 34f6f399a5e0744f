#pragma once

#include "core/report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace widgets {

// Writing made reports in any format, one report or a ZIP bundle of several: the
// command line (`cruscotto-cli report`) and the reports page both go through here,
// so they write the same files. CSV and XLSX through core::ReportFile, PDF through
// ReportPdfWriter (which needs a QGuiApplication), bundles through core::ReportBundle.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    enum class Format
    {
        Csv,
        CsvItalianExcel,
        Xlsx,
        Pdf
    };

    // "csv", "csv-it", "xlsx", "pdf".
    static std::optional<Format> formatFromName(const QString& name);
    static QString formatName(Format format);
    static QString extension(Format format);
    static QStringList formatNames();

    // Atomic (temporary name, then rename); throws std::runtime_error with a message
    // for a person, or core::ReportCancelled.
    static void write(const QString& path, Format format, const core::Report& report,
                      const core::ReportProgress* progress = nullptr);

    // A ZIP at `path` holding each report as TYPE.EXT in `format` and manifest.json
    // with their sizes and SHA-256. `scope` is the scope as asked ("region:NAME").
    static void writeBundle(const QString& path, Format format, const QList<core::Report>& reports,
                            const QString& scope, const core::ReportProgress* progress = nullptr);
};

} // namespace widgets
