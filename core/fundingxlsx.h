#pragma once

#include "core/fundingimport.h"

#include <QList>
#include <QString>

namespace core {

// The first worksheet of an .xlsx workbook as rows of cells (shared strings,
// inline strings, numbers), read with QuaZip and QXmlStreamReader. Empty rows are
// left out; each row keeps its sheet row number. Kept apart from FundingImport
// because QuaZip's headers may only be included in core's archive sources.
class FundingXlsx
{
public:
    // Throws std::runtime_error (a sentence for a person) when the file is not a
    // readable workbook.
    static QList<FundingImport::Row> readFirstSheet(const QString& path);
};

} // namespace core
