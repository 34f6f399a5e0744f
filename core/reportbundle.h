#pragma once

#include "core/report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

// One file of a bundle: a report already written somewhere, and what it is.
struct ReportBundleEntry
{
    QString fileName; // its name inside the ZIP: "monthly.xlsx"
    QString sourcePath; // where it was written
    QString type; // the catalogue's id
    QString title;
    QString scope; // the scope as asked: "region:Basilicata"
    QString scopeText;
    Period period;
    std::int64_t generatedUtc = 0;
};

// A ZIP of several reports with a manifest.json saying, for each file, its name,
// size, SHA-256, report type, scope and period, when it was made and by which
// version of the app: a region's month sent in one file that the receiver can check.
// Written like every report: under a temporary name, renamed when complete.
class ReportBundle
{
    Q_DECLARE_TR_FUNCTIONS(ReportBundle)

public:
    static constexpr const char* ManifestName = "manifest.json";

    // Throws std::runtime_error (a message for a person) when a file cannot be read
    // or the bundle cannot be written, ReportCancelled when cancelled.
    static void write(const QString& path, const QList<ReportBundleEntry>& entries,
                      const ReportProgress* progress = nullptr);

    // The manifest for these files (read to hash them), as written into the bundle.
    static QByteArray manifest(const QList<ReportBundleEntry>& entries, std::int64_t generatedUtc);

    // Hex SHA-256 of a file's bytes; throws std::runtime_error when it cannot be read.
    static QString sha256Of(const QString& path);
};

} // namespace core
