#pragma once

#include "core/reportcell.h"

#include <QStringList>

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

// Writes a report to `path` without ever leaving a half-written file there: it is
// written to a temporary file beside it, then renamed over it. Throws
// std::runtime_error (with a message for a person) when the place is not writable.
class ReportFile
{
public:
    static void write(const QString& path, ReportFormat format, const QList<ReportTable>& tables);
};

} // namespace core
