// The scope picker: all sites, a region, one site, several sites, and what each
// selects; one scopeChanged() per change.
#include "widgets/scopepicker.h"

#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using widgets::ScopePicker;

class TestScopePicker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startsWithAllSites();
    void regionNarrowsTheSites();
    void oneSite();
    void severalSites();
    void choosingASiteClearsSeveral();

private:
    static core::Site site(std::int64_t id, std::int64_t region, const QString& regionName, const QString& name);
    QList<core::Site> m_sites;
};

core::Site TestScopePicker::site(std::int64_t id, std::int64_t region, const QString& regionName, const QString& name)
{
    core::Site s;
    s.id = id;
    s.code = QStringLiteral("S%1").arg(id);
    s.name = name;
    s.regionId = region;
    s.regionName = regionName;
    return s;
}

void TestScopePicker::init()
{
    m_sites = { site(11, 1, QStringLiteral("Campania"), QStringLiteral("Museo A")),
                site(12, 1, QStringLiteral("Campania"), QStringLiteral("Museo B")),
                site(21, 2, QStringLiteral("Lazio"), QStringLiteral("Museo C")),
                site(22, 2, QStringLiteral("Lazio"), QStringLiteral("Museo D")),
                site(23, 2, QStringLiteral("Lazio"), QStringLiteral("Museo E")) };
}

void TestScopePicker::startsWithAllSites()
{
    ScopePicker picker;
    picker.setSites(m_sites);
    QCOMPARE(picker.kind(), ScopePicker::Kind::All);
    QCOMPARE(picker.siteIds(), (QList<std::int64_t>{ 11, 12, 21, 22, 23 }));
    QCOMPARE(picker.siteCombo()->count(), 6); // "All sites" and each site
    QCOMPARE(picker.regionCombo()->count(), 3); // "All regions", Campania, Lazio
    QCOMPARE(picker.description(), ScopePicker::tr("All sites"));
}

void TestScopePicker::regionNarrowsTheSites()
{
    ScopePicker picker;
    picker.setSites(m_sites);
    QSignalSpy changed(&picker, &ScopePicker::scopeChanged);
    picker.regionCombo()->setCurrentIndex(2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(picker.kind(), ScopePicker::Kind::Region);
    QCOMPARE(picker.regionId(), 2);
    QCOMPARE(picker.siteIds(), (QList<std::int64_t>{ 21, 22, 23 }));
    QCOMPARE(picker.description(), QStringLiteral("Lazio"));
    QCOMPARE(picker.siteCombo()->count(), 4);
    QCOMPARE(picker.siteCombo()->itemText(0), ScopePicker::tr("All sites of %1").arg(QStringLiteral("Lazio")));
    QCOMPARE(picker.sitesList()->count(), 3);
    // A site of the region, then back to the whole region.
    picker.siteCombo()->setCurrentIndex(2);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(picker.kind(), ScopePicker::Kind::Site);
    QCOMPARE(picker.siteIds(), QList<std::int64_t>{ 22 });
    picker.siteCombo()->setCurrentIndex(0);
    QCOMPARE(picker.kind(), ScopePicker::Kind::Region);
    QCOMPARE(picker.siteIds(), (QList<std::int64_t>{ 21, 22, 23 }));
    picker.selectAll();
    QCOMPARE(picker.kind(), ScopePicker::Kind::All);
    QCOMPARE(picker.siteIds().size(), 5);
}

void TestScopePicker::oneSite()
{
    ScopePicker picker;
    picker.setSites(m_sites);
    picker.selectRegion(1);
    QSignalSpy changed(&picker, &ScopePicker::scopeChanged);
    picker.selectSite(23); // outside Campania: the region filter is lifted
    QCOMPARE(changed.count(), 1);
    QCOMPARE(picker.kind(), ScopePicker::Kind::Site);
    QCOMPARE(picker.siteIds(), QList<std::int64_t>{ 23 });
    QCOMPARE(picker.regionId(), 0);
    QCOMPARE(picker.description(), QStringLiteral("Museo E"));
    picker.selectSite(23); // no change, no signal
    QCOMPARE(changed.count(), 1);
}

void TestScopePicker::severalSites()
{
    ScopePicker picker;
    picker.setSites(m_sites);
    QSignalSpy changed(&picker, &ScopePicker::scopeChanged);
    auto* button = picker.findChild<QToolButton*>(QStringLiteral("severalSitesButton"));
    button->click();
    QVERIFY(!picker.sitesList()->isHidden());
    picker.sitesList()->item(0)->setCheckState(Qt::Checked);
    picker.sitesList()->item(3)->setCheckState(Qt::Checked);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(picker.kind(), ScopePicker::Kind::Sites);
    QCOMPARE(picker.siteIds(), (QList<std::int64_t>{ 11, 22 }));
    QCOMPARE(picker.siteCombo()->currentIndex(), -1);
    QCOMPARE(picker.siteCombo()->placeholderText(), ScopePicker::tr("%n site(s)", "", 2));
    QCOMPARE(button->text(), ScopePicker::tr("Several sites (%1)…").arg(2));
    // Unchecking them all goes back to all sites.
    picker.sitesList()->item(0)->setCheckState(Qt::Unchecked);
    picker.sitesList()->item(3)->setCheckState(Qt::Unchecked);
    QCOMPARE(picker.kind(), ScopePicker::Kind::All);
    QCOMPARE(picker.siteCombo()->currentIndex(), 0);
}

void TestScopePicker::choosingASiteClearsSeveral()
{
    ScopePicker picker;
    picker.setSites(m_sites);
    picker.selectSites({ 12, 21 });
    QCOMPARE(picker.siteIds(), (QList<std::int64_t>{ 12, 21 }));
    QSignalSpy changed(&picker, &ScopePicker::scopeChanged);
    picker.selectSite(12);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(picker.kind(), ScopePicker::Kind::Site);
    QCOMPARE(picker.siteIds(), QList<std::int64_t>{ 12 });
    for (int i = 0; i < picker.sitesList()->count(); ++i) {
        QCOMPARE(picker.sitesList()->item(i)->checkState(), Qt::Unchecked);
    }
}

QTEST_MAIN(TestScopePicker)
#include "testscopepicker.moc"
