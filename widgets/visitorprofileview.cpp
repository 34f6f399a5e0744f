#include "widgets/visitorprofileview.h"

#include "widgets/tableclipboard.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace widgets {

VisitorProfileView::VisitorProfileView(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, 3, this))
    , m_note(new QLabel(this))
{
    m_model->setHorizontalHeaderLabels({ tr("Profile"), tr("Group"), tr("Visitors") });
    m_table->setObjectName(QStringLiteral("visitorProfileTable"));
    m_table->setAccessibleName(tr("Visitor profile"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    TableClipboard::install(m_table);
    m_note->setObjectName(QStringLiteral("visitorProfileNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
}

QString VisitorProfileView::dimensionName(const QString& dimension)
{
    if (dimension == QLatin1String("origin")) {
        return tr("Origin");
    }
    if (dimension == QLatin1String("age_band")) {
        return tr("Age band");
    }
    if (dimension == QLatin1String("group_type")) {
        return tr("Group type");
    }
    return dimension;
}

QString VisitorProfileView::bucketName(const QString& dimension, const QString& bucket)
{
    if (dimension == QLatin1String("origin")) {
        if (bucket == QLatin1String("IT:other")) {
            return tr("Italy, other regions");
        }
        if (bucket.startsWith(QLatin1String("IT:"))) {
            return tr("Italy, %1 (the site's region)").arg(bucket.mid(3));
        }
        if (bucket == QLatin1String("EU")) {
            return tr("Other EU countries");
        }
        if (bucket == QLatin1String("non-EU")) {
            return tr("Outside the EU");
        }
    } else if (dimension == QLatin1String("age_band")) {
        if (bucket == QLatin1String("65+")) {
            return tr("65 years and over");
        }
        const auto parts = bucket.split(QLatin1Char('-'));
        if (parts.size() == 2) {
            return tr("%1 to %2 years").arg(parts.at(0), parts.at(1));
        }
    } else if (dimension == QLatin1String("group_type")) {
        if (bucket == QLatin1String("individual")) {
            return tr("Individuals");
        }
        if (bucket == QLatin1String("family")) {
            return tr("Families");
        }
        if (bucket == QLatin1String("school")) {
            return tr("School groups");
        }
        if (bucket == QLatin1String("organised_tour")) {
            return tr("Organised tours");
        }
    }
    return bucket;
}

void VisitorProfileView::clear()
{
    m_model->removeRows(0, m_model->rowCount());
    m_note->clear();
}

void VisitorProfileView::setProfile(const QList<core::ProfileCell>& origin, const QList<core::ProfileCell>& ageBand,
                                    const QList<core::ProfileCell>& groupType, int k)
{
    clear();
    addRows(QStringLiteral("origin"), origin, k);
    addRows(QStringLiteral("age_band"), ageBand, k);
    addRows(QStringLiteral("group_type"), groupType, k);
    m_note->setText(m_model->rowCount() == 0
                        ? tr("No visitor profile for this scope and period.")
                        : tr("Groups of fewer than %1 visitors are shown as “< %1” so that no visitor can be "
                             "recognised.")
                              .arg(QLocale().toString(k)));
}

void VisitorProfileView::addRows(const QString& dimension, const QList<core::ProfileCell>& cells, int k)
{
    const QLocale locale;
    for (const core::ProfileCell& cell : cells) {
        auto* profile = new QStandardItem(dimensionName(dimension));
        auto* group = new QStandardItem(bucketName(dimension, cell.bucket));
        group->setData(cell.bucket, Qt::UserRole);
        auto* visitors = new QStandardItem;
        if (cell.suppressed || !cell.visitors) {
            visitors->setText(tr("< %1").arg(locale.toString(k)));
            visitors->setToolTip(tr("Fewer than %1 visitors, or hidden so the total cannot give a small group away.")
                                     .arg(locale.toString(k)));
        } else {
            visitors->setText(locale.toString(*cell.visitors));
        }
        visitors->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({ profile, group, visitors });
    }
}

} // namespace widgets
