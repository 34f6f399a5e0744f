#include "core/applog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTimeZone>

#include <cstdio>
#include <memory>
#include <mutex>

namespace core {

namespace {

struct LogState
{
    std::mutex mutex;
    QString dir;
    QString name;
    AppLog::Options options;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState& state()
{
    static LogState s;
    return s;
}

QString pathOf(const LogState& s, int generation)
{
    return generation == 0 ? QDir(s.dir).filePath(s.name + QStringLiteral(".log"))
                           : QDir(s.dir).filePath(QStringLiteral("%1.%2.log").arg(s.name).arg(generation));
}

bool openFile(LogState& s)
{
    auto file = std::make_unique<QFile>(pathOf(s, 0));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        return false;
    }
    s.file = std::move(file);
    return true;
}

// NAME.log -> NAME.1.log -> ... -> NAME.<keep>.log, the oldest dropped.
void rotate(LogState& s)
{
    s.file.reset();
    QFile::remove(pathOf(s, s.options.keep));
    for (int g = s.options.keep - 1; g >= 0; --g) {
        if (QFile::exists(pathOf(s, g))) {
            QFile::rename(pathOf(s, g), pathOf(s, g + 1));
        }
    }
    if (s.options.keep <= 0) {
        QFile::remove(pathOf(s, 0));
    }
    openFile(s);
}

const char* levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogState& s = state();
    QtMessageHandler previous = nullptr;
    {
        std::lock_guard lock(s.mutex);
        previous = s.options.alsoStandardError ? s.previous : nullptr;
        if (s.file) {
            // One line per message: a newline in the text cannot forge another entry.
            QString text = message;
            text.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\r'), QLatin1String("\\r"));
            const QString category = context.category && qstrcmp(context.category, "default") != 0
                ? QString::fromLatin1(context.category) + QLatin1String(": ")
                : QString();
            const QByteArray line
                = QStringLiteral("%1 [%2] %3%4\n")
                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(levelOf(type)),
                           category, text)
                      .toUtf8();
            if (s.file->size() + line.size() > s.options.maxBytes && s.file->size() > 0) {
                rotate(s);
            }
            if (s.file) {
                s.file->write(line);
                s.file->flush();
            }
        }
    }
    if (previous) {
        previous(type, context, message);
    } else if (state().options.alsoStandardError) {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }
}

} // namespace

QString AppLog::defaultDirectory()
{
#if defined(Q_OS_MACOS)
    return QDir::home().filePath(QStringLiteral("Library/Logs/Cruscotto"));
#elif defined(Q_OS_WIN)
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("logs"));
#else
    const QString stateHome = qEnvironmentVariable("XDG_STATE_HOME");
    const QString base = stateHome.isEmpty() ? QDir::home().filePath(QStringLiteral(".local/state")) : stateHome;
    return QDir(base).filePath(QStringLiteral("cruscotto/logs"));
#endif
}

bool AppLog::install(const QString& dir, const QString& name, Options options)
{
    LogState& s = state();
    std::lock_guard lock(s.mutex);
    if (!QDir().mkpath(dir)) {
        return false;
    }
    s.dir = dir;
    s.name = name;
    s.options = options;
    s.file.reset();
    if (!openFile(s)) {
        return false;
    }
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void AppLog::uninstall()
{
    LogState& s = state();
    std::lock_guard lock(s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
        s.previous = nullptr;
    }
    s.file.reset();
}

QString AppLog::currentFile()
{
    LogState& s = state();
    std::lock_guard lock(s.mutex);
    return s.file ? s.file->fileName() : QString();
}

} // namespace core
