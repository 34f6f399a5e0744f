#pragma once

#include "core/report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace widgets {

// Writes a report as PDF through Qt's own printing (QPdfWriter and QPainter): a
// title page with the scope, the period and how fresh the data is; each chart drawn
// as vector paths; each table on A4 landscape, breaking across pages with its
// header repeated. Text stays text, so the PDF can be searched and copied.
// Needs a QGuiApplication (fonts); the command line makes one, offscreen, for PDFs.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    // Writes under a temporary name and renames when complete (core::ReportFile):
    // never a half-written PDF. Throws std::runtime_error, or core::ReportCancelled.
    static void write(const QString& path, const core::Report& report, const core::ReportProgress* progress = nullptr);

    // Paints the report on any paged device (a PDF, a preview's image pages).
    static void paint(QPagedPaintDevice& device, const core::Report& report,
                      const core::ReportProgress* progress = nullptr);

    // Paints only the title page (and the first chart, if any) onto a painter sized
    // like an A4 landscape page `width` wide: the reports page's preview.
    static void paintTitlePage(QPainter& painter, const QRectF& page, const core::Report& report);

    // A cell as the PDF shows it, in the locale's formats.
    // `plain`: an integer without thousands separators (a year, an id).
    static QString cellText(const core::ReportCell& cell, const QLocale& locale = QLocale(), bool plain = false);
};

} // namespace widgets
