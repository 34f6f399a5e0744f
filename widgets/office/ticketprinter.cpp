#include "widgets/office/ticketprinter.h"

#include "core/rometime.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTextDocument>

#include <qrencode.h>

#include <memory>

namespace widgets {

namespace {

// The page of a receipt roll: 80 mm wide. Drawing units are tenths of a millimetre.
constexpr double kPageWidthMm = 80.0;
constexpr double kPageHeightMm = 110.0;
constexpr int kWidth = 800;
constexpr int kHeight = 1100;
constexpr int kMargin = 40;

struct QrMatrix
{
    int width = 0;
    QByteArray modules; // width * width bytes, bit 0 set for a dark module
};

QrMatrix encodeQr(const QString& text)
{
    // Ticket codes are base32 (upper case and digits): libqrencode picks the
    // alphanumeric mode for them on its own.
    const QByteArray bytes = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        return {};
    }
    QrMatrix matrix;
    matrix.width = code->width;
    matrix.modules = QByteArray(reinterpret_cast<const char*>(code->data), code->width * code->width);
    return matrix;
}

void drawQr(QPainter& painter, const QrMatrix& matrix, const QRect& target)
{
    if (matrix.width == 0) {
        return;
    }
    const int side = std::min(target.width(), target.height());
    const double module = double(side) / (matrix.width + 8); // quiet zone of 4 modules each side
    const double left = target.left() + (target.width() - side) / 2.0 + 4 * module;
    const double top = target.top() + 4 * module;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < matrix.width; ++y) {
        for (int x = 0; x < matrix.width; ++x) {
            if (matrix.modules.at(y * matrix.width + x) & 1) {
                // A hair wider than the module so neighbours join without seams.
                painter.drawRect(QRectF(left + x * module, top + y * module, module + 0.3, module + 0.3));
            }
        }
    }
    painter.restore();
}

QString romeDateTime(std::int64_t utc)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc + core::RomeTime::offsetAt(utc), Qt::UTC);
    return QLocale().toString(local, QStringLiteral("dd/MM/yyyy HH:mm"));
}

QFont fontOf(int pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

// Draws `text` from the top of `y` across the printable width; returns the next y.
int drawLine(QPainter& painter, int y, const QString& text, const QFont& font, Qt::Alignment align = Qt::AlignLeft)
{
    painter.setFont(font);
    const QRect box(kMargin, y, kWidth - 2 * kMargin, kHeight);
    const QRect used = painter.boundingRect(box, int(align | Qt::TextWordWrap), text);
    painter.drawText(box, int(align | Qt::TextWordWrap), text);
    return y + used.height() + 6;
}

int drawAmountLine(QPainter& painter, int y, const QString& label, const QString& amount, const QFont& font)
{
    painter.setFont(font);
    const QRect box(kMargin, y, kWidth - 2 * kMargin, font.pixelSize() + 12);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, amount);
    return y + box.height();
}

} // namespace

TicketPrinter TicketPrinter::systemPrinter(const QString& printerName)
{
    TicketPrinter printer;
    printer.m_printerName = printerName;
    return printer;
}

TicketPrinter TicketPrinter::pdfFolder(const QString& directory)
{
    TicketPrinter printer;
    printer.m_pdfDirectory = directory;
    return printer;
}

bool TicketPrinter::isAvailable() const
{
    return problem().isEmpty();
}

QString TicketPrinter::problem() const
{
    if (printsToPdf()) {
        const QFileInfo folder(m_pdfDirectory);
        if (!QDir().mkpath(m_pdfDirectory) || !QFileInfo(m_pdfDirectory).isWritable()) {
            return tr("The folder %1 for the printouts cannot be written.")
                .arg(QDir::toNativeSeparators(folder.filePath()));
        }
        return {};
    }
    const QPrinterInfo info
        = m_printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(m_printerName);
    if (info.isNull()) {
        return m_printerName.isEmpty() ? tr("No printer is set up on this computer.")
                                       : tr("The printer \"%1\" is not connected.").arg(m_printerName);
    }
    return {};
}

bool TicketPrinter::setUp(QPrinter& printer, const QString& fileName)
{
    m_error.clear();
    m_lastFile.clear();
    if (const QString why = problem(); !why.isEmpty()) {
        m_error = why;
        return false;
    }
    if (printsToPdf()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        m_lastFile = QDir(m_pdfDirectory).filePath(fileName);
        printer.setOutputFileName(m_lastFile);
    } else {
        printer.setOutputFormat(QPrinter::NativeFormat);
        if (!m_printerName.isEmpty()) {
            printer.setPrinterName(m_printerName);
        }
    }
    printer.setDocName(QFileInfo(fileName).completeBaseName());
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(kPageWidthMm, kPageHeightMm), QPageSize::Millimeter, QStringLiteral("Receipt roll 80 mm")),
        QPageLayout::Portrait, QMarginsF()));
    return true;
}

bool TicketPrinter::printSale(const core::SaleReceipt& receipt, const core::Site& site, int slotMinutes)
{
    QPrinter printer(QPrinter::HighResolution);
    const QString prefix = receipt.training ? QStringLiteral("training-") : QString();
    if (!setUp(printer, QStringLiteral("%1receipt-%2.pdf").arg(prefix).arg(receipt.receiptNumber))) {
        return false;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_error = tr("The printer refused the job.");
        return false;
    }
    const double dotsPerUnit = printer.resolution() / 254.0; // a unit is 0.1 mm
    painter.scale(dotsPerUnit, dotsPerUnit);
    painter.setPen(Qt::black);

    const QLocale locale;
    const QString trainingMark = tr("TRAINING – NOT VALID");
    // The receipt.
    int y = kMargin;
    y = drawLine(painter, y, site.name, fontOf(40, true), Qt::AlignHCenter);
    if (receipt.training) {
        y = drawLine(painter, y, trainingMark, fontOf(40, true), Qt::AlignHCenter);
    }
    y = drawLine(painter, y + 10, tr("Receipt no. %1").arg(receipt.receiptNumber), fontOf(36, true));
    y = drawLine(painter, y, tr("%1 – clerk %2").arg(romeDateTime(receipt.soldUtc), receipt.clerk), fontOf(30));
    // The time slot the admissions are for: "10:00-11:00", or its start when the length is unknown.
    const auto slotText = [slotMinutes](int start) {
        core::SlotAvailability slot;
        slot.start = start;
        slot.minutes = slotMinutes;
        return slotMinutes > 0 ? slot.label() : slot.label().left(5);
    };
    if (receipt.slot >= 0) {
        y = drawLine(painter, y, tr("Entry %1").arg(slotText(receipt.slot)), fontOf(34, true));
    }
    y += 20;
    for (const core::CartLine& line : receipt.lines) {
        if (y > kHeight - 300) {
            printer.newPage();
            y = kMargin;
        }
        y = drawAmountLine(painter, y, tr("%1 × %2").arg(line.quantity).arg(line.product.name),
                           line.total().toString(locale), fontOf(30));
    }
    y += 10;
    painter.drawLine(kMargin, y, kWidth - kMargin, y);
    y = drawAmountLine(painter, y + 10, tr("Total"), receipt.total.toString(locale), fontOf(38, true));
    for (const core::Payment& payment : receipt.payments) {
        y = drawAmountLine(painter, y, core::paymentMethodName(payment.method), payment.amount.toString(locale),
                           fontOf(30));
        if (payment.method == core::PaymentMethod::Cash && payment.tendered > payment.amount) {
            y = drawAmountLine(painter, y, tr("Cash tendered"), payment.tendered.toString(locale), fontOf(30));
        }
    }
    if (!receipt.change.isZero()) {
        y = drawAmountLine(painter, y, tr("Change"), receipt.change.toString(locale), fontOf(30));
    }
    drawLine(painter, y + 20, tr("%n ticket(s) follow.", "", int(receipt.tickets.size())), fontOf(28),
             Qt::AlignHCenter);

    // One ticket per page.
    for (const core::IssuedTicket& ticket : receipt.tickets) {
        printer.newPage();
        int ty = kMargin;
        ty = drawLine(painter, ty, site.name, fontOf(36, true), Qt::AlignHCenter);
        if (receipt.training) {
            ty = drawLine(painter, ty, trainingMark, fontOf(40, true), Qt::AlignHCenter);
        }
        ty = drawLine(painter, ty + 10, ticket.productName, fontOf(44, true), Qt::AlignHCenter);
        ty = drawLine(painter, ty, ticket.price.toString(locale), fontOf(36), Qt::AlignHCenter);
        if (!ticket.holder.isEmpty()) {
            ty = drawLine(painter, ty, tr("Name: %1").arg(ticket.holder), fontOf(34, true), Qt::AlignHCenter);
        }
        ty = drawLine(painter, ty, tr("Valid on %1").arg(locale.toString(ticket.code.validDay, QLocale::ShortFormat)),
                      fontOf(32), Qt::AlignHCenter);
        if (ticket.code.slotMinutes >= 0) {
            ty = drawLine(painter, ty, tr("Entry %1").arg(slotText(ticket.code.slotMinutes)), fontOf(36, true),
                          Qt::AlignHCenter);
        }
        // The QR as large as the page leaves room for under the name and the slot.
        const int qrSide = std::min(kWidth - 2 * kMargin - 160, kHeight - ty - 150);
        const QRect qrBox((kWidth - qrSide) / 2, ty + 10, qrSide, qrSide);
        drawQr(painter, encodeQr(ticket.text), qrBox);
        ty = qrBox.bottom() + 20;
        ty = drawLine(painter, ty, ticket.code.key(), fontOf(34, true), Qt::AlignHCenter);
        drawLine(painter, ty, tr("Receipt no. %1 – %2").arg(receipt.receiptNumber).arg(romeDateTime(receipt.soldUtc)),
                 fontOf(26), Qt::AlignHCenter);
    }
    if (!painter.end()) {
        m_error = tr("The printer did not finish the job.");
        return false;
    }
    return true;
}

bool TicketPrinter::printSessionReport(const core::SessionReport& report, const core::Site& site)
{
    QPrinter printer(QPrinter::HighResolution);
    const QString name = report.closing ? QStringLiteral("z-report-%1.pdf") : QStringLiteral("x-report-%1.pdf");
    if (!setUp(printer, name.arg(report.session.number))) {
        return false;
    }
    QTextDocument document;
    document.setDocumentMargin(12);
    QFont font = fontOf(10);
    font.setPointSizeF(7.0);
    document.setDefaultFont(font);
    document.setHtml(sessionReportHtml(report, site));
    document.print(&printer);
    if (printsToPdf() && !QFileInfo::exists(m_lastFile)) {
        m_error = tr("The report could not be written to %1.").arg(QDir::toNativeSeparators(m_lastFile));
        return false;
    }
    return true;
}

QImage TicketPrinter::qrImage(const QString& text, int moduleSize)
{
    const QrMatrix matrix = encodeQr(text);
    if (matrix.width == 0) {
        return {};
    }
    const int side = (matrix.width + 8) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    drawQr(painter, matrix, QRect(0, 0, side, side));
    return image;
}

QString TicketPrinter::sessionReportHtml(const core::SessionReport& report, const core::Site& site)
{
    const QLocale locale;
    auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    auto row = [&](const QString& label, const QString& value, bool strong = false) {
        const QString cell = strong ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
        return QStringLiteral("<tr><td width=\"65%\">%1</td><td align=\"right\">%2</td></tr>")
            .arg(cell.arg(esc(label)), cell.arg(esc(value)));
    };
    auto rows = [&](const QList<core::OfficeTotals::Row>& list, bool withTickets) {
        QString html;
        for (const auto& r : list) {
            html += withTickets
                ? QStringLiteral("<tr><td width=\"55%\">%1</td><td align=\"right\">%2</td>"
                                 "<td align=\"right\">%3</td></tr>")
                      .arg(esc(r.name), locale.toString(qlonglong(r.tickets)), esc(r.amount.toString(locale)))
                : row(r.name, r.amount.toString(locale));
        }
        return html;
    };
    const core::OfficeTotals& t = report.totals;
    QString html;
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(report.closing ? tr("Z report – session %1").arg(report.session.number)
                                        : tr("X report (preview) – session %1").arg(report.session.number)));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(esc(site.name),
                     esc(tr("Opened %1 by %2 with a float of %3")
                             .arg(romeDateTime(report.session.openedUtc), report.session.clerk,
                                  report.session.openingFloat.toString(locale))));
    if (report.closing) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Closed %1").arg(romeDateTime(report.closedUtc))));
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    html += row(tr("Sales"), locale.toString(qlonglong(t.sales)));
    html += row(tr("Tickets"), locale.toString(qlonglong(t.tickets)));
    html += row(tr("Gross"), t.gross.toString(locale));
    html += row(tr("Voids (%1)").arg(t.voids), t.voided.toString(locale));
    html += row(tr("Refunds (%1)").arg(t.refunds), t.refunded.toString(locale));
    html += row(tr("Net"), t.net.toString(locale), true);
    html += row(tr("Cash in"), t.cashIn.toString(locale));
    html += row(tr("Card"), t.cardIn.toString(locale));
    if (report.closing) {
        html += row(tr("Expected cash in the drawer"), report.expectedCash.toString(locale), true);
        html += row(tr("Counted cash"), report.countedCash.toString(locale), true);
        html += row(tr("Discrepancy"), report.discrepancy.toString(locale), true);
    }
    html += QStringLiteral("</table>");
    const std::tuple<QString, const QList<core::OfficeTotals::Row>*, bool> sections[]
        = { { tr("By payment"), &t.byPayment, false },
            { tr("By category"), &t.byCategory, true },
            { tr("By product"), &t.byProduct, true } };
    for (const auto& [title, list, withTickets] : sections) {
        if (list->isEmpty()) {
            continue;
        }
        html += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">").arg(esc(title));
        html += rows(*list, withTickets);
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace widgets
