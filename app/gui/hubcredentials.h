#pragma once

#include "widgets/syncpage.h"

#include <QObject>
#include <QString>

#include <functional>

// Remembers how to reach the hub: the address, user and CA file in QSettings, the
// password only in the operating system's keychain (qtkeychain), never in the
// settings, a file or a log. Where no keychain service runs (a server, CI), it
// says so and the password is asked for each time.
class HubCredentials : public QObject
{
    Q_OBJECT

public:
    explicit HubCredentials(QObject* parent = nullptr);

    widgets::HubConnection connection() const;
    void saveConnection(const widgets::HubConnection& connection);

    // Finds out (asynchronously) whether a keychain answers; calls back on this thread.
    void probeKeychain(const std::function<void(bool available)>& done);
    // Reads the remembered password; empty when none or no keychain.
    void readPassword(const widgets::HubConnection& connection, const std::function<void(QString)>& done);
    void writePassword(const widgets::HubConnection& connection, const QString& password);
    void forgetPassword(const widgets::HubConnection& connection);

private:
    static QString keyFor(const widgets::HubConnection& connection);
};
