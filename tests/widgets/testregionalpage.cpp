#include "core/cache.h"
#include "core/database.h"
#include "core/money.h"
#include "tests/testsupport/testdatadir.h"
#include "widgets/cacheoverview.h"
#include "widgets/charts/sparklinedelegate.h"
#include "widgets/mainwindow.h"
#include "widgets/regionalpage.h"
#include "widgets/tableclipboard.h"
#include "widgets/zonespage.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using widgets::RegionalPage;

class TestRegionalPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestDataDir> m_dir;
    widgets::CacheOverview m_overview;

    struct SiteFigures
    {
        std::int64_t visitors = 0;
        std::int64_t revenueCents = 0;
        std::int64_t lastYear = 0;
        QList<std::int64_t> monthly;
    };

    // Straight from the hourly base rows, not the rollups the page reads.
    QMap<QString, SiteFigures> direct(const QList<std::int64_t>& siteIds, const QDate& from, const QDate& to) const
    {
        core::Database db = core::Cache::openReader(m_dir->path());
        QMap<QString, SiteFigures> result;
        QStringList ids;
        for (const auto id : siteIds) {
            ids << QString::number(id);
        }
        const QString in = ids.join(QLatin1Char(','));
        core::Statement sums = db.prepare(
            QStringLiteral("SELECT s.code, COALESCE(SUM(h.visitors), 0), COALESCE(SUM(h.revenue_cents), 0) "
                           "FROM sites s LEFT JOIN sales_hourly h ON h.site_id = s.id AND h.day BETWEEN ?1 AND ?2 "
                           "WHERE s.id IN (%1) GROUP BY s.code")
                .arg(in));
        sums.bind(1, from.toJulianDay()).bind(2, to.toJulianDay());
        while (sums.step()) {
            result[sums.text(0)].visitors = sums.int64(1);
            result[sums.text(0)].revenueCents = sums.int64(2);
        }
        core::Statement before = db.prepare(
            QStringLiteral("SELECT s.code, SUM(h.visitors) FROM sites s JOIN sales_hourly h ON h.site_id = s.id "
                           "AND h.day BETWEEN ?1 AND ?2 WHERE s.id IN (%1) GROUP BY s.code")
                .arg(in));
        before.bind(1, from.addDays(-364).toJulianDay()).bind(2, to.addDays(-364).toJulianDay());
        while (before.step()) {
            result[before.text(0)].lastYear = before.int64(1);
        }
        for (auto it = result.begin(); it != result.end(); ++it) {
            for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
                core::Statement month = db.prepare(
                    "SELECT COALESCE(SUM(h.visitors), 0) FROM sites s JOIN sales_hourly h ON h.site_id = s.id "
                    "WHERE s.code = ?1 AND h.day BETWEEN ?2 AND ?3");
                month.bind(1, it.key())
                    .bind(2, std::max(m, from).toJulianDay())
                    .bind(3, std::min(m.addMonths(1).addDays(-1), to).toJulianDay());
                month.step();
                it->monthly.append(month.int64(0));
            }
        }
        return result;
    }

    static void waitFor(RegionalPage& page) { QTRY_VERIFY_WITH_TIMEOUT(page.isUpToDate(), 20000); }

    static QString text(const QAbstractItemModel* model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    static void screenshot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
        }
    }

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x26, 0x2a, 0x30));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1c, 0x1f, 0x24));
        p.setColor(QPalette::AlternateBase, QColor(0x24, 0x28, 0x2e));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x30, 0x35, 0x3c));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x4a, 0xa3, 0xff));
        p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa8));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8e));
        return p;
    }

private slots:
    void initTestCase()
    {
        // Numbers as an Italian manager sees them.
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        m_dir = std::make_unique<testsupport::TestDataDir>();
        m_dir->writeDemo(8, 2, QDate(2025, 6, 30), 21);
        m_overview = widgets::CacheOverview::load(m_dir->path());
        QVERIFY(m_overview.hasData());
    }

    void rankingEqualsTheBaseRows()
    {
        RegionalPage page;
        page.resize(1280, 800);
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        page.selectRange(QDate(2025, 1, 1), QDate(2025, 6, 30));
        waitFor(page);
        const QList<std::int64_t> all = page.selectedSiteIds();
        QCOMPARE(all.size(), m_overview.sites.size());
        const auto expected = direct(all, QDate(2025, 1, 1), QDate(2025, 6, 30));
        std::int64_t total = 0;
        for (const auto& f : expected) {
            total += f.visitors;
        }
        const QAbstractItemModel* model = page.rankingView()->model();
        QCOMPARE(model->rowCount(), expected.size());
        const QLocale it;
        std::int64_t previous = std::numeric_limits<std::int64_t>::max();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString code = text(model, row, RegionalPage::CodeColumn);
            QVERIFY2(expected.contains(code), qPrintable(code));
            const SiteFigures& f = expected[code];
            QCOMPARE(text(model, row, RegionalPage::RankColumn), it.toString(row + 1));
            QCOMPARE(text(model, row, RegionalPage::VisitorsColumn), it.toString(f.visitors));
            QCOMPARE(text(model, row, RegionalPage::RevenueColumn),
                     core::Money::fromCents(f.revenueCents).toString(it));
            QCOMPARE(text(model, row, RegionalPage::LastYearColumn), it.toString(f.lastYear));
            QCOMPARE(text(model, row, RegionalPage::ChangeColumn),
                     QStringLiteral("%1%2 %").arg(
                         f.visitors > f.lastYear ? QStringLiteral("+") : QString(),
                         it.toString(double(f.visitors - f.lastYear) * 100.0 / double(f.lastYear), 'f', 1)));
            QCOMPARE(text(model, row, RegionalPage::ShareColumn),
                     QStringLiteral("%1 %").arg(it.toString(double(f.visitors) * 100.0 / double(total), 'f', 1)));
            // Ranked by visitors, most first.
            QVERIFY(f.visitors <= previous);
            previous = f.visitors;
            // The sparkline's values are the site's months.
            const auto series = model->index(row, RegionalPage::TrendColumn)
                                    .data(widgets::SparklineDelegate::SeriesRole)
                                    .value<QList<double>>();
            QCOMPARE(series.size(), 6);
            for (qsizetype m = 0; m < series.size(); ++m) {
                QCOMPARE(series[m], double(f.monthly[m]));
            }
        }
        screenshot(page, QStringLiteral("regional-ranking.png"));
    }

    void sortingByAnyColumn()
    {
        RegionalPage page;
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        page.selectRange(QDate(2025, 3, 1), QDate(2025, 5, 31));
        waitFor(page);
        const auto expected = direct(page.selectedSiteIds(), QDate(2025, 3, 1), QDate(2025, 5, 31));
        QTableView* view = page.rankingView();
        const QAbstractItemModel* model = view->model();

        // Revenue, least first: as the SQL orders it.
        view->horizontalHeader()->setSortIndicator(RegionalPage::RevenueColumn, Qt::AscendingOrder);
        QList<std::pair<std::int64_t, QString>> byRevenue;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            byRevenue.append({ it->revenueCents, it.key() });
        }
        std::sort(byRevenue.begin(), byRevenue.end());
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(text(model, row, RegionalPage::CodeColumn), byRevenue[row].second);
        }
        // Names, alphabetically (not as the text of a number would sort).
        view->horizontalHeader()->setSortIndicator(RegionalPage::NameColumn, Qt::AscendingOrder);
        for (int row = 1; row < model->rowCount(); ++row) {
            QVERIFY(QString::localeAwareCompare(text(model, row - 1, RegionalPage::NameColumn),
                                                text(model, row, RegionalPage::NameColumn))
                    <= 0);
        }
        // Change against last year, largest first: numerically, "+12,0 %" above "+9,5 %".
        view->horizontalHeader()->setSortIndicator(RegionalPage::ChangeColumn, Qt::DescendingOrder);
        double previous = std::numeric_limits<double>::infinity();
        for (int row = 0; row < model->rowCount(); ++row) {
            const SiteFigures& f = expected[text(model, row, RegionalPage::CodeColumn)];
            const double change = double(f.visitors - f.lastYear) / double(f.lastYear);
            QVERIFY(change <= previous);
            previous = change;
        }
    }

    void sparklinePointsFollowTheValues()
    {
        const QRectF area(10, 20, 100, 40);
        const auto points = widgets::SparklineDelegate::points({ 5, 15, 10 }, area);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0], QPointF(10, 60)); // the lowest at the bottom
        QCOMPARE(points[1], QPointF(60, 20)); // the highest at the top
        QCOMPARE(points[2], QPointF(110, 40));
        const auto flat = widgets::SparklineDelegate::points({ 7, 7 }, area);
        QCOMPARE(flat[0].y(), 40.0);
        QCOMPARE(flat[1].y(), 40.0);
        QVERIFY(widgets::SparklineDelegate::points({}, area).isEmpty());
    }

    void regionNarrowsTheRankingAndComparesSites()
    {
        RegionalPage page;
        page.resize(1280, 900);
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        const core::Site& first = m_overview.sites.first();
        page.selectRegion(first.regionId);
        page.selectRange(QDate(2025, 4, 1), QDate(2025, 6, 30));
        waitFor(page);
        QList<std::int64_t> inRegion;
        for (const core::Site& s : m_overview.sites) {
            if (s.regionId == first.regionId) {
                inRegion.append(s.id);
            }
        }
        QCOMPARE(page.selectedSiteIds(), inRegion);
        QCOMPARE(page.rankingView()->model()->rowCount(), inRegion.size());

        // Two sites of the whole ranking, side by side.
        page.selectRegion(0);
        waitFor(page);
        const auto expected = direct(page.selectedSiteIds(), QDate(2025, 4, 1), QDate(2025, 6, 30));
        const core::Site& a = m_overview.sites.at(0);
        const core::Site& b = m_overview.sites.at(1);
        page.compareSites({ a.id, b.id });
        QCOMPARE(page.comparedSites().size(), 2);
        const QAbstractItemModel* comparison = page.comparisonView()->model();
        QCOMPARE(comparison->columnCount(), 3);
        QCOMPARE(comparison->rowCount(), 7 + 3); // figures, trend, three months
        const QLocale it;
        for (int c = 1; c < 3; ++c) {
            const QString name = comparison->headerData(c, Qt::Horizontal).toString();
            const core::Site& site = name == a.name ? a : b;
            QCOMPARE(name, site.name);
            const SiteFigures& f = expected[site.code];
            QCOMPARE(text(comparison, 0, c), it.toString(f.visitors));
            QCOMPARE(text(comparison, 1, c), core::Money::fromCents(f.revenueCents).toString(it));
            QCOMPARE(text(comparison, 3, c), it.toString(f.lastYear));
            QCOMPARE(text(comparison, 7, c), it.toString(f.monthly[0]));
            QCOMPARE(text(comparison, 9, c), it.toString(f.monthly[2]));
        }
        QCOMPARE(text(comparison, 7, 0),
                 QStringLiteral("Visitors, %1").arg(it.toString(QDate(2025, 4, 1), QStringLiteral("MMM yyyy"))));
        // The comparison copies as it reads.
        const auto copied = widgets::TableClipboard::contents(page.comparisonView());
        QCOMPARE(copied.rows, 10);
        QVERIFY(copied.tsv.startsWith(QStringLiteral("Figure\t")));
        screenshot(page, QStringLiteral("regional-comparison.png"));
    }

    void drillsDownToASite()
    {
        RegionalPage page;
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        page.selectRange(QDate(2025, 6, 1), QDate(2025, 6, 30));
        waitFor(page);
        QSignalSpy drilled(&page, &RegionalPage::siteActivated);
        QTableView* view = page.rankingView();
        const QString code = text(view->model(), 2, RegionalPage::CodeColumn);
        emit view->activated(view->model()->index(2, RegionalPage::NameColumn));
        QCOMPARE(drilled.size(), 1);
        std::int64_t expected = 0;
        for (const core::Site& s : m_overview.sites) {
            if (s.code == code) {
                expected = s.id;
            }
        }
        QCOMPARE(drilled.first().at(0).value<std::int64_t>(), expected);
        QCOMPARE(drilled.first().at(1).toDate(), QDate(2025, 6, 1));
        QCOMPARE(drilled.first().at(2).toDate(), QDate(2025, 6, 30));
    }

    void mainWindowDrillsRegionSiteZoneAndBack()
    {
        widgets::MainWindow window(m_dir->path());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitFor([&window] { return window.isCacheLoaded(); }, 20000));
        window.showScreen(widgets::MainWindow::Screen::Regional);
        QCOMPARE(window.currentScreen(), widgets::MainWindow::Screen::Regional);
        RegionalPage* regional = window.regional();
        const core::Site& site = m_overview.sites.at(3);
        regional->selectRegion(site.regionId);
        regional->selectRange(QDate(2025, 6, 1), QDate(2025, 6, 30));
        waitFor(*regional);
        QTableView* view = regional->rankingView();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (text(view->model(), r, RegionalPage::CodeColumn) == site.code) {
                row = r;
            }
        }
        QVERIFY(row >= 0);
        // Enter on the site's row: its zones, over the same month.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, RegionalPage::NameColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(window.currentScreen(), widgets::MainWindow::Screen::Zones);
        widgets::ZonesPage* zones = window.zones();
        QCOMPARE(zones->selectedSite(), site.id);
        QCOMPARE(zones->selectedPeriod(), (core::Period{ QDate(2025, 6, 1), QDate(2025, 6, 30) }));
        QTRY_VERIFY_WITH_TIMEOUT(zones->isUpToDate() && zones->shownFigures().siteId == site.id, 20000);
        // The breadcrumb's region goes back to the ranking of that region.
        regional->selectRegion(0);
        emit zones->findChild<QLabel*>(QStringLiteral("zonesBreadcrumb"))
            ->linkActivated(QStringLiteral("region:%1").arg(site.regionId));
        QCOMPARE(window.currentScreen(), widgets::MainWindow::Screen::Regional);
        QCOMPARE(regional->selectedRegion(), site.regionId);
        // Ctrl+7 shows the alerts.
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentScreen(), widgets::MainWindow::Screen::Alerts);
    }

    void anEmptyPeriodSaysSo()
    {
        RegionalPage page;
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        page.selectRange(QDate(2025, 12, 1), QDate(2025, 12, 31)); // after the data
        waitFor(page);
        const auto* status = page.findChild<QLabel*>(QStringLiteral("regionalStatus"));
        QVERIFY(!status->isHidden());
        QVERIFY(status->text().contains(QStringLiteral("No visitors")));
    }
    // Beside the 200-pixel navigation of a 1280-pixel window, and readable in a dark palette.
    void fitsTheWindowInADarkPalette()
    {
        RegionalPage page;
        page.setPalette(darkPalette());
        page.resize(1080, 760);
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        page.selectRange(QDate(2025, 1, 1), QDate(2025, 6, 30));
        waitFor(page);
        page.compareSites({ m_overview.sites.at(0).id, m_overview.sites.at(2).id });
        QVERIFY2(page.minimumSizeHint().width() <= 1080, qPrintable(QString::number(page.minimumSizeHint().width())));
        const QImage image = page.grab().toImage();
        QVERIFY(!image.isNull());
        // The dark base shows: the page is not painted in light colours regardless.
        QVERIFY(image.pixelColor(image.width() / 2, image.height() - 20).lightness() < 128);
        const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(dir + QStringLiteral("/regionalpage-dark.png")));
        }
    }
};

QTEST_MAIN(TestRegionalPage)
#include "testregionalpage.moc"
