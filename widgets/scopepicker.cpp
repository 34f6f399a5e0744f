#include "widgets/scopepicker.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace widgets {

ScopePicker::ScopePicker(QWidget* parent)
    : QWidget(parent)
    , m_region(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_several(new QToolButton(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("scopePicker"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setMinimumContentsLength(18);
    m_several->setObjectName(QStringLiteral("severalSitesButton"));
    m_several->setCheckable(true);
    m_several->setAccessibleName(tr("Choose several sites"));
    m_several->setToolTip(tr("Compare a set of sites of your choice"));
    m_list->setObjectName(QStringLiteral("sitesList"));
    m_list->setAccessibleName(tr("Sites to include"));
    m_list->setMaximumHeight(150);
    m_list->hide();
    updateSeveralButton();

    auto* regionLabel = new QLabel(tr("&Region:"), this);
    regionLabel->setBuddy(m_region);
    auto* siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(regionLabel);
    row->addWidget(m_region);
    row->addSpacing(8);
    row->addWidget(siteLabel);
    row->addWidget(m_site);
    row->addWidget(m_several);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_list);

    connect(m_region, &QComboBox::currentIndexChanged, this, &ScopePicker::regionChosen);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ScopePicker::siteChosen);
    connect(m_list, &QListWidget::itemChanged, this, &ScopePicker::listChecked);
    connect(m_several, &QToolButton::toggled, this, [this](bool on) {
        m_list->setVisible(on);
        if (on) {
            m_list->setFocus();
        }
    });
}

void ScopePicker::setSites(const QList<core::Site>& sites)
{
    m_sites = sites;
    m_updating = true;
    m_region->clear();
    m_region->addItem(tr("All regions"), QVariant::fromValue<qint64>(0));
    QSet<std::int64_t> seen;
    for (const core::Site& site : sites) {
        if (!seen.contains(site.regionId)) {
            seen.insert(site.regionId);
            m_region->addItem(site.regionName, QVariant::fromValue<qint64>(site.regionId));
        }
    }
    m_region->setCurrentIndex(0);
    m_kind = Kind::All;
    fillSiteCombo();
    fillList();
    m_updating = false;
    updateSeveralButton();
}

void ScopePicker::fillSiteCombo()
{
    const std::int64_t region = regionId();
    m_site->clear();
    m_site->addItem(region == 0 ? tr("All sites") : tr("All sites of %1").arg(m_region->currentText()),
                    QVariant::fromValue<qint64>(0));
    for (const core::Site& site : std::as_const(m_sites)) {
        if (region != 0 && site.regionId != region) {
            continue;
        }
        m_site->addItem(tr("%1, %2", "site name, region").arg(site.name, site.regionName),
                        QVariant::fromValue<qint64>(site.id));
        m_site->setItemData(m_site->count() - 1,
                            tr("%1 · %2 · %3").arg(site.code, core::siteTypeName(site.type), site.regionName),
                            Qt::ToolTipRole);
    }
    m_site->setCurrentIndex(0);
}

void ScopePicker::fillList()
{
    const std::int64_t region = regionId();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const core::Site& site : std::as_const(m_sites)) {
        if (region != 0 && site.regionId != region) {
            continue;
        }
        auto* item = new QListWidgetItem(tr("%1, %2", "site name, region").arg(site.name, site.regionName), m_list);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(site.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
}

QList<std::int64_t> ScopePicker::siteIds() const
{
    QList<std::int64_t> ids;
    switch (m_kind) {
    case Kind::Site:
        ids << m_site->currentData().toLongLong();
        break;
    case Kind::Sites:
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked) {
                ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
            }
        }
        break;
    case Kind::Region:
    case Kind::All: {
        const std::int64_t region = m_kind == Kind::Region ? regionId() : 0;
        for (const core::Site& site : m_sites) {
            if (region == 0 || site.regionId == region) {
                ids << site.id;
            }
        }
        break;
    }
    }
    return ids;
}

std::int64_t ScopePicker::regionId() const
{
    return m_region->currentIndex() > 0 ? m_region->currentData().toLongLong() : 0;
}

QString ScopePicker::description() const
{
    switch (m_kind) {
    case Kind::All:
        return tr("All sites");
    case Kind::Region:
        return m_region->currentText();
    case Kind::Site: {
        const std::int64_t id = m_site->currentData().toLongLong();
        for (const core::Site& site : m_sites) {
            if (site.id == id) {
                return site.name;
            }
        }
        return m_site->currentText();
    }
    case Kind::Sites:
        return tr("%n site(s)", "", static_cast<int>(siteIds().size()));
    }
    return {};
}

void ScopePicker::regionChosen()
{
    if (m_updating) {
        return;
    }
    m_updating = true;
    fillSiteCombo();
    fillList();
    m_kind = regionId() == 0 ? Kind::All : Kind::Region;
    m_updating = false;
    updateSeveralButton();
    emit scopeChanged();
}

void ScopePicker::siteChosen()
{
    if (m_updating || m_site->currentIndex() < 0) {
        return;
    }
    m_updating = true;
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            m_list->item(i)->setCheckState(Qt::Unchecked);
        }
    }
    const bool whole = m_site->currentIndex() == 0;
    m_kind = whole ? (regionId() == 0 ? Kind::All : Kind::Region) : Kind::Site;
    m_updating = false;
    updateSeveralButton();
    emit scopeChanged();
}

void ScopePicker::listChecked()
{
    if (m_updating) {
        return;
    }
    int checked = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        checked += m_list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    m_updating = true;
    if (checked == 0) {
        m_site->setCurrentIndex(0);
        m_kind = regionId() == 0 ? Kind::All : Kind::Region;
    } else {
        m_kind = Kind::Sites;
        m_site->setPlaceholderText(tr("%n site(s)", "", checked));
        m_site->setCurrentIndex(-1);
    }
    m_updating = false;
    updateSeveralButton();
    emit scopeChanged();
}

void ScopePicker::updateSeveralButton()
{
    const auto n = m_kind == Kind::Sites ? static_cast<int>(siteIds().size()) : 0;
    m_several->setText(n > 0 ? tr("Several sites (%1)…").arg(n) : tr("Several sites…"));
}

void ScopePicker::selectAll()
{
    if (m_region->currentIndex() != 0) {
        m_region->setCurrentIndex(0); // emits through regionChosen
    } else {
        selectSite(0);
    }
}

void ScopePicker::selectRegion(std::int64_t regionId)
{
    const int index = m_region->findData(QVariant::fromValue<qint64>(regionId));
    if (index < 0) {
        return;
    }
    if (index == m_region->currentIndex()) {
        selectSite(0);
    } else {
        m_region->setCurrentIndex(index);
    }
}

void ScopePicker::selectSite(std::int64_t siteId)
{
    int index = m_site->findData(QVariant::fromValue<qint64>(siteId));
    if (index < 0 && siteId != 0) {
        // A site outside the chosen region: show every region first.
        m_updating = true;
        m_region->setCurrentIndex(0);
        fillSiteCombo();
        fillList();
        m_updating = false;
        index = m_site->findData(QVariant::fromValue<qint64>(siteId));
    }
    if (index < 0) {
        return;
    }
    if (index == m_site->currentIndex()) {
        // Already the site combo's choice; the scope still changes when several sites were chosen.
        if (m_kind == Kind::Sites) {
            siteChosen();
        }
    } else {
        m_site->setCurrentIndex(index);
    }
}

void ScopePicker::selectSites(const QList<std::int64_t>& siteIds)
{
    m_updating = true;
    if (m_region->currentIndex() != 0) {
        m_region->setCurrentIndex(0);
        fillSiteCombo();
        fillList();
    }
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(siteIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_updating = false;
    listChecked();
}

} // namespace widgets
