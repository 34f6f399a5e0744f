// cruscotto-cli ingest-sensors against a real hub: a cut of the real UCI occupancy
// log (tests/app/data/uci-occupancy-cut.txt: datatest.txt's header, its lines 2-61
// and 181-270, so 14:19-15:17 and 17:18-18:47 with the 16:00 hour missing) replayed
// into a zone, bucketed by hour, idempotent, and the exit codes scripts rely on.
#include "core/database.h"
#include "sync/hubstore.h"
#include "tests/sync/hubprocess.h"
#include "tests/testsupport/testdatadir.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <map>

namespace {
using Run = testsupport::AppRun;

Run cli(const QStringList& arguments)
{
    return testsupport::runApp(QStringLiteral("cruscotto-cli"), arguments);
}

// What one hour of the log should become on the hub: the mean of its minutes.
struct HourMeans
{
    int minutes = 0;
    double sums[5] = {}; // temperature, humidity, light, CO2, occupancy
    double mean(int i) const { return sums[i] / minutes; }
};

// The cut, read here independently of the gateway's parser: local times moved
// from 2015-02-02 to `day`, in `zone`, grouped by UTC hour.
std::map<std::int64_t, HourMeans> expectedHours(const QString& path, const QDate& day, const QTimeZone& zone)
{
    std::map<std::int64_t, HourMeans> hours;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return hours;
    }
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QStringList f = line.split(QLatin1Char(','));
        const QString stamp = f.at(0).mid(1, 19); // "2015-02-02 14:19:00"
        const QDate date = QDate::fromString(stamp.left(10), Qt::ISODate).addDays(QDate(2015, 2, 2).daysTo(day));
        const std::int64_t at = QDateTime(date, QTime::fromString(stamp.mid(11), Qt::ISODate), zone).toSecsSinceEpoch();
        HourMeans& h = hours[at - at % 3600];
        ++h.minutes;
        h.sums[0] += f.at(1).toDouble();
        h.sums[1] += f.at(2).toDouble();
        h.sums[2] += f.at(3).toDouble();
        h.sums[3] += f.at(4).toDouble();
        h.sums[4] += f.at(6).toDouble();
    }
    return hours;
}
} // namespace

class TestCliIngestSensors : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_hubDir;
    testsupport::TestDataDir m_files;
    synctest::HubProcess m_hub;
    QStringList m_zones; // of BAS-MUS-01
    const QDate m_day = QDate(2025, 1, 10); // within the demo's data, so its hours are replaced, not added to

    QString file(const QString& name, const QByteArray& content)
    {
        QFile f(m_files.file(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_hub.port()); }
    QString cut() const { return testsupport::sourcePath(QStringLiteral("tests/app/data/uci-occupancy-cut.txt")); }
    core::Database hubDb() const
    {
        return core::Database::open(cruscotto::sync::HubStore::pathIn(m_hubDir.path()), core::Database::Mode::ReadOnly);
    }
    std::int64_t zoneId(const QString& code) const
    {
        core::Database db = hubDb();
        core::Statement stmt = db.prepare(
            "SELECT z.id FROM zones z JOIN sites s ON s.id = z.site_id WHERE s.code = 'BAS-MUS-01' AND z.code = ?");
        stmt.bind(1, code);
        return stmt.step() ? stmt.int64(0) : 0;
    }
    std::int64_t lastRevision() const { return hubDb().scalar("SELECT last_rev FROM hub_revision"); }
    // Every hourly row of a zone on the replay's day and the next, as text: to see that nothing changed.
    QStringList hourlyRows(std::int64_t zone) const
    {
        core::Database db = hubDb();
        core::Statement stmt
            = db.prepare("SELECT hour_utc, people_in, occupancy_avg, temperature_c, humidity_pct, lux, co2_ppm, rev "
                         "FROM zone_sensor_hourly WHERE zone_id = ? AND day BETWEEN ? AND ? ORDER BY hour_utc");
        stmt.bind(1, zone).bind(2, m_day.toJulianDay()).bind(3, m_day.toJulianDay() + 1);
        QStringList rows;
        while (stmt.step()) {
            QStringList cells;
            for (int i = 0; i < 8; ++i) {
                cells.append(stmt.isNull(i) ? QStringLiteral("null") : QString::number(stmt.real(i), 'g', 17));
            }
            rows.append(cells.join(QLatin1Char(',')));
        }
        return rows;
    }
    QStringList ingest(const QString& path, const QString& zone, const QStringList& more = {},
                       const QString& user = QStringLiteral("gateway"), const QByteArray& password = "demo\n")
    {
        return QStringList{ QStringLiteral("ingest-sensors"),
                            QStringLiteral("--hub"),
                            url(),
                            QStringLiteral("--user"),
                            user,
                            QStringLiteral("--password-file"),
                            file(QStringLiteral("pw-%1").arg(user), password),
                            QStringLiteral("--site"),
                            QStringLiteral("BAS-MUS-01"),
                            QStringLiteral("--zone"),
                            zone,
                            QStringLiteral("--shift-to"),
                            m_day.toString(Qt::ISODate) }
        + more + QStringList{ path };
    }

private slots:
    void initTestCase()
    {
        synctest::HubProcess::seed(m_hubDir.path(), 3, QDate(2025, 1, 15));
        QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), m_hubDir.path(), QStringLiteral("--insecure-loopback"),
                               QStringLiteral("--demo") }),
                 qPrintable(m_hub.errorText()));
        core::Database db = hubDb();
        core::Statement zones = db.prepare("SELECT z.code FROM zones z JOIN sites s ON s.id = z.site_id "
                                           "WHERE s.code = 'BAS-MUS-01' ORDER BY z.id");
        while (zones.step()) {
            m_zones.append(zones.text(0));
        }
        QVERIFY(m_zones.size() >= 3);
        QVERIFY(QFile::exists(cut()));
    }

    void replaysTheLogIntoItsHours()
    {
        const std::int64_t zone = zoneId(m_zones.at(0));
        const auto expected = expectedHours(cut(), m_day, QTimeZone(QByteArrayLiteral("Europe/Rome")));
        QCOMPARE(expected.size(), std::size_t(4)); // 14, 15, 17 and 18 in Rome: 13, 14, 16 and 17 UTC
        const QStringList before = hourlyRows(zone);

        // Small batches: the 150 readings go in three requests, each ending on an hour (41 + 19, 42, 48), so
        // each hour is recomputed once.
        const Run r = cli(ingest(cut(), m_zones.at(0), { QStringLiteral("--batch-size"), QStringLiteral("60") }));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("readings from 2025-01-10 14:19 to 2025-01-10 18:47 (Europe/Rome): 150; "
                                               "lines skipped: 0; repeated: 0.")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Batches: 3; readings new: 150, corrected: 0, already on the hub: 0; "
                                               "hourly buckets recomputed: 4;")),
                 qPrintable(r.out));

        core::Database db = hubDb();
        core::Statement bucket
            = db.prepare("SELECT temperature_c, humidity_pct, lux, co2_ppm, occupancy_avg, people_in, people_out, day, "
                         "temperature_min, temperature_max FROM zone_sensor_hourly WHERE zone_id = ? AND hour_utc = ?");
        for (const auto& [hour, means] : expected) {
            bucket.bind(1, zone).bind(2, hour);
            QVERIFY2(bucket.step(), qPrintable(QString::number(hour)));
            for (int i = 0; i < 5; ++i) {
                QCOMPARE(bucket.real(i), means.mean(i));
            }
            QCOMPARE(bucket.int64(5), std::int64_t(0)); // the log counts no entries
            QCOMPARE(bucket.int64(6), std::int64_t(0));
            QCOMPARE(bucket.int64(7), m_day.toJulianDay());
            bucket.reset();
        }
        // 14:00 Rome is 13:00 UTC: from 14:19:00 to 14:59:59, 41 minutes, all occupied.
        const std::int64_t first = QDateTime(m_day, QTime(13, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(expected.at(first).minutes, 41);
        QCOMPARE(expected.at(first).mean(4), 1.0);
        // The 16:00 (Rome) hour is a gap in the log: the hub's row for it is left as it was.
        const std::int64_t gap = QDateTime(m_day, QTime(15, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QVERIFY(expected.count(gap) == 0);
        const QStringList after = hourlyRows(zone);
        const auto rowOf = [gap](const QStringList& rows) {
            for (const QString& row : rows) {
                if (row.startsWith(QString::number(gap) + QLatin1Char(','))) {
                    return row;
                }
            }
            return QString();
        };
        QCOMPARE(rowOf(after), rowOf(before));
        QCOMPARE(after.size(), before.size()); // hours replaced, none added
    }

    void secondRunChangesNothing()
    {
        const std::int64_t zone = zoneId(m_zones.at(0));
        const std::int64_t revision = lastRevision();
        const QStringList rows = hourlyRows(zone);
        const Run r = cli(ingest(cut(), m_zones.at(0)));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Batches: 1; readings new: 0, corrected: 0, already on the hub: 150; "
                                               "hourly buckets recomputed: 0;")),
                 qPrintable(r.out));
        QCOMPARE(lastRevision(), revision); // nothing new for the directors' sync
        QCOMPARE(hourlyRows(zone), rows);
        QCOMPARE(
            hubDb().scalar(
                QStringLiteral("SELECT COUNT(*) FROM zone_readings WHERE zone_id = %1").arg(zone).toUtf8().constData()),
            std::int64_t(150));
    }

    void timezoneUtcTakesTheTimesAsUtc()
    {
        const std::int64_t zone = zoneId(m_zones.at(1));
        // Batches smaller than an hour: an hour split over batches still ends as the mean of all its minutes.
        const Run r = cli(ingest(cut(), m_zones.at(1),
                                 { QStringLiteral("--timezone"), QStringLiteral("UTC"), QStringLiteral("--batch-size"),
                                   QStringLiteral("25") }));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        core::Database db = hubDb();
        core::Statement first
            = db.prepare("SELECT MIN(at_utc), MAX(at_utc), COUNT(*) FROM zone_readings WHERE zone_id = ?");
        first.bind(1, zone);
        QVERIFY(first.step());
        QCOMPARE(first.int64(0), QDateTime(m_day, QTime(14, 19), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(first.int64(1), QDateTime(m_day, QTime(18, 47), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(first.int64(2), std::int64_t(150));
        const auto expected = expectedHours(cut(), m_day, QTimeZone::utc());
        core::Statement bucket
            = db.prepare("SELECT temperature_c FROM zone_sensor_hourly WHERE zone_id = ? AND hour_utc = ?");
        for (const auto& [hour, means] : expected) {
            bucket.bind(1, zone).bind(2, hour);
            QVERIFY(bucket.step());
            QCOMPARE(bucket.real(0), means.mean(0));
            bucket.reset();
        }
    }

    void malformedLinesAreSkippedAndNamed()
    {
        const QString path = file(QStringLiteral("some-bad.csv"),
                                  "\"Date\",\"Temperature\",\"Humidity\",\"Light\",\"CO2\",\"HumidityRatio\","
                                  "\"Occupancy\"\n"
                                  "\"2015-02-02 14:19:00\",23.7,26.272,585.2,749.2,0.0047,1\n"
                                  "\"2015-02-02 14:20:00\",hot,26.272,585.2,749.2,0.0047,1\n"
                                  "\"2015-02-02 14:21:00\",23.73,26.23,572.6,769.6\n"
                                  "\"2015-02-31 14:22:00\",23.72,26.12,493.75,774.75,0.0047,1\n"
                                  "\"2015-02-02 14:23:00\",23.72,26.12,493.75,774.75,0.0047,1\n");
        const Run r = cli(ingest(path, m_zones.at(2)));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 3 skipped: Temperature \"hot\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 4 skipped: 5 fields where the header has 7.")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 5 skipped: \"2015-02-31 14:22:00\" is not a date")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(": 2; lines skipped: 3; repeated: 0.")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("readings new: 2,")), qPrintable(r.out));
    }

    void unusableFileIsRefusedNamingTheLine()
    {
        const std::int64_t revision = lastRevision();
        const QString noHeader
            = file(QStringLiteral("no-header.csv"), "\"2015-02-02 14:19:00\",23.7,26.272,585.2,749.2,0.0047,1\n");
        const Run first = cli(ingest(noHeader, m_zones.at(2)));
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains(QStringLiteral("line 1: not a sensor log header")), qPrintable(first.err));
        QVERIFY(first.err.contains(QStringLiteral("Nothing was sent.")));

        const QString allBad = file(QStringLiteral("all-bad.csv"),
                                    "\"Date\",\"Temperature\",\"Humidity\",\"Light\",\"CO2\",\"HumidityRatio\","
                                    "\"Occupancy\"\n"
                                    "\n"
                                    "\"2015-02-02 14:19:00\",23.7,126.272,585.2,749.2,0.0047,1\n");
        const Run second = cli(ingest(allBad, m_zones.at(2)));
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("no usable reading; malformed lines: 1 (line 3: Humidity "
                                                    "\"126.272\" is not a number from 0 to 100.)")),
                 qPrintable(second.err));
        QCOMPARE(lastRevision(), revision);
    }

    void hubRefusalPrintsItsRowsWithTheirLines()
    {
        const Run r = cli(ingest(cut(), QStringLiteral("NO-SUCH-ZONE")));
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.err.contains(QStringLiteral("The hub refused the batch of lines 2 to 151")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 2: \"zone\" must be the code of one of the site's zones.")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("... and 140 more.")), qPrintable(r.err));
    }

    void exitCodesScriptsCanTrust_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("shiftTo");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << QString() << QStringLiteral("gateway") << QStringLiteral("nope") << QString()
                                        << 5 << QStringLiteral("password");
        QTest::newRow("not a gateway") << QString() << QStringLiteral("director") << QStringLiteral("demo") << QString()
                                       << 5 << QString();
        QTest::newRow("unreachable") << QStringLiteral("http://127.0.0.1:1") << QStringLiteral("gateway")
                                     << QStringLiteral("demo") << QString() << 3 << QStringLiteral("127.0.0.1");
        QTest::newRow("future") << QString() << QStringLiteral("gateway") << QStringLiteral("demo")
                                << QStringLiteral("2100-01-01") << 2 << QStringLiteral("--shift-to");
        QTest::newRow("bad date") << QString() << QStringLiteral("gateway") << QStringLiteral("demo")
                                  << QStringLiteral("10/01/2025") << 2 << QStringLiteral("YYYY-MM-DD");
    }

    void exitCodesScriptsCanTrust()
    {
        QFETCH(QString, hub);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, shiftTo);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QStringList args = ingest(cut(), m_zones.at(2), {}, user, password.toUtf8());
        if (!hub.isEmpty()) {
            args[args.indexOf(QStringLiteral("--hub")) + 1] = hub;
        }
        if (!shiftTo.isEmpty()) {
            args[args.indexOf(QStringLiteral("--shift-to")) + 1] = shiftTo;
        }
        const std::int64_t revision = lastRevision();
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(lastRevision(), revision);
    }

    void badArgumentsAreRefusedBeforeConnecting()
    {
        QStringList args = ingest(cut(), m_zones.at(2));
        args.removeAt(args.indexOf(QStringLiteral("--zone")) + 1);
        args.removeAll(QStringLiteral("--zone"));
        const Run noZone = cli(args);
        QCOMPARE(noZone.exitCode, 2);
        QVERIFY(noZone.err.contains(QStringLiteral("--zone")));
        const Run badZone
            = cli(ingest(cut(), m_zones.at(2), { QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus") }));
        QCOMPARE(badZone.exitCode, 2);
        QVERIFY(badZone.err.contains(QStringLiteral("Mars/Olympus")));
        const Run bigBatch
            = cli(ingest(cut(), m_zones.at(2), { QStringLiteral("--batch-size"), QStringLiteral("20001") }));
        QCOMPARE(bigBatch.exitCode, 2);
    }

    void cleanupTestCase() { m_hub.terminate(); }
};

QTEST_GUILESS_MAIN(TestCliIngestSensors)
#include "testcliingestsensors.moc"
