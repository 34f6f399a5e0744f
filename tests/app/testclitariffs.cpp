// cruscotto-cli tariffs against a real hub on 127.0.0.1, as a director's script would run it.
#include "core/rometime.h"
#include "tests/sync/hubprocess.h"
#include "tests/testsupport/testdatadir.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

namespace {
using Run = testsupport::AppRun;

Run cli(const QStringList& arguments)
{
    return testsupport::runApp(QStringLiteral("cruscotto-cli"), arguments);
}
} // namespace

class TestCliTariffs : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_hubDir;
    testsupport::TestDataDir m_files;
    synctest::HubProcess m_hub;

    QString file(const QString& name, const QByteArray& content)
    {
        QFile f(m_files.file(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    QStringList args(const char* user, const QString& site, const QStringList& action)
    {
        return QStringList{ QStringLiteral("tariffs"),
                            QStringLiteral("--hub"),
                            QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()),
                            QStringLiteral("--user"),
                            QLatin1String(user),
                            QStringLiteral("--password-file"),
                            file(QStringLiteral("password"), "demo\n"),
                            QStringLiteral("--site"),
                            site }
        + action;
    }

private slots:
    void initTestCase()
    {
        synctest::HubProcess::seed(m_hubDir.path(), 4, QDate(2025, 1, 15));
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
    }

    void setShowAndRefuse()
    {
        const QString site = QStringLiteral("BAS-MUS-02");
        const Run before = cli(args("director", site, { QStringLiteral("--show") }));
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QVERIFY(before.out.contains(QLatin1String("product\tINT\t")));

        // The site's products with a new full price and a guided tour; every other product kept.
        QStringList products;
        for (const QString& line : before.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.at(0) != QLatin1String("product")) {
                continue;
            }
            QStringList admits;
            for (const QString& code : f.at(8).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                admits.append(QStringLiteral("\"%1\"").arg(code));
            }
            products.append(QStringLiteral(R"({"code":"%1","name":"%2","category":"%3","free_reason":"%4",)"
                                           R"("price_cents":%5,"kind":"%6","position":%7,"admits":[%8]})")
                                .arg(f.at(1), f.at(2), f.at(3), f.at(4),
                                     f.at(1) == QLatin1String("INT") ? QStringLiteral("1500") : f.at(5), f.at(6),
                                     f.at(7), admits.join(QLatin1Char(','))));
        }
        products.append(QStringLiteral(
            R"({"code":"GUIDA","name":"Visita guidata","category":"full","price_cents":600,"kind":"addon","position":40})"));
        const QString set = file(QStringLiteral("tariffs.json"),
                                 QStringLiteral(R"({"products":[%1],"nominative_tickets":true})")
                                     .arg(products.join(QLatin1Char(',')))
                                     .toUtf8());
        const Run stored = cli(args("director", site, { QStringLiteral("--set"), set }));
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        const Run after = cli(args("director", site, { QStringLiteral("--show") }));
        QCOMPARE(after.exitCode, 0);
        QVERIFY(after.out.contains(QLatin1String("product\tINT\tBiglietto intero\tfull\t\t1500\tadmission\t")));
        QVERIFY(after.out.contains(QLatin1String("product\tGUIDA\tVisita guidata\tfull\t\t600\taddon\t40\t")));
        QVERIFY(after.out.contains(QLatin1String("nominative_tickets\ttrue")));

        // Free days and slots.
        const QDate day = core::RomeTime::localDate(QDateTime::currentSecsSinceEpoch()).addDays(20);
        const QString days
            = file(QStringLiteral("days.json"),
                   QStringLiteral(R"({"days":[{"day":"%1","note":"Festa"}]})").arg(day.toString(Qt::ISODate)).toUtf8());
        QCOMPARE(cli(args("director", site, { QStringLiteral("--free-days"), days })).exitCode, 0);
        const QString slotsFile = file(QStringLiteral("slots.json"),
                                       R"({"slot_minutes":30,"slot_capacity":25,"counter_pct":40,"online_pct":40,)"
                                       R"("kiosk_pct":0,"b2b_pct":20})");
        QCOMPARE(cli(args("director", site, { QStringLiteral("--slots"), slotsFile })).exitCode, 0);
        const Run shown = cli(args("director", site, { QStringLiteral("--show") }));
        QVERIFY(shown.out.contains(QStringLiteral("free_day\t%1\tFesta").arg(day.toString(Qt::ISODate))));
        QVERIFY(shown.out.contains(QLatin1String("slots\t30\t25\t40\t40\t0\t20")));

        // Refused content: exit 7 with the hub's per-field messages.
        const QString bad
            = file(QStringLiteral("bad.json"),
                   R"({"products":[{"code":"INT","name":"Intero","category":"free","price_cents":100}]})");
        const Run refused = cli(args("director", site, { QStringLiteral("--set"), bad }));
        QCOMPARE(refused.exitCode, 7);
        QVERIFY2(refused.err.contains(QLatin1String("products[0].free_reason: ")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("products[0].price_cents: ")));
        const QString sum = file(QStringLiteral("sum.json"),
                                 R"({"slot_minutes":30,"slot_capacity":25,"counter_pct":40,"online_pct":40,)"
                                 R"("kiosk_pct":0,"b2b_pct":10})");
        QCOMPARE(cli(args("director", site, { QStringLiteral("--slots"), sum })).exitCode, 7);

        // Permission, sign-in, arguments, an absent hub.
        QCOMPARE(cli(args("clerk", QStringLiteral("BAS-MUS-01"), { QStringLiteral("--slots"), slotsFile })).exitCode,
                 5);
        QCOMPARE(cli(args("director", QStringLiteral("BAS-MUS-04"), { QStringLiteral("--slots"), slotsFile })).exitCode,
                 5);
        QCOMPARE(cli(args("director", QStringLiteral("BAS-MUS-04"), { QStringLiteral("--show") })).exitCode, 5);
        QStringList wrong = args("director", site, { QStringLiteral("--show") });
        wrong[wrong.indexOf(QStringLiteral("--password-file")) + 1] = file(QStringLiteral("wrong"), "nope\n");
        QCOMPARE(cli(wrong).exitCode, 5);
        QCOMPARE(cli(args("director", site, {})).exitCode, 2);
        QCOMPARE(
            cli(args("director", site, { QStringLiteral("--show"), QStringLiteral("--slots"), slotsFile })).exitCode,
            2);
        QCOMPARE(
            cli(args("director", site, { QStringLiteral("--set"), file(QStringLiteral("x"), "not json") })).exitCode,
            2);
        QStringList absent = args("director", site, { QStringLiteral("--show") });
        absent[absent.indexOf(QStringLiteral("--hub")) + 1] = QStringLiteral("http://127.0.0.1:1");
        QCOMPARE(cli(absent).exitCode, 3);
    }

    void cleanupTestCase() { QCOMPARE(m_hub.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestCliTariffs)
#include "testclitariffs.moc"
