// The dashboard on its own: period presets anchored on the last day with data,
// consistency under quick changes of selection, locale formatting and a cache
// that cannot be read.
#include "tests/testsupport/testdatadir.h"
#include "tests/widgets/directsums.h"

#include "core/money.h"
#include "widgets/cacheoverview.h"
#include "widgets/dashboardpage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using widgets::ReportingPeriod;

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void presetsEndOnTheLastDayWithData_data();
    void presetsEndOnTheLastDayWithData();
    void quickChangesEndOnTheLastSelection();
    void lateResultOfAnOldSelectionIsDropped();
    void italianLocaleFormatsFigures();
    void unreadableCacheShowsAnError();

private:
    void openOnDemo(widgets::DashboardPage& page) const;
    static bool waitUpToDate(const widgets::DashboardPage& page);
    static QString labelText(const QWidget& root, const QString& name);

    testsupport::TestDataDir m_demo;
    widgets::CacheOverview m_overview;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY(m_demo.isValid());
    m_demo.writeDemo();
    m_overview = widgets::CacheOverview::load(m_demo.path());
    QVERIFY2(m_overview.error.isEmpty(), qPrintable(m_overview.error));
    QVERIFY(m_overview.hasData());
    QCOMPARE(m_overview.lastSalesDay, testsupport::lastSalesDay(m_demo.path()));
    QCOMPARE(m_overview.sites.size(), 4);
}

void TestDashboardPage::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestDashboardPage::openOnDemo(widgets::DashboardPage& page) const
{
    page.setCache(m_demo.path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
}

bool TestDashboardPage::waitUpToDate(const widgets::DashboardPage& page)
{
    return QTest::qWaitFor([&page] { return page.isUpToDate(); }, 20000);
}

QString TestDashboardPage::labelText(const QWidget& root, const QString& name)
{
    const auto* label = root.findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

void TestDashboardPage::presetsEndOnTheLastDayWithData_data()
{
    QTest::addColumn<ReportingPeriod::Preset>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    // writeDemo() generates up to Monday 30 June 2025, the demo sites' closing day:
    // the last day with data, where every period ends, is Sunday 29 June.
    const QDate last(2025, 6, 29);
    QTest::newRow("last 7 days") << ReportingPeriod::Preset::Last7Days << QDate(2025, 6, 23) << last;
    QTest::newRow("last 30 days") << ReportingPeriod::Preset::Last30Days << QDate(2025, 5, 31) << last;
    QTest::newRow("this month") << ReportingPeriod::Preset::ThisMonth << QDate(2025, 6, 1) << last;
    QTest::newRow("year to date") << ReportingPeriod::Preset::YearToDate << QDate(2025, 1, 1) << last;
    QTest::newRow("last year") << ReportingPeriod::Preset::LastYear << QDate(2024, 1, 1) << QDate(2024, 12, 31);
}

void TestDashboardPage::presetsEndOnTheLastDayWithData()
{
    QFETCH(ReportingPeriod::Preset, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QCOMPARE(m_overview.lastSalesDay, QDate(2025, 6, 29));

    widgets::DashboardPage page;
    page.show();
    openOnDemo(page);
    QVERIFY(waitUpToDate(page));
    QSignalSpy refreshed(&page, &widgets::DashboardPage::refreshed);
    page.selectPeriod(preset);
    if (preset != ReportingPeriod::Preset::Last30Days) { // the default: nothing changes
        QVERIFY(!page.isUpToDate());
        QVERIFY(waitUpToDate(page));
        QCOMPARE(refreshed.count(), 1);
    }
    QCOMPARE(page.selectedRange(), std::make_pair(from, to));
    QCOMPARE(page.shownFigures().from, from);
    QCOMPARE(page.shownFigures().to, to);
    QCOMPARE(page.shownFigures().series.size(), from.daysTo(to) + 1);

    const auto sums = testsupport::directSums(m_demo.path(), testsupport::allSiteIds(m_demo.path()), from, to);
    QCOMPARE(page.shownFigures().totals.visitors, sums.visitors);
    QCOMPARE(page.shownFigures().totals.revenue.cents(), sums.revenueCents);
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), QLocale().toString(sums.visitors));
}

void TestDashboardPage::quickChangesEndOnTheLastSelection()
{
    widgets::DashboardPage page;
    page.show();
    openOnDemo(page);
    QVERIFY(waitUpToDate(page));

    // Change site and period at irregular intervals, some shorter and some longer
    // than a query takes: whatever arrives late must not overwrite the last choice.
    auto* siteCombo = page.findChild<QComboBox*>(QStringLiteral("siteCombo"));
    auto* periodCombo = page.findChild<QComboBox*>(QStringLiteral("periodCombo"));
    QRandomGenerator random(42);
    for (int i = 0; i < 30; ++i) {
        siteCombo->setCurrentIndex(static_cast<int>(random.bounded(siteCombo->count())));
        periodCombo->setCurrentIndex(static_cast<int>(random.bounded(periodCombo->count() - 1))); // not Custom
        QTest::qWait(static_cast<int>(random.bounded(200)));
    }
    siteCombo->setCurrentIndex(2);
    periodCombo->setCurrentIndex(periodCombo->findData(static_cast<int>(ReportingPeriod::Preset::YearToDate)));
    QVERIFY(waitUpToDate(page));

    const std::int64_t site = siteCombo->currentData().toLongLong();
    QCOMPARE(page.shownFigures().siteIds, QList<std::int64_t>{ site });
    QCOMPARE(page.shownFigures().from, QDate(2025, 1, 1));
    QCOMPARE(page.shownFigures().to, QDate(2025, 6, 29));
    const auto sums = testsupport::directSums(m_demo.path(), { site }, QDate(2025, 1, 1), QDate(2025, 6, 29));
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), QLocale().toString(sums.visitors));
    QCOMPARE(labelText(page, QStringLiteral("ticketsValue")), QLocale().toString(sums.tickets));
}

void TestDashboardPage::lateResultOfAnOldSelectionIsDropped()
{
    widgets::DashboardPage page;
    page.show();
    openOnDemo(page);
    QVERIFY(waitUpToDate(page));

    // The first query after this holds its result back until the gate opens. The
    // state is shared with the worker, which may outlive this function on failure.
    struct Hold
    {
        QSemaphore gate;
        std::atomic_int started{ 0 };
        std::atomic_int finished{ 0 };
        std::atomic_bool offGuiThread{ true };
    };
    const auto hold = std::make_shared<Hold>();
    const auto openGate = qScopeGuard([hold] { hold->gate.release(); });
    QThread* const guiThread = QThread::currentThread();
    page.setFiguresQuery([hold, guiThread](const QString& dataDir, const QList<std::int64_t>& siteIds,
                                           const QDate& from, const QDate& to) {
        if (QThread::currentThread() == guiThread) {
            hold->offGuiThread = false;
        }
        if (hold->started.fetch_add(1) == 0) {
            hold->gate.tryAcquire(1, 20000);
        }
        auto figures = widgets::DashboardPage::queryFigures(dataDir, siteIds, from, to);
        ++hold->finished;
        return figures;
    });
    QSignalSpy refreshed(&page, &widgets::DashboardPage::refreshed);
    const std::int64_t oldSite = m_overview.sites.at(0).id;
    const std::int64_t newSite = m_overview.sites.at(1).id;

    page.selectSite(oldSite);
    QTRY_COMPARE_WITH_TIMEOUT(hold->started.load(), 1, 10000); // its query is held back
    page.selectSite(newSite);
    QVERIFY(waitUpToDate(page));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(page.shownFigures().siteIds, QList<std::int64_t>{ newSite });

    // Now the old selection's result arrives, late: it must not replace the new one.
    hold->gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(hold->finished.load(), 2, 10000);
    QTest::qWait(100); // let its finished() signal be delivered
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(page.shownFigures().siteIds, QList<std::int64_t>{ newSite });
    const auto sums
        = testsupport::directSums(m_demo.path(), { newSite }, page.selectedRange().first, page.selectedRange().second);
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), QLocale().toString(sums.visitors));
    QVERIFY(hold->offGuiThread);
}

void TestDashboardPage::italianLocaleFormatsFigures()
{
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    widgets::DashboardPage page;
    page.show();
    openOnDemo(page);
    page.selectPeriod(ReportingPeriod::Preset::LastYear);
    QVERIFY(waitUpToDate(page));

    const auto sums = testsupport::directSums(m_demo.path(), testsupport::allSiteIds(m_demo.path()), QDate(2024, 1, 1),
                                              QDate(2024, 12, 31));
    QVERIFY(sums.visitors >= 1000);
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    const QString visitors = labelText(page, QStringLiteral("visitorsValue"));
    QCOMPARE(visitors, italian.toString(sums.visitors));
    QVERIFY2(visitors.contains(QLatin1Char('.')), qPrintable(visitors)); // 1.234, not 1,234
    const QString revenue = labelText(page, QStringLiteral("revenueValue"));
    QCOMPARE(revenue, core::Money::fromCents(sums.revenueCents).toString(italian));
    QVERIFY2(revenue.contains(QLatin1Char(',')) && revenue.contains(QStringLiteral("€")), qPrintable(revenue));
}

void TestDashboardPage::unreadableCacheShowsAnError()
{
    testsupport::TestDataDir empty; // no cache file at all
    widgets::DashboardPage page;
    page.show();
    page.setCache(empty.path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
    QVERIFY(waitUpToDate(page));
    const auto* status = page.findChild<QLabel*>(QStringLiteral("dashboardStatus"));
    QVERIFY(status->isVisible());
    QVERIFY(!page.shownFigures().error.isEmpty());
    QCOMPARE(status->text(), page.shownFigures().error);
    QCOMPARE(labelText(page, QStringLiteral("visitorsValue")), QStringLiteral("–"));
}

QTEST_MAIN(TestDashboardPage)
#include "testdashboardpage.moc"
