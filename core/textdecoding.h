#pragma once

#include <QByteArray>
#include <QString>

namespace core {

// Text files people bring (CSV exports of spreadsheets): UTF-8, with or without a
// BOM, or else Windows-1252, a spreadsheet program's "CSV" default in Italy. A file
// that is not valid UTF-8 is read as Windows-1252; bytes that code page lacks become
// U+FFFD.
QString decodeSpreadsheetText(const QByteArray& bytes);

} // namespace core
