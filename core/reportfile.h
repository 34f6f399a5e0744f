#pragma once

#include "core/reportcell.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <stdexcept>

namespace core {

// A table of a report, as every format writes it.
struct ReportTable
{
    QString name; // the sheet's name
    QStringList header;
    QList<ReportRow> rows;
};

enum class ReportFormat
{
    Csv, // RFC 4180, UTF-8
    CsvItalianExcel, // ';', decimal comma, BOM
    Xlsx
};

// How far a long write has got, and a way to stop it from another thread. The
// callback runs on the writing thread, every few thousand rows.
struct ReportProgress
{
    std::function<void(qint64 rowsDone, qint64 rowsTotal)> onRows;
    const std::atomic_bool* cancel = nullptr;
    bool cancelled() const { return cancel != nullptr && cancel->load(); }
};

// Thrown when a write was cancelled; nothing is left at the target path.
class ReportCancelled : public std::runtime_error
{
public:
    ReportCancelled()
        : std::runtime_error("report cancelled")
    { }
};

// Writes a report to `path` without ever leaving a half-written file there: it is
// written to a temporary file beside it, then renamed over it. Throws
// std::runtime_error (with a message for a person) when the place is not writable.
class ReportFile
{
public:
    static void write(const QString& path, ReportFormat format, const QList<ReportTable>& tables,
                      const ReportProgress* progress = nullptr);

    // The temporary-then-rename step every report writer shares (CSV, XLSX, PDF, ZIP):
    // `writeTo` writes the whole file at the temporary path it is given (an empty file
    // already exists there) and throws on failure; only then is it renamed over `path`.
    // On any exception the temporary file is removed and the exception passes on.
    static void writeAtomically(const QString& path, const std::function<void(const QString& temporaryPath)>& writeTo);

    // The file name extension of a format, without the dot: "csv", "xlsx".
    static QString extension(ReportFormat format);
};

} // namespace core
