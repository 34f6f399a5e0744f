#pragma once

#include <QString>

#include <QtGlobal>

namespace core {

// The application's log: every qDebug/qInfo/qWarning/qCritical line, with its time
// (UTC) and level, appended to a file in the platform's log location, and rotated:
// when the file passes `maxBytes` it becomes NAME.1.log (NAME.1 becomes NAME.2, ...)
// and at most `keep` old files are kept. Lines still go to the previous handler
// (standard error), so nothing changes for a person watching a terminal.
// What is logged is what the code says: never passwords, tokens or personal data.
class AppLog
{
public:
    struct Options
    {
        qint64 maxBytes = 1024 * 1024;
        int keep = 5;
        bool alsoStandardError = true;
    };

    // The platform's place for logs: ~/Library/Logs/Cruscotto on macOS,
    // %LOCALAPPDATA%\Cruscotto\logs on Windows, $XDG_STATE_HOME/cruscotto/logs
    // (~/.local/state/cruscotto/logs) elsewhere.
    static QString defaultDirectory();

    // Starts writing `dir`/`name`.log (the directory is made if needed). Returns false
    // (and logs nothing to a file) when it cannot be written; the app runs on.
    static bool install(const QString& dir, const QString& name, Options options);
    static bool install(const QString& dir, const QString& name) { return install(dir, name, Options{}); }
    // Stops writing the file and puts the previous handler back.
    static void uninstall();
    // The file being written, empty when none.
    static QString currentFile();
};

} // namespace core
