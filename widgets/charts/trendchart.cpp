#include "widgets/charts/trendchart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace widgets {

namespace {
// Days are plotted at local noon, so a DST change never moves a point to the
// neighbouring day on the axis.
qreal dayPosition(const QDate& day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

const QColor kLineColours[] = { QColor(0x1f, 0x6f, 0xb2), QColor(0xe0, 0x8a, 0x1e), QColor(0x3a, 0x9a, 0x5b) };
} // namespace

TrendChart::TrendChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    // The frame around the chart is the page's: the chart itself draws no background.
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTitleFont([] {
        QFont font;
        font.setPointSizeF(font.pointSizeF() * 1.1);
        font.setBold(true);
        return font;
    }());

    m_view = new QChartView(m_chart, this); // takes ownership of the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("background: transparent;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

TrendChart::~TrendChart() = default;

void TrendChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
    m_view->setAccessibleName(title);
}

void TrendChart::clear()
{
    setData({}, {});
}

void TrendChart::setData(const QList<QDate>& days, const QList<Line>& lines)
{
    m_days = days;
    m_lines = lines;
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    if (days.isEmpty()) {
        return;
    }
    m_chart->setLocale(QLocale());

    auto* xAxis = new QDateTimeAxis;
    // A long period shows months, a short one days.
    xAxis->setFormat(days.size() > 100 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    xAxis->setTickCount(std::clamp(static_cast<int>(days.size()), 2, 8));
    const qreal first = dayPosition(days.first());
    const qreal last = dayPosition(days.last());
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(first)),
                    QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(days.size() > 1 ? last : first + 3600000)));
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    double maximum = 0;
    for (const Line& line : lines) {
        for (const double v : line.values) {
            maximum = std::max(maximum, v);
        }
    }
    yAxis->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    yAxis->applyNiceNumbers();
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);

    const bool showPoints = days.size() <= 45;
    const qreal penWidth = days.size() > 90 ? 1.2 : 2.0; // a year of days needs a finer line
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line& line = lines.at(i);
        auto* upper = new QLineSeries;
        const qsizetype n = std::min(line.values.size(), days.size());
        QList<QPointF> points;
        points.reserve(n);
        for (qsizetype d = 0; d < n; ++d) {
            points.append({ dayPosition(days.at(d)), line.values.at(d) });
        }
        upper->replace(points);
        const QColor colour = kLineColours[i % std::size(kLineColours)];
        QAbstractSeries* series = upper;
        if (i == 0) {
            // The main figure as a softly filled area under its line.
            auto* area = new QAreaSeries(upper);
            upper->setParent(area); // QAreaSeries does not own its boundary line (LeakSanitizer found it)
            QColor fill = colour;
            fill.setAlpha(60);
            area->setBrush(fill);
            area->setPen(QPen(colour, penWidth));
            area->setPointsVisible(showPoints);
            connect(area, &QAreaSeries::hovered, this, &TrendChart::showValuesAt);
            series = area;
        } else {
            upper->setPen(QPen(colour, penWidth));
            upper->setPointsVisible(showPoints);
            connect(upper, &QLineSeries::hovered, this, &TrendChart::showValuesAt);
        }
        series->setName(line.name);
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    m_chart->legend()->setVisible(lines.size() > 1);
}

void TrendChart::showValuesAt(const QPointF& point, bool hovering)
{
    if (!hovering || m_days.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const qreal first = dayPosition(m_days.first());
    const auto index = static_cast<qsizetype>(std::llround((point.x() - first) / 86400000.0));
    if (index < 0 || index >= m_days.size()) {
        return;
    }
    const QLocale locale;
    QStringList rows;
    rows << QStringLiteral("<b>%1</b>").arg(locale.toString(m_days.at(index), QLocale::LongFormat).toHtmlEscaped());
    for (const Line& line : std::as_const(m_lines)) {
        if (index < line.values.size()) {
            rows << tr("%1: %2").arg(line.name.toHtmlEscaped(), locale.toString(line.values.at(index), 'f', 0));
        }
    }
    QToolTip::showText(QCursor::pos(), rows.join(QStringLiteral("<br>")), m_view);
}

} // namespace widgets
