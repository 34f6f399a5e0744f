#include "widgets/charts/trendchart.h"

#include "widgets/charts/chartexport.h"

#include <QAction>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace widgets {

namespace {
bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// The main figure, the forecast and the other lines: blue, orange, green, lighter on a dark background.
QColor lineColour(qsizetype index, const QPalette& palette)
{
    static const QColor light[] = { QColor(0x1f, 0x6f, 0xb2), QColor(0xc4, 0x6a, 0x00), QColor(0x2e, 0x8b, 0x57) };
    static const QColor dark[] = { QColor(0x5a, 0xa9, 0xff), QColor(0xff, 0xb4, 0x54), QColor(0x6f, 0xd0, 0x8c) };
    const auto i = static_cast<size_t>(index) % std::size(light);
    return isDark(palette) ? dark[i] : light[i];
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 0);
}
} // namespace

// The view: hover, click, rubber band, wheel and keys, all in bucket units.
class TrendChartView : public QChartView
{
public:
    TrendChartView(QChart* chart, TrendChart* owner)
        : QChartView(chart, owner)
        , m_owner(owner)
        , m_band(new QRubberBand(QRubberBand::Rectangle, this))
    {
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void mousePressEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
            m_pressPos = event->position().toPoint();
            m_pressButton = event->button();
            m_dragging = false;
            m_lastPanX = event->position().x();
            event->accept();
            return;
        }
        QChartView::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent* event) override
    {
        const QPoint pos = event->position().toPoint();
        if (m_pressButton != Qt::NoButton) {
            if (!m_dragging && (pos - m_pressPos).manhattanLength() > 6) {
                m_dragging = true;
            }
            if (m_dragging && (m_pressButton == Qt::MiddleButton || (event->modifiers() & Qt::ShiftModifier))) {
                // Pan: move the visible range by the drag, in buckets.
                const double dx = event->position().x() - m_lastPanX;
                m_lastPanX = event->position().x();
                const double perPixel = bucketsPerPixel();
                m_owner->panBy(-dx * perPixel);
                m_band->hide();
            } else if (m_dragging) {
                const QRectF plot = chart()->plotArea();
                const int left = std::min(pos.x(), m_pressPos.x());
                const int right = std::max(pos.x(), m_pressPos.x());
                m_band->setGeometry(QRect(QPoint(left, static_cast<int>(plot.top())),
                                          QPoint(right, static_cast<int>(plot.bottom()))));
                m_band->show();
            }
            event->accept();
            return;
        }
        const qsizetype bucket = m_owner->bucketAt(event->position());
        if (bucket >= 0) {
            m_owner->showToolTip(bucket, event->globalPosition().toPoint());
        } else {
            QToolTip::hideText();
        }
        QChartView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (event->button() != m_pressButton) {
            QChartView::mouseReleaseEvent(event);
            return;
        }
        const bool dragged = m_dragging;
        const bool zoomBand = m_band->isVisible();
        m_pressButton = Qt::NoButton;
        m_dragging = false;
        m_band->hide();
        event->accept();
        if (zoomBand) {
            const double a = valueAt(m_band->geometry().left());
            const double b = valueAt(m_band->geometry().right());
            m_owner->zoomTo(std::min(a, b), std::max(a, b));
        } else if (!dragged && event->button() == Qt::LeftButton) {
            const qsizetype bucket = m_owner->bucketAt(event->position());
            if (bucket >= 0) {
                m_owner->setCursorBucket(bucket);
                emit m_owner->bucketActivated(bucket);
            }
        }
    }

    void wheelEvent(QWheelEvent* event) override
    {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps == 0 || m_owner->bucketCount() == 0) {
            QChartView::wheelEvent(event);
            return;
        }
        m_owner->zoomBy(std::pow(1.25, steps), valueAt(event->position().x()));
        event->accept();
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        const qsizetype count = m_owner->bucketCount();
        if (count == 0) {
            QChartView::keyPressEvent(event);
            return;
        }
        const auto [first, last] = m_owner->visibleRange();
        const double centre = (first + last) / 2;
        const bool shift = event->modifiers() & Qt::ShiftModifier;
        qsizetype cursor = m_owner->cursorBucket();
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right: {
            const int step = event->key() == Qt::Key_Left ? -1 : 1;
            if (shift) {
                m_owner->panBy(step * std::max(1.0, (last - first) / 4));
            } else {
                cursor = cursor < 0 ? (step > 0 ? 0 : count - 1) : std::clamp<qsizetype>(cursor + step, 0, count - 1);
                m_owner->setCursorBucket(cursor);
            }
            break;
        }
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            m_owner->zoomBy(1.5, cursor >= 0 ? double(cursor) : centre);
            break;
        case Qt::Key_Minus:
            m_owner->zoomBy(1 / 1.5, cursor >= 0 ? double(cursor) : centre);
            break;
        case Qt::Key_Home:
            m_owner->resetZoom();
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (cursor >= 0) {
                emit m_owner->bucketActivated(cursor);
            }
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
        }
        event->accept();
    }

    void leaveEvent(QEvent* event) override
    {
        QToolTip::hideText();
        QChartView::leaveEvent(event);
    }

private:
    double valueAt(double x) const
    {
        return chart()->mapToValue(QPointF(x, chart()->plotArea().center().y())).x();
    }
    double bucketsPerPixel() const
    {
        const auto [first, last] = m_owner->visibleRange();
        const double width = chart()->plotArea().width();
        return width > 0 ? (last - first) / width : 0;
    }

    TrendChart* m_owner;
    QRubberBand* m_band;
    QPoint m_pressPos;
    Qt::MouseButton m_pressButton = Qt::NoButton;
    bool m_dragging = false;
    double m_lastPanX = 0;
};

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

    m_view = new TrendChartView(m_chart, this); // takes ownership of the chart
    m_view->setObjectName(QStringLiteral("trendChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("background: transparent;"));
    m_view->setAccessibleDescription(tr("Left and right arrows move between the points, Enter opens the one chosen, "
                                        "plus and minus zoom, Shift with the arrows pans, Home shows everything."));

    auto* reset = new QAction(tr("Reset zoom"), this);
    reset->setShortcut(QKeySequence(Qt::Key_Home));
    reset->setShortcutContext(Qt::WidgetShortcut);
    connect(reset, &QAction::triggered, this, &TrendChart::resetZoom);
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_exportActions = ChartExport::createActions(this, QStringLiteral("trend"), this);
    m_view->addAction(reset);
    m_view->addAction(separator);
    m_view->addActions(m_exportActions);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

TrendChart::~TrendChart() = default;

QWidget* TrendChart::view() const
{
    return m_view;
}

QWidget* TrendChart::viewport() const
{
    return m_view->viewport();
}

void TrendChart::setTitle(const QString& title)
{
    m_chart->setTitle(title);
    m_view->setAccessibleName(title);
    setAccessibleName(title); // also the title of an exported SVG
}

QString TrendChart::title() const
{
    return m_chart->title();
}

void TrendChart::clear()
{
    setData(Data());
}

void TrendChart::setData(const QList<QDate>& days, const QList<Line>& lines)
{
    Data data;
    data.days = days;
    const QLocale locale;
    for (const QDate& day : days) {
        data.labels << locale.toString(day, QStringLiteral("d MMM"));
        data.titles << locale.toString(day, QLocale::LongFormat);
    }
    data.lines = lines;
    setData(data);
}

void TrendChart::createSeries()
{
    // Created once and refilled on every setData(): adding and removing series and
    // axes makes Qt Charts lay everything out again, which the GUI thread would feel.
    m_xAxis = new QCategoryAxis;
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_yAxis = new QValueAxis;
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_lastYearSeries = new QLineSeries;
    m_bandHigh = new QLineSeries;
    m_bandLow = new QLineSeries;
    m_band = new QAreaSeries(m_bandHigh, m_bandLow);
    m_bandHigh->setParent(m_band); // QAreaSeries does not own its boundary lines (LeakSanitizer found it)
    m_bandLow->setParent(m_band);
    m_forecastSeries = new QLineSeries;
    m_mainLine = new QLineSeries;
    m_mainArea = new QAreaSeries(m_mainLine);
    m_mainLine->setParent(m_mainArea);
    for (QAbstractSeries* series : { static_cast<QAbstractSeries*>(m_lastYearSeries), static_cast<QAbstractSeries*>(m_band),
                                     static_cast<QAbstractSeries*>(m_forecastSeries),
                                     static_cast<QAbstractSeries*>(m_mainArea) }) {
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    connect(m_xAxis, &QCategoryAxis::rangeChanged, this, [this] {
        if (!m_rebuildingLabels) {
            rebuildAxisLabels();
        }
    });
}

void TrendChart::setData(const Data& data)
{
    m_data = data;
    m_cursor = -1;
    if (!m_xAxis) {
        createSeries();
    }
    for (QLineSeries* extra : std::as_const(m_extraLines)) {
        m_chart->removeSeries(extra);
        delete extra;
    }
    m_extraLines.clear();
    const qsizetype count = m_data.days.size();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    m_chart->setLocale(QLocale());
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : { static_cast<QAbstractAxis*>(m_xAxis), static_cast<QAbstractAxis*>(m_yAxis) }) {
        axis->setLabelsBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setVisible(count > 0);
    }
    double maximum = 0;
    const auto track = [&maximum](const QList<double>& values) {
        for (const double v : values) {
            maximum = std::max(maximum, v);
        }
    };
    for (const Line& line : std::as_const(m_data.lines)) {
        track(line.values);
    }
    track(m_data.lastYear.values);
    track(m_data.forecastHigh);
    m_yAxis->setRange(0, maximum > 0 ? maximum * 1.05 : 1);
    m_yAxis->applyNiceNumbers();

    const bool showPoints = count <= 45;
    const qreal penWidth = count > 90 ? 1.2 : 2.0;
    const auto pointsOf = [](const QList<double>& values, qsizetype offset) {
        QList<QPointF> points;
        points.reserve(values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            points.append({ double(offset + i), values.at(i) });
        }
        return points;
    };
    const auto show = [this](QAbstractSeries* series, bool visible, const QString& name) {
        series->setName(name);
        series->setVisible(visible);
        const auto markers = m_chart->legend()->markers(series);
        for (QLegendMarker* marker : markers) {
            marker->setVisible(visible);
        }
    };

    // Behind everything: last year, then the forecast band.
    m_lastYearSeries->replace(pointsOf(m_data.lastYear.values, 0));
    QPen lastYearPen(isDark(pal) ? QColor(0xa0, 0xa8, 0xb0) : QColor(0x80, 0x88, 0x90), penWidth);
    lastYearPen.setStyle(Qt::DashLine);
    m_lastYearSeries->setPen(lastYearPen);
    show(m_lastYearSeries, !m_data.lastYear.values.isEmpty(), m_data.lastYear.name);

    const QColor forecastColour = lineColour(1, pal);
    const bool forecast = m_data.forecastFrom >= 0 && !m_data.forecast.isEmpty();
    const bool band = forecast && m_data.forecastLow.size() == m_data.forecast.size()
        && m_data.forecastHigh.size() == m_data.forecast.size();
    m_bandHigh->replace(band ? pointsOf(m_data.forecastHigh, m_data.forecastFrom) : QList<QPointF>());
    m_bandLow->replace(band ? pointsOf(m_data.forecastLow, m_data.forecastFrom) : QList<QPointF>());
    QColor fill = forecastColour;
    fill.setAlpha(55);
    m_band->setBrush(fill);
    m_band->setPen(Qt::NoPen);
    show(m_band, band, tr("Forecast, %1 % band").arg(QLocale().toString(m_data.coveragePercent)));
    m_forecastSeries->replace(forecast ? pointsOf(m_data.forecast, m_data.forecastFrom) : QList<QPointF>());
    QPen forecastPen(forecastColour, penWidth);
    forecastPen.setStyle(Qt::DashLine);
    m_forecastSeries->setPen(forecastPen);
    m_forecastSeries->setPointsVisible(showPoints);
    show(m_forecastSeries, forecast, tr("Forecast"));

    // The main figure as a softly filled area under its line; any other line on top.
    const QColor mainColour = lineColour(0, pal);
    const bool hasMain = !m_data.lines.isEmpty();
    m_mainLine->replace(hasMain ? pointsOf(m_data.lines.first().values, 0) : QList<QPointF>());
    QColor mainFill = mainColour;
    mainFill.setAlpha(60);
    m_mainArea->setBrush(mainFill);
    m_mainArea->setPen(QPen(mainColour, penWidth));
    m_mainArea->setPointsVisible(showPoints);
    show(m_mainArea, hasMain && count > 0, hasMain ? m_data.lines.first().name : QString());
    for (qsizetype i = 1; i < m_data.lines.size(); ++i) {
        auto* line = new QLineSeries;
        line->replace(pointsOf(m_data.lines.at(i).values, 0));
        line->setPen(QPen(lineColour(i + 1, pal), penWidth));
        line->setPointsVisible(showPoints);
        line->setName(m_data.lines.at(i).name);
        m_chart->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
        m_extraLines << line;
    }
    int shown = 0;
    const auto all = m_chart->series();
    for (const QAbstractSeries* series : all) {
        shown += series->isVisible() ? 1 : 0;
    }
    m_chart->legend()->setVisible(shown > 1);
    applyRange(-0.5, double(std::max<qsizetype>(count, 1)) - 0.5);
}

void TrendChart::rebuildAxisLabels()
{
    if (!m_xAxis) {
        return;
    }
    m_rebuildingLabels = true;
    const auto [first, last] = visibleRange();
    const auto labels = m_xAxis->categoriesLabels();
    for (const QString& label : labels) {
        m_xAxis->remove(label);
    }
    // At most about eight labels across the visible range, on whole multiples of a step.
    const qsizetype from = std::max<qsizetype>(0, static_cast<qsizetype>(std::ceil(first)));
    const qsizetype to = std::min<qsizetype>(m_data.days.size() - 1, static_cast<qsizetype>(std::floor(last)));
    const qsizetype step = std::max<qsizetype>(1, (to - from + 1 + 7) / 8);
    QSet<QString> used;
    for (qsizetype i = (from + step - 1) / step * step; i <= to; i += step) {
        QString label = i < m_data.labels.size() ? m_data.labels.at(i) : QString::number(i);
        while (used.contains(label)) {
            label += QChar(0x200B); // the repeated hour of the autumn DST change: labels must differ
        }
        used.insert(label);
        m_xAxis->append(label, double(i));
    }
    m_xAxis->setStartValue(first);
    m_rebuildingLabels = false;
}

void TrendChart::applyRange(double first, double last)
{
    if (!m_xAxis) {
        return;
    }
    m_rebuildingLabels = true;
    m_xAxis->setRange(first, last);
    m_rebuildingLabels = false;
    rebuildAxisLabels();
    emit zoomChanged();
}

std::pair<double, double> TrendChart::visibleRange() const
{
    if (!m_xAxis) {
        return { -0.5, -0.5 };
    }
    return { m_xAxis->min(), m_xAxis->max() };
}

bool TrendChart::isZoomed() const
{
    const auto [first, last] = visibleRange();
    return m_xAxis && (first > -0.5 + 1e-9 || last < double(m_data.days.size()) - 0.5 - 1e-9);
}

void TrendChart::zoomTo(double first, double last)
{
    const double full = double(m_data.days.size());
    if (!m_xAxis || full <= 0) {
        return;
    }
    // Never closer than two buckets, never beyond the data.
    double width = std::clamp(last - first, std::min(2.0, full), full);
    const double centre = (first + last) / 2;
    double a = centre - width / 2;
    a = std::clamp(a, -0.5, full - 0.5 - width);
    applyRange(a, a + width);
}

void TrendChart::zoomBy(double factor, double centre)
{
    const auto [first, last] = visibleRange();
    if (factor <= 0) {
        return;
    }
    const double width = (last - first) / factor;
    // Keep the bucket under the cursor where it is.
    const double share = last > first ? (centre - first) / (last - first) : 0.5;
    const double a = centre - width * share;
    zoomTo(a, a + width);
}

void TrendChart::panBy(double buckets)
{
    const auto [first, last] = visibleRange();
    zoomTo(first + buckets, last + buckets);
}

void TrendChart::resetZoom()
{
    applyRange(-0.5, double(m_data.days.size()) - 0.5);
}

void TrendChart::setCursorBucket(qsizetype bucket)
{
    if (bucket < 0 || bucket >= m_data.days.size()) {
        m_cursor = -1;
        return;
    }
    m_cursor = bucket;
    const auto [first, last] = visibleRange();
    if (double(bucket) < first || double(bucket) > last) {
        panBy(double(bucket) - (first + last) / 2);
    }
    QString plain = toolTipFor(bucket);
    plain.replace(QLatin1String("<br>"), QLatin1String(", "));
    plain.remove(QLatin1String("<b>")).remove(QLatin1String("</b>"));
    m_view->setAccessibleDescription(plain);
    if (m_view->hasFocus() && m_xAxis) {
        const QPointF at = m_chart->mapToPosition(QPointF(double(bucket), m_yAxis->max() / 2));
        showToolTip(bucket, m_view->mapToGlobal(at.toPoint()));
    }
}

qsizetype TrendChart::bucketAt(const QPointF& viewportPosition) const
{
    if (!m_xAxis || m_data.days.isEmpty()) {
        return -1;
    }
    const QPointF scenePos = m_view->mapToScene(viewportPosition.toPoint());
    if (!m_chart->plotArea().contains(m_chart->mapFromScene(scenePos))) {
        return -1;
    }
    const double x = m_chart->mapToValue(m_chart->mapFromScene(scenePos)).x();
    const auto index = static_cast<qsizetype>(std::llround(x));
    return index >= 0 && index < m_data.days.size() ? index : -1;
}

QPoint TrendChart::positionOf(qsizetype bucket) const
{
    if (!m_xAxis || !m_yAxis) {
        return {};
    }
    const QPointF inChart = m_chart->mapToPosition(QPointF(double(bucket), (m_yAxis->min() + m_yAxis->max()) / 2));
    return m_view->mapFromScene(m_chart->mapToScene(inChart));
}

QString TrendChart::toolTipFor(qsizetype bucket) const
{
    if (bucket < 0 || bucket >= m_data.days.size()) {
        return {};
    }
    const QLocale locale;
    QStringList rows;
    const QString title = bucket < m_data.titles.size() ? m_data.titles.at(bucket)
                                                        : locale.toString(m_data.days.at(bucket), QLocale::LongFormat);
    rows << QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    for (const Line& line : m_data.lines) {
        if (bucket < line.values.size()) {
            rows << tr("%1: %2").arg(line.name.toHtmlEscaped(), number(line.values.at(bucket)));
        }
    }
    if (m_data.forecastFrom >= 0 && bucket >= m_data.forecastFrom
        && bucket - m_data.forecastFrom < m_data.forecast.size()) {
        const qsizetype f = bucket - m_data.forecastFrom;
        if (f < m_data.forecastLow.size() && f < m_data.forecastHigh.size()) {
            rows << tr("Forecast: %1 (%2 % band %3–%4)")
                        .arg(number(m_data.forecast.at(f)), locale.toString(m_data.coveragePercent),
                             number(m_data.forecastLow.at(f)), number(m_data.forecastHigh.at(f)));
        } else {
            rows << tr("Forecast: %1").arg(number(m_data.forecast.at(f)));
        }
    }
    if (bucket < m_data.lastYear.values.size()) {
        const QString when = bucket < m_data.lastYearTitles.size() ? m_data.lastYearTitles.at(bucket) : QString();
        rows << (when.isEmpty() ? tr("%1: %2").arg(m_data.lastYear.name.toHtmlEscaped(),
                                                   number(m_data.lastYear.values.at(bucket)))
                                : tr("%1 (%2): %3")
                                      .arg(m_data.lastYear.name.toHtmlEscaped(), when.toHtmlEscaped(),
                                           number(m_data.lastYear.values.at(bucket))));
    }
    return rows.join(QStringLiteral("<br>"));
}

void TrendChart::showToolTip(qsizetype bucket, const QPoint& globalPos)
{
    QToolTip::showText(globalPos, toolTipFor(bucket), m_view);
}

} // namespace widgets
