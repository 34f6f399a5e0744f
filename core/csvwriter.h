#pragma once

#include "core/reportcell.h"

#include <QStringList>

class QIODevice;

namespace core {

// Writes a report table as CSV, row by row, to a device: RFC 4180 (',' separator,
// CRLF line ends, fields quoted when they hold a separator, a quote or a line
// break), UTF-8. The Italian Excel dialect uses ';', a decimal comma and
// dd/mm/yyyy dates, and starts with a byte-order mark so Excel reads UTF-8.
class CsvWriter
{
public:
    enum class Dialect
    {
        Rfc4180,
        ItalianExcel
    };

    explicit CsvWriter(QIODevice& device, Dialect dialect = Dialect::Rfc4180);

    void writeHeader(const QStringList& names);
    void writeRow(const ReportRow& row);
    // Throws std::runtime_error when the device refused a write.
    void flush();

    // One field as this dialect writes it (quoted when needed).
    QString field(const ReportCell& cell) const;

private:
    void writeLine(const QStringList& fields);

    QIODevice& m_device;
    Dialect m_dialect;
    QChar m_separator;
    QByteArray m_buffer;
    bool m_started = false;
};

} // namespace core
