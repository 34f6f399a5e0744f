// GUI smoke test: the main window on a demo cache shows the figures a direct
// SQL sum over the hourly sales gives, and the states without usable data.
#include "tests/testsupport/testdatadir.h"
#include "tests/widgets/directsums.h"

#include "core/cacheschema.h"
#include "core/money.h"
#include "widgets/charts/trendchart.h"
#include "widgets/dashboardpage.h"
#include "widgets/kpitile.h"
#include "widgets/mainwindow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTest>

using testsupport::directSums;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dashboardShowsDirectSums();
    void siteAndCustomRangeShowDirectSums();
    void windowRendersToPng();
    void settingsShowTheCache();
    void noCacheShowsEmptyState();
    void damagedCacheIsRebuiltAndReported();

private:
    // Waits until the window has read the cache and the dashboard shows the current selection.
    static bool waitForDashboard(widgets::MainWindow& window);
    static QString labelText(const QWidget& root, const QString& name);
    void verifyShownFigures(widgets::MainWindow& window, const QList<std::int64_t>& sites, const QDate& from,
                            const QDate& to);

    testsupport::TestDataDir m_demo;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_demo.isValid());
    const auto summary = m_demo.writeDemo();
    QVERIFY(summary.salesRows > 0);
}

bool TestMainWindow::waitForDashboard(widgets::MainWindow& window)
{
    if (!QTest::qWaitFor([&window] { return window.isCacheLoaded(); }, 20000)) {
        return false;
    }
    return QTest::qWaitFor([&window] { return window.dashboard()->isUpToDate(); }, 20000);
}

QString TestMainWindow::labelText(const QWidget& root, const QString& name)
{
    const auto* label = root.findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

void TestMainWindow::verifyShownFigures(widgets::MainWindow& window, const QList<std::int64_t>& sites,
                                        const QDate& from, const QDate& to)
{
    const auto sums = directSums(window.dataDir(), sites, from, to);
    QVERIFY(sums.visitors > 0);
    QVERIFY(sums.paying > 0);
    const QLocale locale;
    QCOMPARE(labelText(window, QStringLiteral("visitorsValue")), locale.toString(sums.visitors));
    QCOMPARE(labelText(window, QStringLiteral("visitorsValueDetail")),
             widgets::DashboardPage::tr("%1 paying · %2 free")
                 .arg(locale.toString(sums.paying), locale.toString(sums.free)));
    QCOMPARE(labelText(window, QStringLiteral("revenueValue")),
             core::Money::fromCents(sums.revenueCents).toString(locale));
    QCOMPARE(labelText(window, QStringLiteral("revenuePerVisitorValue")),
             core::Money::fromCents(sums.revenueCents).dividedBy(sums.paying).toString(locale));
    QCOMPARE(labelText(window, QStringLiteral("ticketsValue")), locale.toString(sums.tickets));
    // Compared with the same stretch 52 weeks earlier (weekdays aligned), from the hourly rows too.
    const auto before = directSums(window.dataDir(), sites, from.addDays(-364), to.addDays(-364));
    const QString comparison = labelText(window, QStringLiteral("visitorsValueComparison"));
    if (before.visitors == 0) {
        QCOMPARE(comparison, widgets::KpiTile::tr("No figures for the same period last year"));
    } else {
        const double change = double(sums.visitors - before.visitors) / double(before.visitors);
        const QString percent = locale.toString(std::abs(change) * 100.0, 'f', 1);
        QCOMPARE(comparison,
                 change >= 0 ? widgets::KpiTile::tr("▲ +%1 % on the same period last year").arg(percent)
                             : widgets::KpiTile::tr("▼ −%1 % on the same period last year").arg(percent));
    }

    // The trend: one point per day of the range, each equal to that day's hourly sum.
    const auto* chart = window.findChild<widgets::TrendChart*>(QStringLiteral("visitorTrend"));
    QVERIFY(chart);
    const QList<QDate> days = chart->days();
    QCOMPARE(days.size(), from.daysTo(to) + 1);
    QCOMPARE(days.first(), from);
    QCOMPARE(days.last(), to);
    QVERIFY(!chart->lines().isEmpty());
    const QList<double> values = chart->lines().first().values;
    QCOMPARE(values.size(), days.size());
    for (qsizetype i = 0; i < days.size(); ++i) {
        QCOMPARE(static_cast<std::int64_t>(values.at(i)), sums.visitorsByDay.value(days.at(i), 0));
    }
}

void TestMainWindow::dashboardShowsDirectSums()
{
    widgets::MainWindow window(m_demo.path());
    window.show();
    QVERIFY(waitForDashboard(window));
    QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(), window.dashboard());

    // Default: all sites, the last 30 days up to the last day with data (not today).
    const QDate last = testsupport::lastSalesDay(m_demo.path());
    const QDate first = last.addDays(-29);
    const auto* fromEdit = window.findChild<QDateEdit*>(QStringLiteral("fromDate"));
    const auto* toEdit = window.findChild<QDateEdit*>(QStringLiteral("toDate"));
    QCOMPARE(fromEdit->date(), first);
    QCOMPARE(toEdit->date(), last);
    const auto* siteCombo = window.findChild<QComboBox*>(QStringLiteral("siteCombo"));
    const QList<std::int64_t> sites = testsupport::allSiteIds(m_demo.path());
    QCOMPARE(siteCombo->count(), sites.size() + 1); // "All sites" and each site
    QCOMPARE(siteCombo->currentIndex(), 0);
    verifyShownFigures(window, sites, first, last);
}

void TestMainWindow::siteAndCustomRangeShowDirectSums()
{
    widgets::MainWindow window(m_demo.path());
    window.show();
    QVERIFY(waitForDashboard(window));

    const QList<std::int64_t> sites = testsupport::allSiteIds(m_demo.path());
    QVERIFY(sites.size() >= 2);
    const std::int64_t site = sites.at(1);
    auto* siteCombo = window.findChild<QComboBox*>(QStringLiteral("siteCombo"));
    siteCombo->setCurrentIndex(siteCombo->findData(QVariant::fromValue<qint64>(site)));
    // March 2025 has the spring-forward Sunday (a 23-hour local day).
    const QDate from(2025, 3, 1);
    const QDate to(2025, 3, 31);
    window.findChild<QDateEdit*>(QStringLiteral("fromDate"))->setDate(from);
    window.findChild<QDateEdit*>(QStringLiteral("toDate"))->setDate(to);
    const auto* period = window.findChild<QComboBox*>(QStringLiteral("periodCombo"));
    QCOMPARE(period->currentData().toInt(), static_cast<int>(widgets::ReportingPeriod::Preset::Custom));

    QVERIFY(QTest::qWaitFor([&window] { return window.dashboard()->isUpToDate(); }, 20000));
    QCOMPARE(window.dashboard()->shownFigures().siteIds, QList<std::int64_t>{ site });
    verifyShownFigures(window, { site }, from, to);

    // The single site's figures differ from all sites' over the same range.
    const auto everyone = directSums(m_demo.path(), sites, from, to);
    QVERIFY(everyone.visitors > window.dashboard()->shownFigures().totals.visitors);
}

void TestMainWindow::windowRendersToPng()
{
    widgets::MainWindow window(m_demo.path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(waitForDashboard(window));

    const QString file = QDir(m_demo.path()).filePath(QStringLiteral("mainwindow.png"));
    QVERIFY(window.grab().save(file, "PNG"));
    QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 1, "the rendered window is a single colour");
}

void TestMainWindow::settingsShowTheCache()
{
    widgets::MainWindow window(m_demo.path());
    window.show();
    QVERIFY(waitForDashboard(window));
    window.showScreen(widgets::MainWindow::Screen::Settings);
    QCOMPARE(window.currentScreen(), widgets::MainWindow::Screen::Settings);
    // The navigation follows, wherever Settings is in its list.
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("navigation"))->currentItem()->text(),
             QStringLiteral("Settings"));

    QCOMPARE(labelText(window, QStringLiteral("dataDirValue")), m_demo.path());
    QCOMPARE(labelText(window, QStringLiteral("cacheFileValue")), core::Cache::pathIn(m_demo.path()));
    QVERIFY(labelText(window, QStringLiteral("schemaVersionValue"))
                .startsWith(QString::number(core::CacheSchema::CurrentVersion)));
    const QLocale locale;
    // writeDemo's defaults: one full year before 2025, up to 30 June 2025.
    const QString period = labelText(window, QStringLiteral("dataPeriodValue"));
    const QString format = QStringLiteral("d MMMM yyyy");
    QVERIFY2(period.contains(locale.toString(QDate(2024, 1, 1), format)), qPrintable(period));
    QVERIFY2(period.contains(locale.toString(QDate(2025, 6, 30), format)), qPrintable(period));
    QCOMPARE(labelText(window, QStringLiteral("siteCountValue")), locale.toString(4));
}

void TestMainWindow::noCacheShowsEmptyState()
{
    testsupport::TestDataDir empty;
    widgets::MainWindow window(empty.path());
    window.show();
    QVERIFY(QTest::qWaitFor([&window] { return window.isCacheLoaded(); }, 20000));

    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* emptyState = window.findChild<QWidget*>(QStringLiteral("emptyState"));
    QCOMPARE(pages->currentWidget(), emptyState);
    QVERIFY(emptyState->isVisible());
    const auto* text = window.findChild<QLabel*>(QStringLiteral("emptyStateText"));
    QVERIFY(text->isVisible());
    QVERIFY2(text->text().contains(QLatin1String("--demo")), qPrintable(text->text()));
    QVERIFY2(text->text().contains(QLatin1String("cruscotto-cli demo")), qPrintable(text->text()));
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("createDemoButton"))->isVisible());
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("cacheBanner"))->isVisible());
    // Looking is not creating: `cruscotto-cli demo` must not find an empty cache in its way.
    QVERIFY(!core::Cache::exists(empty.path()));
    // The dashboard never ran a query against the missing cache.
    QVERIFY(!window.dashboard()->isUpToDate());
    // First run: the other way in is a hub; the button leads to the Sync screen.
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("connectHubButton")), Qt::LeftButton);
    QCOMPARE(window.currentScreen(), widgets::MainWindow::Screen::Sync);
}

void TestMainWindow::damagedCacheIsRebuiltAndReported()
{
    testsupport::TestDataDir dir;
    {
        QFile file(core::Cache::pathIn(dir.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage(64 * 1024, '\0');
        for (qsizetype i = 0; i < garbage.size(); ++i) {
            garbage[i] = static_cast<char>((i * 7919 + 13) % 251);
        }
        QVERIFY(file.write(garbage) == garbage.size());
    }
    widgets::MainWindow window(dir.path());
    window.show();
    QVERIFY(QTest::qWaitFor([&window] { return window.isCacheLoaded(); }, 20000));

    QVERIFY(window.overview().report.movedAside);
    const auto* banner = window.findChild<QWidget*>(QStringLiteral("cacheBanner"));
    QVERIFY(banner->isVisible());
    const QString message = labelText(window, QStringLiteral("cacheBannerText"));
    QCOMPARE(message, window.overview().report.userMessage());
    QVERIFY(message.contains(window.overview().report.movedAsideTo));

    // The damaged file is kept aside and a fresh, current cache took its place.
    QVERIFY(QFile::exists(window.overview().report.movedAsideTo));
    QCOMPARE(QFileInfo(window.overview().report.movedAsideTo).size(), 64 * 1024);
    core::Database db = core::Cache::openReader(dir.path());
    QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
    QCOMPARE(db.userVersion(), core::CacheSchema::CurrentVersion);
    // The new cache has no figures: the empty state says how to fill it, with --force now.
    QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget(),
             window.findChild<QWidget*>(QStringLiteral("emptyState")));
    QVERIFY(labelText(window, QStringLiteral("emptyStateText")).contains(QLatin1String("--force")));
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
