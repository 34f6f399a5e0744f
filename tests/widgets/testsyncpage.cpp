#include "widgets/syncpage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using widgets::HubConnection;
using widgets::SyncPage;

class TestSyncPage : public QObject
{
    Q_OBJECT

private:
    static QLineEdit* edit(SyncPage& page, const char* name) { return page.findChild<QLineEdit*>(QLatin1String(name)); }
    static QString label(SyncPage& page, const char* name)
    {
        return page.findChild<QLabel*>(QLatin1String(name))->text();
    }

private slots:
    void asksForWhatIsMissing()
    {
        SyncPage page;
        QSignalSpy requested(&page, &SyncPage::syncRequested);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("syncNow")), Qt::LeftButton);
        QCOMPARE(requested.count(), 0);
        QVERIFY(label(page, "syncResult").contains(QStringLiteral("password")));
        page.setConnection({ QStringLiteral("http://hub.example.it"), QStringLiteral("director"), QString() });
        edit(page, "hubPassword")->setText(QStringLiteral("secret"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("syncNow")), Qt::LeftButton);
        QCOMPARE(requested.count(), 0); // plain http to a remote hub is refused
        QVERIFY(label(page, "syncResult").contains(QStringLiteral("https://")));
    }

    void emitsTheConnectionAndPassword()
    {
        SyncPage page;
        QSignalSpy requested(&page, &SyncPage::syncRequested);
        page.setConnection({ QStringLiteral("https://hub.example.it:8443"), QStringLiteral("director"),
                             QStringLiteral("/etc/ca.pem") });
        edit(page, "hubPassword")->setText(QStringLiteral("secret"));
        QTest::keyClick(edit(page, "hubPassword"), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        const auto connection = requested.first().at(0).value<HubConnection>();
        QCOMPARE(connection.url, QStringLiteral("https://hub.example.it:8443"));
        QCOMPARE(connection.user, QStringLiteral("director"));
        QCOMPARE(connection.caFile, QStringLiteral("/etc/ca.pem"));
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("secret"));
    }

    void showsProgressAndLocksTheFormWhileRunning()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        SyncPage page;
        QSignalSpy cancel(&page, &SyncPage::cancelRequested);
        page.setRunning(true);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("syncNow"))->isEnabled());
        QVERIFY(edit(page, "hubUrl")->isReadOnly());
        page.showProgress(12345, 3 * 1024 * 1024, 0.25, 30.4);
        QCOMPARE(page.findChild<QProgressBar*>(QStringLiteral("syncProgress"))->value(), 250);
        QCOMPARE(label(page, "syncProgressText"), QStringLiteral("12,345 rows · 3.00 MiB · about 30 s left"));
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("cancelSync")), Qt::LeftButton);
        QCOMPARE(cancel.count(), 1);
        page.setRunning(false);
        page.showResult(false, QStringLiteral("The hub did not accept the user name or password."));
        QCOMPARE(label(page, "syncResult"), QStringLiteral("The hub did not accept the user name or password."));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("syncNow"))->isEnabled());
        page.setLastSync(QDateTime(QDate(2026, 7, 1), QTime(8, 30), QTimeZone::utc()));
        QVERIFY2(label(page, "lastSync").contains(QStringLiteral("10:30")), qPrintable(label(page, "lastSync")));
    }

    void noKeychainMeansNoRememberedPassword()
    {
        SyncPage page;
        page.setKeychainAvailable(false);
        QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->isEnabled());
        QVERIFY(!page.rememberPassword());
        page.setKeychainAvailable(true);
        page.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->setChecked(true);
        QVERIFY(page.rememberPassword());
    }
};

QTEST_MAIN(TestSyncPage)
#include "testsyncpage.moc"
