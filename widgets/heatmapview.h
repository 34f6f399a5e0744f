#pragma once

#include "core/dashboardqueries.h"

#include <QWidget>

namespace widgets {

// Visitors by hour of the day (columns) and weekday (rows), painted as cells
// shaded by their share of the busiest cell. Hovering a cell, or moving to it
// with the arrow keys, shows its exact value; the accessible description names
// the busiest hours and `cellText()` reads out any cell. The context menu exports
// the picture to PNG or SVG.
class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapView(QWidget* parent = nullptr);

    void setHeatmap(const core::Heatmap& heatmap);
    const core::Heatmap& heatmap() const { return m_heatmap; }
    // Hours with a visitor at any weekday, and the first and last of them (the columns shown).
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }

    // "Saturday, 11:00–12:00: 1.234 visitors".
    QString cellText(int weekday, int hour) const;
    // The cell under a point of the widget; {-1, -1} when none.
    std::pair<int, int> cellAt(const QPoint& position) const;
    // The cell the keyboard points at.
    std::pair<int, int> currentCell() const { return { m_currentDay, m_currentHour }; }
    void setCurrentCell(int weekday, int hour);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect gridRect() const;
    QRect cellRect(int weekday, int hour) const;
    void updateDescription();

    core::Heatmap m_heatmap{};
    std::int64_t m_maximum = 0;
    int m_firstHour = 8;
    int m_lastHour = 19;
    int m_currentDay = -1;
    int m_currentHour = -1;
    int m_hoverDay = -1;
    int m_hoverHour = -1;
};

} // namespace widgets
