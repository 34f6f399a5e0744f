#include "widgets/breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace widgets {

BreadcrumbBar::BreadcrumbBar(QWidget* parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_row(new QHBoxLayout)
{
    setObjectName(QStringLiteral("breadcrumbBar"));
    setAccessibleName(tr("Drill-down path"));
    m_back->setObjectName(QStringLiteral("drillBackButton"));
    m_back->setText(tr("◀ Back"));
    m_back->setToolTip(tr("Back to the previous level (Alt+Left)"));
    m_back->setAccessibleName(tr("Back to the previous level"));
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, [this] {
        if (m_crumbs.size() > 1) {
            emit levelChosen(static_cast<int>(m_crumbs.size()) - 2);
        }
    });
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_back);
    layout->addLayout(m_row);
    layout->addStretch();
    setCrumbs({});
}

void BreadcrumbBar::setCrumbs(const QStringList& crumbs)
{
    m_crumbs = crumbs;
    for (QWidget* item : std::as_const(m_items)) {
        // Later, not now: the crumb clicked may be the one still emitting its signal.
        m_row->removeWidget(item);
        item->hide();
        item->setParent(nullptr);
        item->deleteLater();
    }
    m_items.clear();
    m_back->setEnabled(crumbs.size() > 1);
    for (qsizetype i = 0; i < crumbs.size(); ++i) {
        if (i > 0) {
            auto* separator = new QLabel(QStringLiteral("›"), this);
            separator->setAccessibleName(QString());
            m_row->addWidget(separator);
            m_items << separator;
        }
        if (i + 1 < crumbs.size()) {
            auto* button = new QToolButton(this);
            button->setObjectName(QStringLiteral("crumb%1").arg(i));
            button->setText(crumbs.at(i));
            button->setAutoRaise(true);
            button->setAccessibleName(tr("Back to %1").arg(crumbs.at(i)));
            const int level = static_cast<int>(i);
            connect(button, &QToolButton::clicked, this, [this, level] { emit levelChosen(level); });
            m_row->addWidget(button);
            m_items << button;
        } else {
            auto* current = new QLabel(crumbs.at(i), this);
            current->setObjectName(QStringLiteral("crumbCurrent"));
            QFont bold = current->font();
            bold.setBold(true);
            current->setFont(bold);
            m_row->addWidget(current);
            m_items << current;
        }
    }
}

} // namespace widgets
