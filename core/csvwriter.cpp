#include "core/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

#include <stdexcept>

namespace core {

namespace {
constexpr qsizetype kFlushBytes = 64 * 1024;
}

CsvWriter::CsvWriter(QIODevice& device, Dialect dialect)
    : m_device(device)
    , m_dialect(dialect)
    , m_separator(dialect == Dialect::ItalianExcel ? QLatin1Char(';') : QLatin1Char(','))
{ }

QString CsvWriter::field(const ReportCell& cell) const
{
    const bool italian = m_dialect == Dialect::ItalianExcel;
    QString text;
    if (const auto* s = std::get_if<QString>(&cell)) {
        text = *s;
    } else if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        text = QString::number(*i);
    } else if (const auto* d = std::get_if<double>(&cell)) {
        text = QString::number(*d, 'g', 15);
        if (italian) {
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        }
    } else if (const auto* m = std::get_if<Money>(&cell)) {
        text = m->toPlainString();
        if (italian) {
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        }
    } else if (const auto* date = std::get_if<QDate>(&cell)) {
        text = date->toString(italian ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("yyyy-MM-dd"));
    }
    if (text.contains(m_separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

void CsvWriter::writeHeader(const QStringList& names)
{
    QStringList fields;
    for (const QString& name : names) {
        fields.append(field(name));
    }
    writeLine(fields);
}

void CsvWriter::writeRow(const ReportRow& row)
{
    QStringList fields;
    fields.reserve(row.size());
    for (const ReportCell& cell : row) {
        fields.append(field(cell));
    }
    writeLine(fields);
}

void CsvWriter::writeLine(const QStringList& fields)
{
    if (!m_started) {
        m_started = true;
        if (m_dialect == Dialect::ItalianExcel) {
            m_buffer.append("\xEF\xBB\xBF");
        }
    }
    m_buffer.append(fields.join(m_separator).toUtf8());
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushBytes) {
        flush();
    }
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty()) {
        return;
    }
    if (m_device.write(m_buffer) != m_buffer.size()) {
        throw std::runtime_error(QCoreApplication::translate("core::CsvWriter", "Could not write the CSV file: %1")
                                     .arg(m_device.errorString())
                                     .toStdString());
    }
    m_buffer.clear();
}

} // namespace core
