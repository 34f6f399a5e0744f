#pragma once

#include "core/zonedayaccumulator.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <cstdint>

// Qt Charts stays inside widgets/charts/: callers hand over plain times and values.
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace widgets {

// A zone's climate over time: temperature (left axis) and relative humidity (right
// axis), each with its conservation thresholds as dashed lines, so hours out of
// range stand out. Hovering shows the exact reading; dragging across the chart
// zooms into that stretch, Home (or the context menu) shows it all again; the
// context menu exports PNG and SVG.
class ZoneClimateChart : public QWidget
{
    Q_OBJECT

public:
    struct Reading
    {
        std::int64_t utcSeconds = 0; // the hour (or the day's local noon)
        double temperature = core::kNoReading; // NaN when there was no reading
        double humidity = core::kNoReading;
    };

    explicit ZoneClimateChart(QWidget* parent = nullptr);
    ~ZoneClimateChart() override;

    void setData(const QString& title, const QList<Reading>& readings, const core::ZoneThresholds& thresholds);
    void clear(const QString& message = QString());

    QList<Reading> readings() const { return m_readings; }
    // Readings drawn, per line (missing readings are gaps).
    int temperaturePoints() const;
    int humidityPoints() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Text, axes and grid in the widget's palette, so a dark palette reads as well as a light one.
    void applyPalette();

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QList<Reading> m_readings;
};

} // namespace widgets
