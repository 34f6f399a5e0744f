#include "core/reportbundle.h"
#include "tests/testsupport/testdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
QByteArray unzip(const QString& zip, const QString& name)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, name });
    p.waitForFinished();
    return p.readAllStandardOutput();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestReportBundle : public QObject
{
    Q_OBJECT

private slots:
    void holdsTheFilesAndTheirHashes()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        testsupport::TestDataDir dir;
        QByteArray big;
        for (int i = 0; i < 200000; ++i) {
            big += QByteArray::number(i) + ",x\r\n";
        }
        writeFile(dir.file(QStringLiteral("a.csv")), big);
        writeFile(dir.file(QStringLiteral("b.csv")), "h\r\n1\r\n");
        QList<core::ReportBundleEntry> entries;
        for (const QString& name : { QStringLiteral("a.csv"), QStringLiteral("b.csv") }) {
            core::ReportBundleEntry e;
            e.fileName = QStringLiteral("monthly-") + name;
            e.sourcePath = dir.file(name);
            e.type = QStringLiteral("monthly");
            e.scope = QStringLiteral("region:Basilicata");
            e.period = { QDate(2025, 5, 1), QDate(2025, 5, 31) };
            e.generatedUtc = 1751277600;
            entries << e;
        }
        const QString zip = dir.file(QStringLiteral("out.zip"));
        core::ReportBundle::write(zip, entries);
        const QJsonObject manifest = QJsonDocument::fromJson(unzip(zip, QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("app_version")).toString(), QStringLiteral("9.8.7"));
        const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject f = files.at(i).toObject();
            const QByteArray inside = unzip(zip, f.value(QStringLiteral("name")).toString());
            QCOMPARE(f.value(QStringLiteral("name")).toString(), entries.at(i).fileName);
            QCOMPARE(qint64(f.value(QStringLiteral("size")).toDouble()), qint64(inside.size()));
            QCOMPARE(f.value(QStringLiteral("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(inside, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(f.value(QStringLiteral("type")).toString(), QStringLiteral("monthly"));
            QCOMPARE(f.value(QStringLiteral("scope")).toString(), QStringLiteral("region:Basilicata"));
            QCOMPARE(f.value(QStringLiteral("from")).toString(), QStringLiteral("2025-05-01"));
            QCOMPARE(f.value(QStringLiteral("to")).toString(), QStringLiteral("2025-05-31"));
            QCOMPARE(f.value(QStringLiteral("generated_at")).toString(), QStringLiteral("2025-06-30T10:00:00Z"));
        }
        QCOMPARE(unzip(zip, QStringLiteral("monthly-a.csv")), big);
    }

    void aCancelledOrFailedBundleLeavesNothing()
    {
        testsupport::TestDataDir dir;
        writeFile(dir.file(QStringLiteral("a.csv")), "h\r\n");
        core::ReportBundleEntry e;
        e.fileName = QStringLiteral("a.csv");
        e.sourcePath = dir.file(QStringLiteral("a.csv"));
        std::atomic_bool cancel{ true };
        core::ReportProgress progress;
        progress.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(core::ReportCancelled,
                                 core::ReportBundle::write(dir.file(QStringLiteral("x.zip")), { e }, &progress));
        core::ReportBundleEntry missing = e;
        missing.fileName = QStringLiteral("b.csv");
        missing.sourcePath = dir.file(QStringLiteral("gone.csv"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 core::ReportBundle::write(dir.file(QStringLiteral("x.zip")), { e, missing }));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{ QStringLiteral("a.csv") });
    }
};

QTEST_GUILESS_MAIN(TestReportBundle)
#include "testreportbundle.moc"
