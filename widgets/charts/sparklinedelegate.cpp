#include "widgets/charts/sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

#include <algorithm>

namespace widgets {

SparklineDelegate::SparklineDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QList<QPointF> SparklineDelegate::points(const QList<double>& values, const QRectF& area)
{
    QList<QPointF> result;
    if (values.isEmpty() || area.isEmpty()) {
        return result;
    }
    const auto [lowest, highest] = std::minmax_element(values.cbegin(), values.cend());
    const double low = *lowest;
    const double span = *highest - low;
    const double step = values.size() > 1 ? area.width() / double(values.size() - 1) : 0.0;
    result.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double x = values.size() > 1 ? area.left() + step * double(i) : area.center().x();
        const double y = span > 0 ? area.bottom() - (values[i] - low) / span * area.height() : area.center().y();
        result.append(QPointF(x, y));
    }
    return result;
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant series = index.data(SeriesRole);
    if (!series.isValid()) {
        QStyledItemDelegate::paint(painter, option, index); // a cell without a series: its text
        return;
    }
    // The cell's background and selection as any other cell, without its text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<double> values = series.value<QList<double>>();
    const QRectF area = QRectF(option.rect).adjusted(6, 5, -6, -5);
    const QList<QPointF> line = points(values, area);
    if (line.isEmpty()) {
        return;
    }
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    // Highlight colours of the palette in use, so a dark palette gets a light line.
    const QColor colour = selected ? option.palette.color(group, QPalette::HighlightedText)
                                   : option.palette.color(group, QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path(line.first());
    for (qsizetype i = 1; i < line.size(); ++i) {
        path.lineTo(line[i]);
    }
    painter->setPen(QPen(colour, 1.6));
    painter->drawPath(path);
    // The last value as a dot: where the series ends up is what a manager looks for.
    painter->setBrush(colour);
    painter->drawEllipse(line.last(), 2.2, 2.2);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.data(SeriesRole).isValid()) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    return QSize(110, std::max(22, option.fontMetrics.height() + 8));
}

} // namespace widgets
