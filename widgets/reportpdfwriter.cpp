#include "widgets/reportpdfwriter.h"

#include "core/rometime.h"

#include <QDateTime>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <type_traits>

namespace widgets {

namespace {

constexpr int Resolution = 300; // device pixels per inch
constexpr int ProgressEvery = 256; // rows

double mm(double millimetres)
{
    return millimetres * Resolution / 25.4;
}

bool isNumber(const core::ReportCell& cell)
{
    return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell)
        || std::holds_alternative<core::Money>(cell);
}

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fi" stays two letters, so the PDF's text can be searched and copied.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// A "nice" step for an axis from 0 to `max` in about five steps: 1, 2 or 5 times a power of ten.
double niceStep(double max)
{
    if (max <= 0) {
        return 1;
    }
    const double raw = max / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (raw <= m * power) {
            return m * power;
        }
    }
    return 10 * power;
}

const QColor seriesColours[]
    = { QColor(0x1f, 0x5f, 0x8b), QColor(0xe0, 0x8a, 0x1e), QColor(0x3a, 0x9a, 0x5b), QColor(0xa2, 0x3b, 0x72) };

// Lays the pages out: tracks where the next line goes and starts new pages.
class PageFlow
{
public:
    PageFlow(QPagedPaintDevice& device, QPainter& painter, const core::Report& report)
        : m_device(device)
        , m_painter(painter)
        , m_report(report)
    {
        m_page = QRectF(0, 0, painter.device()->width(), painter.device()->height());
    }

    QRectF page() const { return m_page; }
    // The area above the footer.
    double bottom() const { return m_page.bottom() - mm(8); }

    void newPage()
    {
        footer();
        if (!m_device.newPage()) {
            throw std::runtime_error(
                ReportPdfWriter::tr("Cannot add a page to the PDF (is the disk full?).").toStdString());
        }
        ++m_number;
        m_y = m_page.top();
    }
    void finish() { footer(); }

    double y() const { return m_y; }
    void setY(double y) { m_y = y; }

private:
    void footer()
    {
        m_painter.save();
        m_painter.setFont(font(7));
        m_painter.setPen(Qt::darkGray);
        const QRectF area(m_page.left(), m_page.bottom() - mm(5), m_page.width(), mm(5));
        m_painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                           ReportPdfWriter::tr("%1 - %2").arg(m_report.title, m_report.scopeText));
        m_painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter, ReportPdfWriter::tr("Page %1").arg(m_number));
        m_painter.restore();
    }

    QPagedPaintDevice& m_device;
    QPainter& m_painter;
    const core::Report& m_report;
    QRectF m_page;
    double m_y = 0;
    int m_number = 1;
};

QString periodText(const core::Period& period)
{
    return ReportPdfWriter::tr("From %1 to %2")
        .arg(period.from.toString(QStringLiteral("dd/MM/yyyy")), period.to.toString(QStringLiteral("dd/MM/yyyy")));
}

void paintChart(QPainter& painter, const QRectF& area, const core::ReportChart& chart, const QLocale& locale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font(11, true));
    painter.setPen(Qt::black);
    const double titleHeight = QFontMetricsF(painter.font(), painter.device()).height() * 1.6;
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     chart.title);
    painter.setFont(font(7));
    const QFontMetricsF fm(painter.font(), painter.device());

    double max = 0;
    for (const auto& s : chart.series) {
        for (const double v : s.values) {
            max = std::max(max, v);
        }
    }
    const double step = niceStep(max);
    const double top = std::max(step, std::ceil(max / step) * step);
    double labelWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(locale.toString(v, 'f', 0)));
    }
    const double legendHeight = chart.series.size() > 1 ? fm.height() * 1.8 : 0;
    const QRectF plot(area.left() + labelWidth + mm(3), area.top() + titleHeight + legendHeight,
                      area.width() - labelWidth - mm(3), area.height() - titleHeight - legendHeight - fm.height() * 3);
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };

    // Grid and value axis.
    painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), mm(0.15)));
    for (double v = 0; v <= top + step / 2; v += step) {
        QPainterPath grid;
        grid.moveTo(plot.left(), yOf(v));
        grid.lineTo(plot.right(), yOf(v));
        painter.drawPath(grid);
        painter.save();
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), yOf(v) - fm.height() / 2, labelWidth, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', 0));
        painter.restore();
    }
    QPainterPath axes;
    axes.moveTo(plot.topLeft());
    axes.lineTo(plot.bottomLeft());
    axes.lineTo(plot.bottomRight());
    painter.setPen(QPen(Qt::black, mm(0.25)));
    painter.drawPath(axes);

    const qsizetype n = chart.categories.size();
    if (n > 0) {
        const double slot = plot.width() / double(n);
        // Category labels, thinned out when they would overlap.
        double widest = 0;
        for (const QString& c : chart.categories) {
            widest = std::max(widest, fm.horizontalAdvance(c));
        }
        const qsizetype every = std::max<qsizetype>(1, qsizetype(std::ceil((widest + mm(1)) / slot)));
        painter.setPen(Qt::black);
        for (qsizetype i = 0; i < n; i += every) {
            const QRectF label(plot.left() + slot * double(i) - slot * double(every - 1) / 2, plot.bottom() + mm(1),
                               slot * double(every), fm.height() * 2.5);
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                             fm.elidedText(chart.categories.at(i), Qt::ElideRight, slot * double(every) * 2));
        }
        const qsizetype seriesCount = std::max<qsizetype>(1, chart.series.size());
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            const auto& series = chart.series.at(s);
            const QColor colour = seriesColours[s % 4];
            if (chart.kind == core::ReportChart::Kind::Bar) {
                const double barWidth = slot * 0.8 / double(seriesCount);
                QPainterPath bars;
                for (qsizetype i = 0; i < std::min(n, series.values.size()); ++i) {
                    const double x = plot.left() + slot * double(i) + slot * 0.1 + barWidth * double(s);
                    bars.addRect(
                        QRectF(x, yOf(series.values.at(i)), barWidth, plot.bottom() - yOf(series.values.at(i))));
                }
                painter.fillPath(bars, colour);
            } else {
                QPainterPath line;
                for (qsizetype i = 0; i < std::min(n, series.values.size()); ++i) {
                    const QPointF p(plot.left() + slot * (double(i) + 0.5), yOf(series.values.at(i)));
                    if (i == 0) {
                        line.moveTo(p);
                    } else {
                        line.lineTo(p);
                    }
                }
                painter.setPen(QPen(colour, mm(0.5)));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(line);
            }
        }
        // Legend.
        if (chart.series.size() > 1) {
            double x = plot.left();
            for (qsizetype s = 0; s < chart.series.size(); ++s) {
                const double y = area.top() + titleHeight;
                QPainterPath swatch;
                swatch.addRect(QRectF(x, y + fm.height() * 0.2, fm.height() * 0.8, fm.height() * 0.8));
                painter.fillPath(swatch, seriesColours[s % 4]);
                painter.setPen(Qt::black);
                const QString name = chart.series.at(s).name;
                painter.drawText(QPointF(x + fm.height(), y + fm.ascent() + fm.height() * 0.1), name);
                x += fm.height() * 2 + fm.horizontalAdvance(name);
            }
        }
    }
    painter.setPen(Qt::black);
    painter.drawText(QRectF(plot.left(), plot.bottom() + fm.height() * 2.5, plot.width(), fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter, chart.valueLabel);
    painter.restore();
}

void paintTable(QPainter& painter, PageFlow& flow, const core::ReportTable& table, const QList<int>& plain,
                const QLocale& locale, const core::ReportProgress* progress, qint64& done, qint64 total)
{
    const QFont bodyFont = font(7);
    const QFont headerFont = font(7, true);
    const QFontMetricsF body(bodyFont, painter.device());
    const QFontMetricsF head(headerFont, painter.device());
    const double pad = mm(1.2);
    const qsizetype columns = std::max<qsizetype>(table.header.size(), 1);

    // Column widths from the header's longest word and the first rows' widest text.
    QList<double> widths(columns, mm(8));
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        for (const QString& word : table.header.at(c).split(QLatin1Char(' '))) {
            widths[c] = std::max(widths[c], head.horizontalAdvance(word) + 2 * pad);
        }
    }
    // Numbers, amounts and dates are never cut: their columns keep the width they need.
    QList<int> textCells(columns, 0);
    QList<int> valueCells(columns, 0);
    for (qsizetype r = 0; r < std::min<qsizetype>(table.rows.size(), 500); ++r) {
        const core::ReportRow& row = table.rows.at(r);
        for (qsizetype c = 0; c < std::min(columns, row.size()); ++c) {
            const double need
                = body.horizontalAdvance(ReportPdfWriter::cellText(row.at(c), locale, plain.contains(int(c))))
                + 2 * pad + mm(0.5); // a little slack: the widest value must not be elided by rounding
            widths[c] = std::max(widths[c], std::min(need, mm(120)));
            if (std::holds_alternative<QString>(row.at(c))) {
                textCells[c] += std::get<QString>(row.at(c)).trimmed().isEmpty() ? 0 : 1;
            } else if (!std::holds_alternative<std::monostate>(row.at(c))) {
                ++valueCells[c];
            }
        }
    }
    // A column of values (with the odd text, a "/" or a note) keeps its width too.
    QList<bool> wraps(columns, false);
    for (qsizetype c = 0; c < columns; ++c) {
        wraps[c] = textCells[c] > valueCells[c];
    }
    double sum = 0;
    for (const double w : widths) {
        sum += w;
    }
    const double available = flow.page().width();
    if (sum > available) {
        // Narrow text columns keep their width; the widest share what is left and wrap.
        QList<double> sorted;
        double fixed = 0;
        for (qsizetype c = 0; c < columns; ++c) {
            if (wraps[c]) {
                sorted.append(widths[c]);
            } else {
                fixed += widths[c];
            }
        }
        std::sort(sorted.begin(), sorted.end());
        double cap = sorted.isEmpty() ? available : std::max(mm(15), (available - fixed) / double(sorted.size()));
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            const double share = std::max(mm(15), (available - fixed) / double(sorted.size() - i));
            if (sorted.at(i) > share) {
                cap = share;
                break;
            }
            fixed += sorted.at(i);
        }
        for (qsizetype c = 0; c < columns; ++c) {
            if (wraps[c]) {
                widths[c] = std::min(widths[c], cap);
            }
        }
        sum = 0;
        for (const double w : widths) {
            sum += w;
        }
    }
    double headerHeight = head.height() + 2 * pad;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        const QRectF need
            = head.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, mm(40)), Qt::TextWordWrap, table.header.at(c));
        headerHeight = std::max(headerHeight, need.height() + 2 * pad);
    }
    const double lineHeight = body.height() + pad * 1.4;

    const auto heading = [&](bool continued) {
        painter.setFont(font(10, true));
        painter.setPen(Qt::black);
        const double h = QFontMetricsF(painter.font(), painter.device()).height() * 1.5;
        painter.drawText(QRectF(flow.page().left(), flow.y(), available, h), Qt::AlignLeft | Qt::AlignVCenter,
                         continued ? ReportPdfWriter::tr("%1 (continued)").arg(table.name) : table.name);
        flow.setY(flow.y() + h);
        // The header row, repeated on every page of the table.
        painter.setFont(headerFont);
        double x = flow.page().left();
        painter.fillRect(QRectF(x, flow.y(), sum, headerHeight), QColor(0xe4, 0xea, 0xf0));
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            painter.drawText(QRectF(x + pad, flow.y() + pad, widths[c] - 2 * pad, headerHeight - 2 * pad),
                             Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, table.header.at(c));
            x += widths[c];
        }
        flow.setY(flow.y() + headerHeight);
        painter.setPen(QPen(Qt::black, mm(0.2)));
        painter.drawLine(QPointF(flow.page().left(), flow.y()), QPointF(flow.page().left() + sum, flow.y()));
    };

    if (flow.y() > flow.page().top() && flow.y() + mm(12) + headerHeight + lineHeight * 3 > flow.bottom()) {
        flow.newPage();
    } else if (flow.y() > flow.page().top()) {
        flow.setY(flow.y() + mm(6));
    }
    heading(false);
    painter.setFont(bodyFont);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const core::ReportRow& row = table.rows.at(r);
        // Text wraps, up to four lines; numbers and dates fit their column.
        double rowHeight = lineHeight;
        for (qsizetype c = 0; c < std::min(columns, row.size()); ++c) {
            if (std::holds_alternative<QString>(row.at(c))) {
                const QRectF need = body.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, body.height() * 4),
                                                      Qt::TextWordWrap, std::get<QString>(row.at(c)));
                rowHeight = std::max(rowHeight, std::min(need.height(), body.height() * 4) + pad * 1.4);
            }
        }
        if (flow.y() + rowHeight > flow.bottom()) {
            flow.newPage();
            heading(true);
            painter.setFont(bodyFont);
        }
        if (r % 2 == 1) {
            painter.fillRect(QRectF(flow.page().left(), flow.y(), sum, rowHeight), QColor(0xf4, 0xf4, 0xf4));
        }
        painter.setPen(Qt::black);
        double x = flow.page().left();
        for (qsizetype c = 0; c < std::min(columns, row.size()); ++c) {
            const QRectF cell(x + pad, flow.y(), widths[c] - 2 * pad, rowHeight);
            if (std::holds_alternative<QString>(row.at(c))) {
                painter.save();
                painter.setClipRect(cell);
                painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                                 std::get<QString>(row.at(c)));
                painter.restore();
            } else {
                painter.drawText(cell, (isNumber(row.at(c)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                                 body.elidedText(ReportPdfWriter::cellText(row.at(c), locale, plain.contains(int(c))),
                                                 Qt::ElideRight, cell.width()));
            }
            x += widths[c];
        }
        flow.setY(flow.y() + rowHeight);
        ++done;
        if (progress && done % ProgressEvery == 0) {
            if (progress->cancelled()) {
                throw core::ReportCancelled();
            }
            if (progress->onRows) {
                progress->onRows(done, total);
            }
        }
    }
    if (table.rows.isEmpty()) {
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(flow.page().left() + pad, flow.y(), available, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, ReportPdfWriter::tr("Nothing in this period."));
        flow.setY(flow.y() + lineHeight);
    }
}

} // namespace

QString ReportPdfWriter::cellText(const core::ReportCell& cell, const QLocale& locale, bool plain)
{
    return std::visit(
        [&locale, plain](const auto& v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return {};
            } else if constexpr (std::is_same_v<T, QString>) {
                return v;
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return plain ? QString::number(v) : locale.toString(qlonglong(v));
            } else if constexpr (std::is_same_v<T, double>) {
                return locale.toString(v, 'f', 1);
            } else if constexpr (std::is_same_v<T, core::Money>) {
                return v.toString(locale);
            } else {
                return v.toString(QStringLiteral("dd/MM/yyyy"));
            }
        },
        cell);
}

void ReportPdfWriter::paintTitlePage(QPainter& painter, const QRectF& page, const core::Report& report)
{
    painter.save();
    const double unit = page.width() / 273.0; // one millimetre of an A4 landscape page's printable width
    QFont title = font(10, true);
    title.setPixelSize(std::max(1, int(unit * 9)));
    QFont text = font(10);
    text.setPixelSize(std::max(1, int(unit * 4.5)));
    painter.setPen(Qt::black);
    double y = page.top() + unit * 35;
    painter.setFont(title);
    const QRectF titleRect(page.left(), y, page.width(), unit * 30);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, report.title);
    y += unit * 32;
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0x8b), unit * 0.6));
    painter.drawLine(QPointF(page.left() + page.width() * 0.3, y), QPointF(page.right() - page.width() * 0.3, y));
    y += unit * 10;
    painter.setFont(text);
    painter.setPen(Qt::black);
    const QLocale locale;
    const QStringList lines = {
        tr("Scope: %1").arg(report.scopeText),
        tr("Period: %1").arg(periodText(report.period)),
        tr("Data: %1").arg(report.freshness),
        tr("Generated on %1 (Rome time) by Cruscotto %2")
            .arg(QDateTime::fromSecsSinceEpoch(report.generatedUtc + core::RomeTime::offsetAt(report.generatedUtc),
                                               Qt::UTC)
                     .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                 QCoreApplication::applicationVersion()),
    };
    for (const QString& line : lines) {
        const QRectF r(page.left() + page.width() * 0.1, y, page.width() * 0.8, unit * 20);
        const QRectF used = painter.boundingRect(r, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, line);
        painter.drawText(r, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, line);
        y += used.height() + unit * 4;
    }
    painter.restore();
}

void ReportPdfWriter::paint(QPagedPaintDevice& device, const core::Report& report, const core::ReportProgress* progress)
{
    QPainter painter;
    if (!painter.begin(&device)) {
        throw std::runtime_error(tr("Cannot start the PDF.").toStdString());
    }
    const QLocale locale;
    PageFlow flow(device, painter, report);
    paintTitlePage(painter, flow.page(), report);
    // Charts, two to a page.
    for (qsizetype i = 0; i < report.charts.size(); ++i) {
        if (i % 2 == 0) {
            flow.newPage();
        }
        const double half = (flow.bottom() - flow.page().top()) / 2;
        paintChart(
            painter,
            QRectF(flow.page().left(), flow.page().top() + half * double(i % 2), flow.page().width(), half - mm(6)),
            report.charts.at(i), locale);
    }
    const qint64 total = report.rowCount();
    qint64 done = 0;
    if (!report.tables.isEmpty()) {
        flow.newPage();
    }
    for (const core::ReportTable& table : report.tables) {
        paintTable(painter, flow, table, report.plainColumns.value(table.name), locale, progress, done, total);
    }
    flow.finish();
    if (!painter.end()) {
        throw std::runtime_error(tr("Cannot finish the PDF.").toStdString());
    }
    if (progress && progress->onRows) {
        progress->onRows(total, total);
    }
}

void ReportPdfWriter::write(const QString& path, const core::Report& report, const core::ReportProgress* progress)
{
    core::ReportFile::writeAtomically(path, [&](const QString& temporaryPath) {
        {
            QPdfWriter writer(temporaryPath);
            writer.setResolution(Resolution);
            writer.setTitle(report.title);
            writer.setCreator(QStringLiteral("Cruscotto %1").arg(QCoreApplication::applicationVersion()));
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                             QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
            paint(writer, report, progress);
        }
        // QPdfWriter reports no write errors: check that the file is there and whole.
        QFile written(temporaryPath);
        if (!written.open(QIODevice::ReadOnly) || written.size() < 64 || !written.read(5).startsWith("%PDF-")) {
            throw std::runtime_error(tr("Could not write the PDF %1.").arg(path).toStdString());
        }
    });
}

} // namespace widgets
