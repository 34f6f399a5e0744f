#include "widgets/heatmapview.h"

#include "widgets/charts/chartexport.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace widgets {

namespace {
constexpr int kLeftMargin = 96;
constexpr int kTopMargin = 8;
constexpr int kBottomMargin = 24;
constexpr int kRightMargin = 8;

QString hourRange(int hour)
{
    return QStringLiteral("%1:00–%2:00").arg(hour, 2, 10, QLatin1Char('0')).arg(hour + 1, 2, 10, QLatin1Char('0'));
}
} // namespace

HeatmapView::HeatmapView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    ChartExport::addContextMenu(this, QStringLiteral("heatmap"));
    updateDescription();
}

QSize HeatmapView::sizeHint() const
{
    return { 640, 7 * 26 + kTopMargin + kBottomMargin };
}

QSize HeatmapView::minimumSizeHint() const
{
    return { 360, 7 * 18 + kTopMargin + kBottomMargin };
}

void HeatmapView::setHeatmap(const core::Heatmap& heatmap)
{
    m_heatmap = heatmap;
    m_maximum = 0;
    int first = 24;
    int last = -1;
    for (const auto& row : heatmap) {
        for (int h = 0; h < 24; ++h) {
            const std::int64_t v = row[static_cast<size_t>(h)];
            m_maximum = std::max(m_maximum, v);
            if (v > 0) {
                first = std::min(first, h);
                last = std::max(last, h);
            }
        }
    }
    // The hours anyone came, and at least the usual opening hours when nobody did.
    m_firstHour = last >= 0 ? first : 8;
    m_lastHour = last >= 0 ? last : 19;
    if (m_currentHour >= 0) {
        m_currentHour = std::clamp(m_currentHour, m_firstHour, m_lastHour);
    }
    updateDescription();
    update();
}

QString HeatmapView::cellText(int weekday, int hour) const
{
    if (weekday < 0 || weekday > 6 || hour < 0 || hour > 23) {
        return {};
    }
    const QLocale locale;
    const std::int64_t v = m_heatmap[static_cast<size_t>(weekday)][static_cast<size_t>(hour)];
    return tr("%1, %2: %3 visitors")
        .arg(locale.standaloneDayName(weekday + 1, QLocale::LongFormat), hourRange(hour), locale.toString(v));
}

QRect HeatmapView::gridRect() const
{
    return rect().adjusted(kLeftMargin, kTopMargin, -kRightMargin, -kBottomMargin);
}

QRect HeatmapView::cellRect(int weekday, int hour) const
{
    const QRect grid = gridRect();
    const int columns = m_lastHour - m_firstHour + 1;
    const double w = double(grid.width()) / columns;
    const double h = double(grid.height()) / 7;
    const int x0 = grid.left() + static_cast<int>((hour - m_firstHour) * w);
    const int x1 = grid.left() + static_cast<int>((hour - m_firstHour + 1) * w);
    const int y0 = grid.top() + static_cast<int>(weekday * h);
    const int y1 = grid.top() + static_cast<int>((weekday + 1) * h);
    return { QPoint(x0, y0), QPoint(x1 - 1, y1 - 1) };
}

std::pair<int, int> HeatmapView::cellAt(const QPoint& position) const
{
    const QRect grid = gridRect();
    if (!grid.contains(position)) {
        return { -1, -1 };
    }
    const int columns = m_lastHour - m_firstHour + 1;
    const int hour = m_firstHour + std::min(columns - 1, (position.x() - grid.left()) * columns / grid.width());
    const int day = std::min(6, (position.y() - grid.top()) * 7 / grid.height());
    return { day, hour };
}

void HeatmapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::WindowText);
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    // From the page's base colour to a strong blue (a light blue on dark palettes).
    const QColor strong = dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x0b, 0x4f, 0x8c);
    const QLocale locale;
    painter.setPen(text);
    for (int d = 0; d < 7; ++d) {
        const QRect row = cellRect(d, m_firstHour);
        painter.drawText(QRect(0, row.top(), kLeftMargin - 8, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                         locale.standaloneDayName(d + 1, QLocale::ShortFormat));
    }
    const int columns = m_lastHour - m_firstHour + 1;
    const int labelEvery = columns > 16 ? 3 : (columns > 10 ? 2 : 1);
    for (int h = m_firstHour; h <= m_lastHour; ++h) {
        if ((h - m_firstHour) % labelEvery != 0) {
            continue;
        }
        const QRect cell = cellRect(6, h);
        painter.drawText(QRect(cell.left() - 20, cell.bottom() + 2, 40, kBottomMargin - 2),
                         Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    }
    for (int d = 0; d < 7; ++d) {
        for (int h = m_firstHour; h <= m_lastHour; ++h) {
            const std::int64_t v = m_heatmap[static_cast<size_t>(d)][static_cast<size_t>(h)];
            const double t = m_maximum > 0 ? double(v) / double(m_maximum) : 0.0;
            const QColor colour = QColor::fromRgbF(float(base.redF() + (strong.redF() - base.redF()) * t),
                                                   float(base.greenF() + (strong.greenF() - base.greenF()) * t),
                                                   float(base.blueF() + (strong.blueF() - base.blueF()) * t));
            const QRect cell = cellRect(d, h).adjusted(1, 1, -1, -1);
            painter.fillRect(cell, colour);
            if (v == 0) {
                // No visitors is not the same as few: a thin outline keeps empty cells visible.
                painter.setPen(pal.color(QPalette::Midlight));
                painter.drawRect(cell.adjusted(0, 0, -1, -1));
            }
        }
    }
    const auto outline = [&](int d, int h, const QColor& colour, int width) {
        if (d < 0 || h < m_firstHour || h > m_lastHour) {
            return;
        }
        painter.setPen(QPen(colour, width));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(d, h).adjusted(1, 1, -2, -2));
    };
    outline(m_hoverDay, m_hoverHour, text, 1);
    if (hasFocus()) {
        outline(m_currentDay, m_currentHour, pal.color(QPalette::Highlight), 2);
    }
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event)
{
    const auto [day, hour] = cellAt(event->position().toPoint());
    if (day != m_hoverDay || hour != m_hoverHour) {
        m_hoverDay = day;
        m_hoverHour = hour;
        update();
    }
    if (day >= 0) {
        QToolTip::showText(event->globalPosition().toPoint(), cellText(day, hour), this, cellRect(day, hour));
    } else {
        QToolTip::hideText();
    }
}

void HeatmapView::leaveEvent(QEvent*)
{
    m_hoverDay = -1;
    m_hoverHour = -1;
    QToolTip::hideText();
    update();
}

bool HeatmapView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [day, hour] = cellAt(help->pos());
        if (day >= 0) {
            QToolTip::showText(help->globalPos(), cellText(day, hour), this, cellRect(day, hour));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        update();
    }
    return QWidget::event(event);
}

void HeatmapView::setCurrentCell(int weekday, int hour)
{
    m_currentDay = std::clamp(weekday, 0, 6);
    m_currentHour = std::clamp(hour, m_firstHour, m_lastHour);
    setAccessibleDescription(cellText(m_currentDay, m_currentHour));
    if (hasFocus()) {
        const QRect cell = cellRect(m_currentDay, m_currentHour);
        QToolTip::showText(mapToGlobal(cell.center()), cellText(m_currentDay, m_currentHour), this, cell);
    }
    update();
}

void HeatmapView::keyPressEvent(QKeyEvent* event)
{
    int day = m_currentDay < 0 ? 0 : m_currentDay;
    int hour = m_currentHour < 0 ? m_firstHour : m_currentHour;
    switch (event->key()) {
    case Qt::Key_Left:
        --hour;
        break;
    case Qt::Key_Right:
        ++hour;
        break;
    case Qt::Key_Up:
        --day;
        break;
    case Qt::Key_Down:
        ++day;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_currentDay < 0) {
        day = 0;
        hour = m_firstHour;
    }
    setCurrentCell(day, hour);
    event->accept();
}

void HeatmapView::updateDescription()
{
    std::int64_t best = -1;
    int bestDay = 0;
    int bestHour = 0;
    std::int64_t total = 0;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            const std::int64_t v = m_heatmap[static_cast<size_t>(d)][static_cast<size_t>(h)];
            total += v;
            if (v > best) {
                best = v;
                bestDay = d;
                bestHour = h;
            }
        }
    }
    setAccessibleDescription(total == 0
                                 ? tr("No visitors in the period.")
                                 : tr("Busiest: %1. Use the arrow keys to read each hour.").arg(cellText(bestDay, bestHour)));
}

} // namespace widgets
