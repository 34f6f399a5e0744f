#include "widgets/charts/zoneclimatechart.h"

#include "widgets/charts/chartexport.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace widgets {

namespace {
const QColor kTemperature(0xd9, 0x5f, 0x2b);
const QColor kHumidity(0x2b, 0x7b, 0xd9);

// Plotted at the Europe/Rome wall-clock time read as the system's local time: the
// axis formats local time, and a site's hours are Rome hours wherever the computer is.
qreal position(std::int64_t utcSeconds)
{
    const QDateTime rome = QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone("Europe/Rome"));
    return qreal(QDateTime(rome.date(), rome.time()).toMSecsSinceEpoch());
}

QLineSeries* limitLine(const QString& name, const QColor& colour, double value, qreal from, qreal to)
{
    auto* line = new QLineSeries;
    line->setName(name);
    QPen pen(colour, 1.2, Qt::DashLine);
    line->setPen(pen);
    line->append(from, value);
    line->append(to, value);
    return line;
}
} // namespace

ZoneClimateChart::ZoneClimateChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(QStringLiteral("background: transparent;"));
    m_view->setRubberBand(QChartView::HorizontalRubberBand);
    m_view->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Climate chart of the zone"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    auto* reset = new QAction(tr("Show the whole period"), this);
    reset->setShortcut(Qt::Key_Home);
    connect(reset, &QAction::triggered, this, [this] { m_chart->zoomReset(); });
    addAction(reset);
    ChartExport::addContextMenu(this, QStringLiteral("zone-climate"));
    clear();
}

ZoneClimateChart::~ZoneClimateChart() = default;

void ZoneClimateChart::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Home) {
        m_chart->zoomReset();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ZoneClimateChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    }
    QWidget::changeEvent(event);
}

void ZoneClimateChart::applyPalette()
{
    const QPalette& p = palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::Mid);
    grid.setAlpha(110);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
    }
}

void ZoneClimateChart::clear(const QString& message)
{
    m_readings.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setTitle(message);
    applyPalette();
}

int ZoneClimateChart::temperaturePoints() const
{
    return int(std::count_if(m_readings.cbegin(), m_readings.cend(),
                             [](const Reading& r) { return std::isfinite(r.temperature); }));
}

int ZoneClimateChart::humidityPoints() const
{
    return int(std::count_if(m_readings.cbegin(), m_readings.cend(),
                             [](const Reading& r) { return std::isfinite(r.humidity); }));
}

void ZoneClimateChart::setData(const QString& title, const QList<Reading>& readings,
                               const core::ZoneThresholds& thresholds)
{
    clear(title);
    m_readings = readings;
    if (readings.isEmpty()) {
        m_chart->setTitle(tr("%1: no readings in this period").arg(title));
        return;
    }
    const QLocale locale;
    const auto x = [](const Reading& r) { return position(r.utcSeconds); };
    const qreal first = x(readings.first());
    const qreal last = std::max(x(readings.last()), first + 3600000.0);

    // A missing reading breaks the line, so a gap never reads as a steady climate.
    const auto addLines = [&](const QString& name, const QColor& colour, double Reading::*field) {
        QList<QLineSeries*> parts;
        QLineSeries* part = nullptr;
        for (const Reading& r : readings) {
            const double v = r.*field;
            if (!std::isfinite(v)) {
                part = nullptr;
                continue;
            }
            if (part == nullptr) {
                part = new QLineSeries;
                part->setName(name);
                part->setPen(QPen(colour, 1.6));
                parts.append(part);
            }
            part->append(x(r), v);
        }
        return parts;
    };
    const QList<QLineSeries*> temperature = addLines(tr("Temperature (°C)"), kTemperature, &Reading::temperature);
    const QList<QLineSeries*> humidity = addLines(tr("Relative humidity (%)"), kHumidity, &Reading::humidity);

    auto* time = new QDateTimeAxis;
    time->setFormat(last - first > 3 * 86400000.0 ? QStringLiteral("dd/MM") : QStringLiteral("dd/MM HH:mm"));
    time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first)), QDateTime::fromMSecsSinceEpoch(qint64(last)));
    time->setTickCount(7);
    auto* degrees = new QValueAxis;
    degrees->setTitleText(tr("°C"));
    degrees->setLabelFormat(QStringLiteral("%.0f"));
    degrees->setLinePenColor(kTemperature);
    auto* percent = new QValueAxis;
    percent->setTitleText(tr("% RH"));
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setLinePenColor(kHumidity);
    m_chart->addAxis(time, Qt::AlignBottom);
    m_chart->addAxis(degrees, Qt::AlignLeft);
    m_chart->addAxis(percent, Qt::AlignRight);

    double tLow = thresholds.temperatureMin;
    double tHigh = thresholds.temperatureMax;
    double hLow = thresholds.humidityMin;
    double hHigh = thresholds.humidityMax;
    const auto attach = [&](QLineSeries* series, QValueAxis* axis, double& low, double& high) {
        m_chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(axis);
        for (const QPointF& p : series->points()) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    };
    for (QLineSeries* s : temperature) {
        attach(s, degrees, tLow, tHigh);
    }
    for (QLineSeries* s : humidity) {
        attach(s, percent, hLow, hHigh);
    }
    if (thresholds.indoor) {
        double ignoredLow = 0;
        double ignoredHigh = 0;
        attach(limitLine(tr("Temperature limits"), kTemperature, thresholds.temperatureMin, first, last), degrees,
               ignoredLow, ignoredHigh);
        QLineSeries* tMax = limitLine(tr("Temperature limits"), kTemperature, thresholds.temperatureMax, first, last);
        attach(tMax, degrees, ignoredLow, ignoredHigh);
        attach(limitLine(tr("Humidity limits"), kHumidity, thresholds.humidityMin, first, last), percent, ignoredLow,
               ignoredHigh);
        QLineSeries* hMax = limitLine(tr("Humidity limits"), kHumidity, thresholds.humidityMax, first, last);
        attach(hMax, percent, ignoredLow, ignoredHigh);
        for (QLineSeries* s : { tMax, hMax }) {
            m_chart->legend()->markers(s).first()->setVisible(false);
        }
    }
    degrees->setRange(std::floor(tLow - 1.0), std::ceil(tHigh + 1.0));
    percent->setRange(std::max(0.0, std::floor(hLow - 5.0)), std::min(100.0, std::ceil(hHigh + 5.0)));
    // One legend entry per line, not per stretch between gaps.
    for (const QList<QLineSeries*>& parts : { temperature, humidity }) {
        for (qsizetype i = 1; i < parts.size(); ++i) {
            m_chart->legend()->markers(parts[i]).first()->setVisible(false);
        }
        for (QLineSeries* s : parts) {
            connect(s, &QLineSeries::hovered, this, [this, s, locale](const QPointF& point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(point.x()));
                QToolTip::showText(QCursor::pos(),
                                   tr("%1\n%2: %3")
                                       .arg(locale.toString(when, QLocale::ShortFormat), s->name(),
                                            locale.toString(point.y(), 'f', 1)));
            });
        }
    }
    applyPalette();
}

} // namespace widgets
