#pragma once

#include "core/site.h"
#include "core/ticketoffice.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPrinter;

namespace widgets {

// Prints what the counter hands over: the receipt and one ticket per page (with the
// signed code as a QR, and the ticket key under it for typing), and the Z report.
// Either on a system printer (the default one when no name is given) or, for
// machines without one and for tests, as PDF files in a folder.
class TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)

public:
    // A system printer; an empty name means the system's default printer.
    static TicketPrinter systemPrinter(const QString& printerName = QString());
    // One PDF per job in `directory` ("receipt-<n>.pdf", "z-report-<n>.pdf", ...).
    static TicketPrinter pdfFolder(const QString& directory);

    bool printsToPdf() const { return !m_pdfDirectory.isEmpty(); }
    // False when the printer is missing (or the folder cannot be written); problem() says why.
    bool isAvailable() const;
    QString problem() const;

    // Both return false with error() set when nothing could be printed. `slotMinutes`
    // is the length of the site's time slots (0: open entry), for "Entry 10:00-11:00".
    bool printSale(const core::SaleReceipt& receipt, const core::Site& site, int slotMinutes = 0);
    bool printSessionReport(const core::SessionReport& report, const core::Site& site);
    QString error() const { return m_error; }
    // The PDF file of the last job (PDF folder only).
    QString lastFile() const { return m_lastFile; }

    // The QR of `text` as a black-on-white image, `moduleSize` pixels per module,
    // with the standard quiet zone of four modules. Null when the text cannot be encoded.
    static QImage qrImage(const QString& text, int moduleSize = 4);
    // The report as the screen and the printer show it.
    static QString sessionReportHtml(const core::SessionReport& report, const core::Site& site);

private:
    TicketPrinter() = default;
    bool setUp(QPrinter& printer, const QString& fileName);

    QString m_printerName;
    QString m_pdfDirectory;
    QString m_error;
    QString m_lastFile;
};

} // namespace widgets
