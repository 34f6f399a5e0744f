#pragma once

#include "core/site.h"

#include <QList>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QListWidget;
class QToolButton;

namespace widgets {

// What the dashboard looks at: every site, a region, one site or several chosen
// sites. The region list narrows the site list; "All sites" in it means the whole
// region when one is chosen; "Several sites…" opens a checkable list (the site
// list then reads "3 sites"). scopeChanged() is emitted once per change.
class ScopePicker : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        All,
        Region,
        Site,
        Sites
    };

    explicit ScopePicker(QWidget* parent = nullptr);

    // Regions are taken from the sites (their id and name), in the sites' order.
    void setSites(const QList<core::Site>& sites);
    const QList<core::Site>& sites() const { return m_sites; }

    Kind kind() const { return m_kind; }
    QList<std::int64_t> siteIds() const;
    std::int64_t regionId() const;
    // "All sites", "Campania", "Museo X", "3 sites".
    QString description() const;

    void selectAll();
    void selectRegion(std::int64_t regionId);
    // 0 selects all sites (of the chosen region, if any).
    void selectSite(std::int64_t siteId);
    void selectSites(const QList<std::int64_t>& siteIds);

    QComboBox* siteCombo() const { return m_site; }
    QComboBox* regionCombo() const { return m_region; }
    QListWidget* sitesList() const { return m_list; }

signals:
    void scopeChanged();

private:
    void fillSiteCombo();
    void fillList();
    void regionChosen();
    void siteChosen();
    void listChecked();
    void updateSeveralButton();

    QList<core::Site> m_sites;
    Kind m_kind = Kind::All;
    bool m_updating = false;
    QComboBox* m_region;
    QComboBox* m_site;
    QToolButton* m_several;
    QListWidget* m_list;
};

} // namespace widgets
