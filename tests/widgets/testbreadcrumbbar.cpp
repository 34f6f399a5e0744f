// The breadcrumb: a button per level above the current one, Back enabled only
// below the first level, each emitting the level to go back to.
#include "widgets/breadcrumbbar.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestBreadcrumbBar : public QObject
{
    Q_OBJECT

private slots:
    void levelsAndBack();
};

void TestBreadcrumbBar::levelsAndBack()
{
    widgets::BreadcrumbBar bar;
    bar.show();
    QSignalSpy chosen(&bar, &widgets::BreadcrumbBar::levelChosen);
    auto* back = bar.findChild<QToolButton*>(QStringLiteral("drillBackButton"));
    bar.setCrumbs({ QStringLiteral("2024") });
    QVERIFY(!back->isEnabled());
    bar.setCrumbs({ QStringLiteral("2024"), QStringLiteral("26 Feb – 3 Mar"), QStringLiteral("29 February") });
    QCoreApplication::processEvents(); // the old crumbs are deleted later
    QVERIFY(back->isEnabled());
    QCOMPARE(bar.findChild<QLabel*>(QStringLiteral("crumbCurrent"))->text(), QStringLiteral("29 February"));
    back->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toInt(), 1);
    auto* first = bar.findChild<QToolButton*>(QStringLiteral("crumb0"));
    QCOMPARE(first->text(), QStringLiteral("2024"));
    first->click();
    QCOMPARE(chosen.at(1).at(0).toInt(), 0);
    QVERIFY(!bar.findChild<QToolButton*>(QStringLiteral("crumb2")));
}

QTEST_MAIN(TestBreadcrumbBar)
#include "testbreadcrumbbar.moc"
