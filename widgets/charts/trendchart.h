#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

// The only folder that sees Qt Charts: callers hand over plain days and values,
// so a move to Qt Graphs (Qt Charts is deprecated from Qt 6.10) touches this folder only.
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QPointF;
QT_END_NAMESPACE

namespace widgets {

// A daily trend: one value per day for each line, the first line drawn as a
// filled area. Hovering a line shows the day and the exact values.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QList<double> values; // one per day
    };

    explicit TrendChart(QWidget* parent = nullptr);
    ~TrendChart() override;

    void setTitle(const QString& title);
    // Every line must have one value per day.
    void setData(const QList<QDate>& days, const QList<Line>& lines);
    void clear();

    QList<QDate> days() const { return m_days; }
    QList<Line> lines() const { return m_lines; }

private:
    void showValuesAt(const QPointF& point, bool hovering);

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QList<QDate> m_days;
    QList<Line> m_lines;
};

} // namespace widgets
