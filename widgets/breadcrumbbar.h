#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace widgets {

// Where a drill-down has got to: "2024 › February › Thursday 29 February", each
// level but the last a button that goes back to it, plus a Back button.
class BreadcrumbBar : public QWidget
{
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget* parent = nullptr);

    // The first crumb is the period chosen; each next one a level drilled into.
    void setCrumbs(const QStringList& crumbs);
    QStringList crumbs() const { return m_crumbs; }

signals:
    // The user asked to go back to `level` (0 = the period chosen).
    void levelChosen(int level);

private:
    QStringList m_crumbs;
    QToolButton* m_back;
    QHBoxLayout* m_row;
    QList<QWidget*> m_items;
};

} // namespace widgets
