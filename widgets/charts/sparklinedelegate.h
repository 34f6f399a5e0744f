#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStyledItemDelegate>

namespace widgets {

// Paints a small line of a cell's series (e.g. visitors per month) in place of its
// text. The series comes from SeriesRole as a QList<double>; the cell's text
// (DisplayRole) is what copying and screen readers get, so the model should give
// the same figures in words there. No Qt Charts: a table of 250 rows paints fast.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int SeriesRole = Qt::UserRole + 40;

    explicit SparklineDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Where each value is drawn inside `area`: evenly spaced left to right, the
    // smallest value at the bottom, the largest at the top (a flat series mid-height).
    static QList<QPointF> points(const QList<double>& values, const QRectF& area);
};

} // namespace widgets
