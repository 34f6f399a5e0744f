#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace widgets {

// Where the hub is and who signs in; the password travels separately and is
// never kept here.
struct HubConnection
{
    QString url;
    QString user;
    QString caFile;
    bool operator==(const HubConnection&) const = default;
};

// The Sync screen: the hub's address and the user, a "Sync now" button, progress
// with rows, bytes and time left, a cancel button, and the last result in plain
// words. It knows nothing of the network: the application connects its signals to
// the sync engine, which runs on its own thread.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(QWidget* parent = nullptr);

    HubConnection connection() const;
    void setConnection(const HubConnection& connection);
    // Whether a keychain can keep the password (when not, it is asked each time).
    void setKeychainAvailable(bool available);
    bool rememberPassword() const;
    void setPassword(const QString& password);
    bool isRunning() const { return m_running; }

signals:
    void syncRequested(const widgets::HubConnection& connection, const QString& password);
    void cancelRequested();

public slots:
    void setRunning(bool running);
    // fraction and secondsLeft are negative while unknown.
    void showProgress(qint64 rows, quint64 bytes, double fraction, double secondsLeft);
    void showResult(bool ok, const QString& message);
    void setLastSync(const QDateTime& utc);

private:
    void requestSync();
    void chooseCaFile();

    QLineEdit* m_url = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_sync = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_lastSync = nullptr;
    bool m_running = false;
};

} // namespace widgets

Q_DECLARE_METATYPE(widgets::HubConnection)
