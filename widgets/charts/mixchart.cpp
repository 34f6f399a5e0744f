#include "widgets/charts/mixchart.h"

#include "widgets/charts/chartexport.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace widgets {

namespace {
std::int64_t totalVisitors(const QList<core::MixSlice>& slices)
{
    std::int64_t total = 0;
    for (const core::MixSlice& s : slices) {
        total += s.visitors;
    }
    return total;
}
} // namespace

MixChart::MixChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setVisible(false);
    m_chart->setTitleFont([] {
        QFont font;
        font.setBold(true);
        return font;
    }());
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("background: transparent;"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_exportActions = ChartExport::createActions(this, QStringLiteral("mix"), this);
    m_view->addActions(m_exportActions);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

MixChart::~MixChart() = default;

void MixChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
    m_view->setAccessibleName(title);
    setAccessibleName(title); // also the title of an exported SVG
}

QString MixChart::title() const
{
    return m_chart->title();
}

QString MixChart::toolTipFor(qsizetype index) const
{
    if (index < 0 || index >= m_slices.size()) {
        return {};
    }
    const core::MixSlice& s = m_slices.at(index);
    const QLocale locale;
    const std::int64_t total = totalVisitors(m_slices);
    const QString share = total > 0 ? locale.toString(100.0 * double(s.visitors) / double(total), 'f', 1)
                                    : locale.toString(0.0, 'f', 1);
    return tr("<b>%1</b><br>Visitors: %2 (%3 %)<br>Tickets: %4<br>Revenue: %5")
        .arg(s.label.toHtmlEscaped(), locale.toString(s.visitors), share, locale.toString(s.tickets),
             s.revenue.toString(locale));
}

void MixChart::setSlices(const QList<core::MixSlice>& slices)
{
    m_slices = slices;
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QColor text = pal.color(QPalette::WindowText);
    m_chart->setTitleBrush(text);
    if (slices.isEmpty()) {
        return;
    }
    const QLocale locale;
    const std::int64_t total = totalVisitors(slices);
    auto* set = new QBarSet(tr("Visitors"));
    set->setColor(dark ? QColor(0x5a, 0xa9, 0xff) : QColor(0x1f, 0x6f, 0xb2));
    set->setBorderColor(set->color());
    set->setLabelColor(text);
    QStringList categories;
    // Bars read top to bottom in the order given: a horizontal series draws the first at the bottom.
    for (qsizetype i = slices.size() - 1; i >= 0; --i) {
        set->append(double(slices.at(i).visitors));
        const QString share = total > 0
            ? locale.toString(100.0 * double(slices.at(i).visitors) / double(total), 'f', 1)
            : locale.toString(0.0, 'f', 1);
        categories << tr("%1 (%2 %)").arg(slices.at(i).label, share);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), toolTipFor(m_slices.size() - 1 - index), m_view);
    });
    m_chart->addSeries(series);
    auto* yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    yAxis->setLabelsBrush(text);
    yAxis->setGridLineVisible(false);
    auto* xAxis = new QValueAxis;
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    double maximum = 0;
    for (const core::MixSlice& s : slices) {
        maximum = std::max(maximum, double(s.visitors));
    }
    xAxis->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    xAxis->setTickCount(5);
    xAxis->applyNiceNumbers();
    xAxis->setLabelsBrush(text);
    xAxis->setGridLineColor(pal.color(QPalette::Mid));
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
    // The accessible text lists every bar: a screen reader gets the whole chart.
    QStringList lines;
    for (const core::MixSlice& s : slices) {
        lines << tr("%1: %2 visitors").arg(s.label, locale.toString(s.visitors));
    }
    m_view->setAccessibleDescription(lines.join(QStringLiteral("; ")));
}

} // namespace widgets
