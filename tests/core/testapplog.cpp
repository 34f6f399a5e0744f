// The application log: lines with time and level, rotation by size keeping a fixed
// number of old files, one line per message, and many threads writing at once.
#include "core/applog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

class TestAppLog : public QObject
{
    Q_OBJECT

    static QStringList linesOf(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void cleanup() { core::AppLog::uninstall(); }

    void linesCarryTimeAndLevel()
    {
        QTemporaryDir dir;
        core::AppLog::Options options;
        options.alsoStandardError = false;
        QVERIFY(core::AppLog::install(dir.filePath(QStringLiteral("logs")), QStringLiteral("cruscotto"), options));
        QCOMPARE(core::AppLog::currentFile(), dir.filePath(QStringLiteral("logs/cruscotto.log")));
        qWarning("sync failed: %s", "hub unreachable");
        qInfo() << "sync done";
        qWarning("two\nlines");
        const QStringList lines = linesOf(core::AppLog::currentFile());
        QCOMPARE(lines.size(), 3);
        const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \[(\w+)\] (.*)$)"));
        QRegularExpressionMatch m = shape.match(lines[0]);
        QVERIFY2(m.hasMatch(), qPrintable(lines[0]));
        QCOMPARE(m.captured(1), QStringLiteral("warning"));
        QCOMPARE(m.captured(2), QStringLiteral("sync failed: hub unreachable"));
        QCOMPARE(shape.match(lines[1]).captured(1), QStringLiteral("info"));
        // A newline in a message cannot start a forged entry.
        QCOMPARE(shape.match(lines[2]).captured(2), QStringLiteral("two\\nlines"));
    }

    void rotatesKeepingTheNewestFiles()
    {
        QTemporaryDir dir;
        core::AppLog::Options options;
        options.maxBytes = 1000;
        options.keep = 3;
        options.alsoStandardError = false;
        QVERIFY(core::AppLog::install(dir.path(), QStringLiteral("cli"), options));
        for (int i = 0; i < 200; ++i) {
            qInfo("message %03d %s", i, "padding padding padding padding");
        }
        const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{ QStringLiteral("cli.1.log"), QStringLiteral("cli.2.log"),
                                      QStringLiteral("cli.3.log"), QStringLiteral("cli.log") }));
        for (const QString& f : files) {
            QVERIFY(QFile(dir.filePath(f)).size() <= 1000);
        }
        // The newest message is last in the current file; the files run in order.
        QVERIFY(linesOf(dir.filePath(QStringLiteral("cli.log"))).last().endsWith(QLatin1String("message 199 padding "
                                                                                               "padding padding "
                                                                                               "padding")));
        const QString oldestKept = linesOf(dir.filePath(QStringLiteral("cli.3.log"))).first();
        const QString newestOfOld = linesOf(dir.filePath(QStringLiteral("cli.1.log"))).last();
        const auto number = [](const QString& line) {
            return line.section(QStringLiteral("message "), 1).left(3).toInt();
        };
        QVERIFY(number(oldestKept) > 0); // the first messages were rotated away
        QCOMPARE(number(linesOf(dir.filePath(QStringLiteral("cli.log"))).first()), number(newestOfOld) + 1);
    }

    void manyThreadsWriteWholeLines()
    {
        QTemporaryDir dir;
        core::AppLog::Options options;
        options.maxBytes = 10 * 1024 * 1024;
        options.alsoStandardError = false;
        QVERIFY(core::AppLog::install(dir.path(), QStringLiteral("hub"), options));
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([t] {
                for (int i = 0; i < 250; ++i) {
                    qInfo("thread %d line %d", t, i);
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        const QStringList lines = linesOf(core::AppLog::currentFile());
        QCOMPARE(lines.size(), 2000);
        for (const QString& line : lines) {
            QVERIFY2(line.contains(QLatin1String("[info] thread ")), qPrintable(line));
        }
    }

    void anUnwritablePlaceIsRefused()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A directory cannot be made inside a file.
        QVERIFY(!core::AppLog::install(dir.filePath(QStringLiteral("file/logs")), QStringLiteral("x")));
        QVERIFY(core::AppLog::currentFile().isEmpty());
    }

    void thePlatformsPlace()
    {
        qputenv("XDG_STATE_HOME", "/tmp/state-home");
        QCOMPARE(core::AppLog::defaultDirectory(), QStringLiteral("/tmp/state-home/cruscotto/logs"));
        qunsetenv("XDG_STATE_HOME");
        QCOMPARE(core::AppLog::defaultDirectory(), QDir::home().filePath(QStringLiteral(".local/state/cruscotto/logs")));
    }
};

QTEST_GUILESS_MAIN(TestAppLog)
#include "testapplog.moc"
