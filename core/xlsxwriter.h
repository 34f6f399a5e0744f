#pragma once

#include "core/reportcell.h"

#include <QStringList>

#include <memory>

namespace core {

// Writes an Office Open XML workbook (.xlsx) in constant memory: each sheet's rows
// are streamed into its zip entry as they come (QuaZip), with inline strings,
// numbers as numbers, dates as dates (dd/mm/yyyy), euro amounts in a euro format,
// a frozen header row and an autofilter. A table longer than a sheet allows
// (1 048 576 rows with the header) continues on a next sheet, "Name (2)", with the
// header repeated. Our own writer: libxlsxwriter links the system minizip, which
// cannot share a process with the one inside Debian's QuaZip.
class XlsxWriter
{
public:
    static constexpr int MaxSheetRows = 1048576;

    // Creates (or truncates) the file; throws std::runtime_error when it cannot.
    explicit XlsxWriter(const QString& path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Starts a new sheet (closing the one before) with its header row.
    void addSheet(const QString& name, const QStringList& header);
    void writeRow(const ReportRow& row);
    // Writes the workbook's parts and closes the file; throws std::runtime_error on a
    // write error. Without close() the destructor abandons a half-written file.
    void close();

    // Rows per sheet including the header; lower only for tests.
    void setMaxSheetRows(int rows);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace core
