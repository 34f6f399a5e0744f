#include "core/cache.h"
#include "core/database.h"
#include "core/rometime.h"
#include "core/transactionmonitor.h"
#include "tests/testsupport/testdatadir.h"
#include "widgets/alertspage.h"
#include "widgets/cacheoverview.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <memory>

using widgets::AlertsPage;

class TestAlertsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TestDataDir> m_dir;
    widgets::CacheOverview m_overview;
    const QDate m_from{ 2025, 1, 1 };
    const QDate m_to{ 2025, 6, 30 };

    QList<std::int64_t> directIds(const QString& where) const
    {
        core::Database db = core::Cache::openReader(m_dir->path());
        core::Statement stmt = db.prepare(QStringLiteral("SELECT id FROM alerts WHERE raised_utc >= %1 AND "
                                                         "raised_utc < %2 %3 ORDER BY raised_utc DESC, id DESC")
                                              .arg(core::RomeTime::startOfDay(m_from))
                                              .arg(core::RomeTime::startOfDay(m_to.addDays(1)))
                                              .arg(where));
        QList<std::int64_t> ids;
        while (stmt.step()) {
            ids.append(stmt.int64(0));
        }
        return ids;
    }

    static QList<std::int64_t> shownIds(const AlertsPage& page)
    {
        const QAbstractItemModel* model = page.alertView()->model();
        QList<std::int64_t> ids;
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.append(model->index(row, 0).data(AlertsPage::AlertIdRole).toLongLong());
        }
        return ids;
    }

    std::unique_ptr<AlertsPage> openPage() const
    {
        auto page = std::make_unique<AlertsPage>();
        page->resize(1300, 800);
        page->setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        page->selectRange(m_from, m_to);
        const bool upToDate = QTest::qWaitFor([&page] { return page->isUpToDate(); }, 20000);
        Q_UNUSED(upToDate) // each test checks it
        return page;
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
        m_dir = std::make_unique<testsupport::TestDataDir>();
        m_dir->writeDemo(4, 1, QDate(2025, 6, 30), 9);
        // Transaction alerts as the monitor records them, beside the demo's capacity and climate ones.
        core::Database db = core::Cache::openWriter(m_dir->path());
        core::TransactionMonitor monitor(db);
        monitor.record(monitor.scanCache({ m_from, m_to }));
        m_overview = widgets::CacheOverview::load(m_dir->path());
        QVERIFY(m_overview.hasData());
        QVERIFY(directIds(QStringLiteral("AND kind = 'climate'")).size() > 0);
        QVERIFY(directIds(QStringLiteral("AND kind = 'capacity'")).size() > 0);
    }

    void newestFirstAsTheCacheHoldsThem()
    {
        const auto page = openPage();
        QVERIFY(page->isUpToDate());
        QCOMPARE(shownIds(*page), directIds(QString()));
        const QAbstractItemModel* model = page->alertView()->model();
        QVERIFY(model->rowCount() > 0);
        // The first alert's explanation is shown.
        core::Database db = core::Cache::openReader(m_dir->path());
        core::Statement detail = db.prepare("SELECT title, detail FROM alerts WHERE id = ?1");
        detail.bind(1, shownIds(*page).first());
        QVERIFY(detail.step());
        QCOMPARE(page->selectedAlert(), shownIds(*page).first());
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("alertTitle"))->text(), detail.text(0));
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("alertExplanation"))->text(), detail.text(1));
        QCOMPARE(model->index(0, AlertsPage::TitleColumn).data().toString(), detail.text(0));
    }

    void filtersByKindSeverityAndSite()
    {
        const auto page = openPage();
        QVERIFY(page->isUpToDate());
        page->selectKind(QStringLiteral("climate"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isUpToDate(), 20000);
        QCOMPARE(shownIds(*page), directIds(QStringLiteral("AND kind = 'climate'")));
        page->selectSeverity(QStringLiteral("critical"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isUpToDate(), 20000);
        QCOMPARE(shownIds(*page), directIds(QStringLiteral("AND kind = 'climate' AND severity = 'critical'")));
        page->selectKind(QString());
        page->selectSeverity(QString());
        const std::int64_t site = m_overview.sites.at(1).id;
        page->selectSite(site);
        QTRY_VERIFY_WITH_TIMEOUT(page->isUpToDate(), 20000);
        QCOMPARE(shownIds(*page), directIds(QStringLiteral("AND site_id = %1").arg(site)));
        page->selectSite(0);
        page->selectKind(QStringLiteral("transaction"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isUpToDate(), 20000);
        QCOMPARE(shownIds(*page), directIds(QStringLiteral("AND kind = 'transaction'")));
    }

    void acknowledgementIsStoredWithItsComment()
    {
        const auto page = openPage();
        QVERIFY(page->isUpToDate());
        const std::int64_t id = directIds(QStringLiteral("AND acknowledged_utc IS NULL AND kind = 'capacity'")).first();
        page->selectAlert(id);
        QCOMPARE(page->selectedAlert(), id);
        auto* button = page->findChild<QPushButton*>(QStringLiteral("acknowledgeButton"));
        QVERIFY(!button->isEnabled()); // no comment yet
        page->setComment(QStringLiteral("  Second guide sent to the room; school group split in two.  "));
        QVERIFY(button->isEnabled());
        QSignalSpy done(page.get(), &AlertsPage::acknowledged);
        QSignalSpy refreshed(page.get(), &AlertsPage::refreshed);
        const std::int64_t before = QDateTime::currentSecsSinceEpoch();
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        const std::int64_t after = QDateTime::currentSecsSinceEpoch();

        core::Database db = core::Cache::openReader(m_dir->path());
        core::Statement stored = db.prepare("SELECT acknowledged_utc, ack_comment FROM alerts WHERE id = ?1");
        stored.bind(1, id);
        QVERIFY(stored.step());
        QVERIFY(stored.int64(0) >= before && stored.int64(0) <= after);
        QCOMPARE(stored.text(1), QStringLiteral("Second guide sent to the room; school group split in two."));

        // Still listed, greyed, with when and what was said.
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && page->isUpToDate(), 20000);
        QCOMPARE(page->selectedAlert(), id);
        const QAbstractItemModel* model = page->alertView()->model();
        const int row = int(shownIds(*page).indexOf(id));
        QCOMPARE(model->index(row, AlertsPage::TitleColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 page->alertView()->palette().color(QPalette::Disabled, QPalette::Text));
        // When, in Rome time to the minute (the test runs in English: a British short date).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page->isUpToDate(), 20000);
        QCOMPARE(model->index(row, AlertsPage::StatusColumn).data().toString(),
                 QDateTime::fromSecsSinceEpoch(stored.int64(0), QTimeZone("Europe/Rome"))
                     .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        QLocale::setDefault(QLocale::system());
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("ackState"))
                    ->text()
                    .contains(QStringLiteral("Second guide sent to the room")));
        QVERIFY(!button->isEnabled());
        QVERIFY(button->isHidden()); // nothing more to write once acknowledged

        // Hiding acknowledged alerts hides it.
        page->setShowAcknowledged(false);
        QTRY_VERIFY_WITH_TIMEOUT(page->isUpToDate(), 20000);
        QVERIFY(!shownIds(*page).contains(id));
        QCOMPARE(shownIds(*page), directIds(QStringLiteral("AND acknowledged_utc IS NULL")));
    }

    void acknowledgementWithoutACommentIsRefused()
    {
        const auto page = openPage();
        QVERIFY(page->isUpToDate());
        const std::int64_t id = directIds(QStringLiteral("AND acknowledged_utc IS NULL")).first();
        page->selectAlert(id);
        page->setComment(QStringLiteral("   \n  "));
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("acknowledgeButton"))->isEnabled());
        QSignalSpy done(page.get(), &AlertsPage::acknowledged);
        page->acknowledgeSelected();
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().at(0).toBool());
        QCOMPARE(done.first().at(1).toString(),
                 QStringLiteral("Write a comment first: an alert is acknowledged with a comment."));
        // No cache there: a clear error, and no empty cache made in its place.
        const QString missing = m_dir->file(QStringLiteral("nowhere"));
        QVERIFY(AlertsPage::acknowledge(missing, id, QStringLiteral("Checked."), 1)
                    .startsWith(QStringLiteral("The acknowledgement could not be saved: ")));
        QVERIFY(!QFile::exists(core::Cache::pathIn(missing)));
        // The core refuses it too, whoever calls it.
        QVERIFY(!AlertsPage::acknowledge(m_dir->path(), id, QStringLiteral(" "), 1).isEmpty());
        core::Database db = core::Cache::openReader(m_dir->path());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE id = %1 AND acknowledged_utc IS NULL")
                               .arg(id)
                               .toUtf8()
                               .constData()),
                 1);
    }

    void renders()
    {
        const auto page = openPage();
        QVERIFY(page->isUpToDate());
        const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(page->grab().save(dir + QStringLiteral("/alerts.png")));
        }
        QVERIFY(!page->grab().toImage().isNull());
    }
    // Beside the 200-pixel navigation of a 1280-pixel window, and readable in a dark palette.
    void fitsTheWindowInADarkPalette()
    {
        AlertsPage page;
        page.setPalette(darkPalette());
        page.resize(1080, 760);
        page.setCache(m_dir->path(), m_overview.sites, m_overview.firstSalesDay, m_overview.lastSalesDay);
        page.selectRange(m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(page.isUpToDate(), 20000);
        QVERIFY2(page.minimumSizeHint().width() <= 1080, qPrintable(QString::number(page.minimumSizeHint().width())));
        const QImage image = page.grab().toImage();
        QVERIFY(!image.isNull());
        // The dark base shows: the page is not painted in light colours regardless.
        QVERIFY(image.pixelColor(image.width() / 2, image.height() - 20).lightness() < 128);
        const QString dir = qEnvironmentVariable("CRUSCOTTO_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(dir + QStringLiteral("/alertspage-dark.png")));
        }
    }
};

QTEST_MAIN(TestAlertsPage)
#include "testalertspage.moc"
