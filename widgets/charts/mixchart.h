#pragma once

#include "core/dashboardqueries.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace widgets {

// A mix as horizontal bars of visitors (sales channels, ticket categories): each
// bar's share is written beside it, hovering shows tickets, visitors, revenue and
// share exactly; the context menu exports the chart to PNG or SVG.
class MixChart : public QWidget
{
    Q_OBJECT

public:
    explicit MixChart(QWidget* parent = nullptr);
    ~MixChart() override;

    void setTitle(const QString& title);
    QString title() const;
    void setSlices(const QList<core::MixSlice>& slices);
    const QList<core::MixSlice>& slices() const { return m_slices; }
    // The exact figures of one bar as rich text (what hovering shows).
    QString toolTipFor(qsizetype index) const;
    QList<QAction*> exportActions() const { return m_exportActions; }

private:
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QList<QAction*> m_exportActions;
    QList<core::MixSlice> m_slices;
};

} // namespace widgets
