#include "widgets/syncpage.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace widgets {

SyncPage::SyncPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto* title = new QLabel(tr("Sync with the hub"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("The dashboards work from the local copy. Syncing brings it up to date with the "
                                "hub; only what changed since the last sync is downloaded."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout();
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("hubUrl"));
    m_url->setPlaceholderText(tr("https://hub.example.it:8443"));
    m_url->setAccessibleName(tr("Hub address"));
    form->addRow(tr("Hub &address:"), m_url);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("hubUser"));
    m_user->setAccessibleName(tr("User name"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("hubPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    auto* caRow = new QHBoxLayout();
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("hubCaFile"));
    m_caFile->setPlaceholderText(tr("The system's certificate store"));
    m_caFile->setAccessibleName(tr("Certificate authority file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose a certificate authority file"));
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* caLabel = new QLabel(tr("&Certificate authority:"), this);
    caLabel->setBuddy(m_caFile); // a row holding a layout gets no buddy by itself
    form->addRow(caLabel, caRow);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout();
    m_sync = new QPushButton(tr("&Sync now"), this);
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_sync->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_sync);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("syncProgressText"));
    layout->addWidget(m_progressText);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_lastSync = new QLabel(tr("Not synced with a hub yet."), this);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    layout->addWidget(m_lastSync);
    layout->addStretch(1);

    connect(m_sync, &QPushButton::clicked, this, &SyncPage::requestSync);
    connect(m_password, &QLineEdit::returnPressed, this, &SyncPage::requestSync);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPage::cancelRequested);
    connect(browse, &QPushButton::clicked, this, &SyncPage::chooseCaFile);
    setKeychainAvailable(false);
}

HubConnection SyncPage::connection() const
{
    return { m_url->text().trimmed(), m_user->text().trimmed(), m_caFile->text().trimmed() };
}

void SyncPage::setConnection(const HubConnection& connection)
{
    m_url->setText(connection.url);
    m_user->setText(connection.user);
    m_caFile->setText(connection.caFile);
}

void SyncPage::setKeychainAvailable(bool available)
{
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
        m_remember->setToolTip(tr("No keychain is available on this system: the password is asked each time and "
                                  "never written to disk."));
    } else {
        m_remember->setToolTip(QString());
    }
}

bool SyncPage::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void SyncPage::setPassword(const QString& password)
{
    m_password->setText(password);
}

void SyncPage::requestSync()
{
    if (m_running) {
        return;
    }
    const HubConnection c = connection();
    if (c.url.isEmpty() || c.user.isEmpty() || m_password->text().isEmpty()) {
        showResult(false, tr("Enter the hub's address, your user name and your password."));
        return;
    }
    if (!c.url.startsWith(QLatin1String("https://")) && !c.url.startsWith(QLatin1String("http://127."))
        && !c.url.startsWith(QLatin1String("http://localhost")) && !c.url.startsWith(QLatin1String("http://[::1]"))) {
        showResult(false, tr("The hub's address must start with https://."));
        return;
    }
    emit syncRequested(c, m_password->text());
}

void SyncPage::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty()) {
        m_caFile->setText(file);
    }
}

void SyncPage::setRunning(bool running)
{
    m_running = running;
    m_sync->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QLineEdit* edit : { m_url, m_user, m_password, m_caFile }) {
        edit->setReadOnly(running);
    }
    if (running) {
        m_result->clear();
        m_progress->setRange(0, 0); // busy until the hub says how far it goes
        m_progressText->setText(tr("Connecting…"));
    } else {
        m_progress->setRange(0, 1000);
    }
}

void SyncPage::showProgress(qint64 rows, quint64 bytes, double fraction, double secondsLeft)
{
    const QLocale locale;
    if (fraction >= 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(fraction * 1000));
    }
    QString text = tr("%1 rows · %2").arg(locale.toString(rows), locale.formattedDataSize(static_cast<qint64>(bytes)));
    if (secondsLeft >= 0) {
        text = tr("%1 · about %2 s left").arg(text).arg(qRound(secondsLeft));
    }
    m_progressText->setText(text);
}

void SyncPage::showResult(bool ok, const QString& message)
{
    m_result->setText(message);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    if (ok) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
    }
}

void SyncPage::setLastSync(const QDateTime& utc)
{
    if (!utc.isValid()) {
        m_lastSync->setText(tr("Not synced with a hub yet."));
        return;
    }
    const QDateTime rome = utc.toTimeZone(QTimeZone("Europe/Rome"));
    m_lastSync->setText(tr("Last sync: %1").arg(QLocale().toString(rome, QLocale::ShortFormat)));
}

} // namespace widgets
