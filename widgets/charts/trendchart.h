#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <utility>

// The only folder that sees Qt Charts: callers hand over plain buckets and values,
// so a move to Qt Graphs (Qt Charts is deprecated from Qt 6.10) touches this folder only.
QT_BEGIN_NAMESPACE
class QAction;
class QAreaSeries;
class QLineSeries;
class QCategoryAxis;
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace widgets {

class TrendChartView;

// A trend over time buckets (hours, days, weeks or months): the main figure as a
// filled area, last year's figure drawn behind it, and a forecast with its
// prediction band for the buckets after the data. Hover (or the arrow keys) shows
// the exact values; a click (or Enter) on a bucket emits bucketActivated() so the
// page can drill down; the wheel, a rubber band drag, +/- and Shift+arrows zoom and
// pan along time, Home (or "Reset zoom") shows everything again.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QList<double> values; // one per bucket with data (may stop before the last bucket)
    };

    struct Data
    {
        QList<QDate> days; // the first day of each bucket
        QStringList labels; // a short axis label per bucket ("15 feb", "14:00")
        QStringList titles; // the bucket in full, for the tooltip
        QList<Line> lines; // the first is the main figure
        Line lastYear; // the same buckets 52 weeks before; empty values for none
        QStringList lastYearTitles;
        // A forecast for the buckets from `forecastFrom` on (-1: none): the median and the band.
        qsizetype forecastFrom = -1;
        QList<double> forecast;
        QList<double> forecastLow;
        QList<double> forecastHigh;
        int coveragePercent = 80;
    };

    explicit TrendChart(QWidget* parent = nullptr);
    ~TrendChart() override;

    void setTitle(const QString& title);
    QString title() const;
    void setData(const Data& data);
    // A daily trend, one value per day for each line (kept for simple callers).
    void setData(const QList<QDate>& days, const QList<Line>& lines);
    void clear();

    const Data& data() const { return m_data; }
    QList<QDate> days() const { return m_data.days; }
    QList<Line> lines() const { return m_data.lines; }
    qsizetype bucketCount() const { return m_data.days.size(); }

    // The exact values of a bucket as rich text (what hovering shows).
    QString toolTipFor(qsizetype bucket) const;
    // The bucket under a point of the chart view's viewport, -1 when none.
    qsizetype bucketAt(const QPointF& viewportPosition) const;
    // Where a bucket is drawn, in the viewport's coordinates (half way up the plot).
    QPoint positionOf(qsizetype bucket) const;

    // The visible bucket range (in bucket units, -0.5 .. count - 0.5 when not zoomed).
    std::pair<double, double> visibleRange() const;
    bool isZoomed() const;
    // Zooms by `factor` (> 1 zooms in) around the bucket `centre`; pans by `buckets`.
    void zoomBy(double factor, double centre);
    void panBy(double buckets);
    void zoomTo(double first, double last);
    void resetZoom();
    // The bucket the keyboard points at (-1 when none).
    qsizetype cursorBucket() const { return m_cursor; }
    void setCursorBucket(qsizetype bucket);

    QWidget* view() const;
    // The view's viewport, where the mouse events go.
    QWidget* viewport() const;
    QList<QAction*> exportActions() const { return m_exportActions; }

signals:
    void bucketActivated(qsizetype bucket);
    void zoomChanged();

private:
    friend class TrendChartView;
    void createSeries();
    void rebuildAxisLabels();
    void applyRange(double first, double last);
    void showToolTip(qsizetype bucket, const QPoint& globalPos);

    QChart* m_chart = nullptr;
    TrendChartView* m_view = nullptr;
    QCategoryAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QLineSeries* m_lastYearSeries = nullptr;
    QLineSeries* m_bandHigh = nullptr;
    QLineSeries* m_bandLow = nullptr;
    QAreaSeries* m_band = nullptr;
    QLineSeries* m_forecastSeries = nullptr;
    QLineSeries* m_mainLine = nullptr;
    QAreaSeries* m_mainArea = nullptr;
    QList<QLineSeries*> m_extraLines;
    QList<QAction*> m_exportActions;
    Data m_data;
    qsizetype m_cursor = -1;
    bool m_rebuildingLabels = false;
};

} // namespace widgets
