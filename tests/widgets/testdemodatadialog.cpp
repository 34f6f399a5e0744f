// Demo data built off the GUI thread, with progress, and cancellable.
#include "tests/testsupport/testdatadir.h"

#include "core/cache.h"
#include "core/database.h"
#include "widgets/demodatadialog.h"

#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

class TestDemoDataDialog : public QObject
{
    Q_OBJECT

private slots:
    void writesTheCacheAndShowsProgress();
    void cancelLeavesNoCache();
};

void TestDemoDataDialog::writesTheCacheAndShowsProgress()
{
    testsupport::TestDataDir dir;
    core::DemoGenerator::Options options;
    options.sites = 3;
    options.years = 0;
    options.until = QDate(2025, 3, 31);
    widgets::DemoDataDialog dialog(dir.path(), options);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.show();
    dialog.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(dialog.succeeded(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto* bar = dialog.findChild<QProgressBar*>();
    QCOMPARE(bar->maximum(), 3);
    QCOMPARE(bar->value(), 3);

    core::Database db = core::Cache::openReader(dir.path());
    QCOMPARE(db.scalar("SELECT COUNT(*) FROM sites"), 3);
    QCOMPARE(QDate::fromJulianDay(db.scalar("SELECT MAX(day) FROM sales_daily")) <= QDate(2025, 3, 31), true);
    QVERIFY(db.scalar("SELECT COUNT(*) FROM sales_hourly") > 0);
}

void TestDemoDataDialog::cancelLeavesNoCache()
{
    testsupport::TestDataDir dir;
    core::DemoGenerator::Options options;
    options.sites = 6;
    options.years = 1;
    options.until = QDate(2025, 3, 31);
    widgets::DemoDataDialog dialog(dir.path(), options);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.show();
    dialog.start();
    dialog.reject(); // what Cancel and Escape do
    QVERIFY(dialog.isVisible()); // it waits for the worker to stop
    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.succeeded());
    QVERIFY(!core::Cache::exists(dir.path()));
}

QTEST_MAIN(TestDemoDataDialog)
#include "testdemodatadialog.moc"
