#include "hubcredentials.h"

#include <QSettings>

#include <qt6keychain/keychain.h>

namespace {
const QString kService = QStringLiteral("Cruscotto");
}

HubCredentials::HubCredentials(QObject* parent)
    : QObject(parent)
{ }

QString HubCredentials::keyFor(const widgets::HubConnection& connection)
{
    return QStringLiteral("hub %1 user %2").arg(connection.url, connection.user);
}

widgets::HubConnection HubCredentials::connection() const
{
    QSettings settings;
    return { settings.value(QStringLiteral("hub/url")).toString(),
             settings.value(QStringLiteral("hub/user")).toString(),
             settings.value(QStringLiteral("hub/caFile")).toString() };
}

void HubCredentials::saveConnection(const widgets::HubConnection& connection)
{
    QSettings settings;
    settings.setValue(QStringLiteral("hub/url"), connection.url);
    settings.setValue(QStringLiteral("hub/user"), connection.user);
    settings.setValue(QStringLiteral("hub/caFile"), connection.caFile);
}

void HubCredentials::probeKeychain(const std::function<void(bool)>& done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("availability probe"));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        // "Not found" means a keychain answered; anything else means none to use.
        done(finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound);
    });
    job->start();
}

void HubCredentials::readPassword(const widgets::HubConnection& connection, const std::function<void(QString)>& done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(connection));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        done(read->error() == QKeychain::NoError ? read->textData() : QString());
    });
    job->start();
}

void HubCredentials::writePassword(const widgets::HubConnection& connection, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(connection));
    job->setTextData(password);
    job->start();
}

void HubCredentials::forgetPassword(const widgets::HubConnection& connection)
{
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(connection));
    job->start();
}
