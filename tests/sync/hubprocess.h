#pragma once

#include "sync/hubclient.h"

#include "core/demogenerator.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace synctest {

// A real cruscotto-hub process (the binary the build made), started on
// 127.0.0.1:0; the port is read from its "listening on ..." line.
class HubProcess
{
public:
    HubProcess() = default;
    ~HubProcess();
    HubProcess(const HubProcess&) = delete;
    HubProcess& operator=(const HubProcess&) = delete;

    static QString binary();

    // Writes a small demo region into a fresh hub database in `dataDir` (12 sites in
    // Basilicata, then one in each further region), as the hub would hold it; a hub
    // started on it with --demo adds the demo users and numbers the rows.
    static core::DemoGenerator::Summary seed(const QString& dataDir, int sites = 14,
                                             const QDate& until = QDate(2025, 2, 28));

    // Starts the hub with `arguments` (--data-dir etc.; --listen 127.0.0.1:0 is
    // added unless given) and waits for its address. False on failure or timeout;
    // errorText() says why.
    bool start(const QStringList& arguments, int timeoutMs = 120000);
    // SIGTERM, then waits; returns the exit code, or -1 when it crashed or hung.
    int terminate(int timeoutMs = 20000);

    QString host() const { return m_host; }
    // Plain HTTP to this hub: a 1 s connect timeout, 60 s for each step.
    cruscotto::sync::HubEndpoint endpoint() const;
    std::uint16_t port() const { return m_port; }
    QString errorText() const { return m_error; }
    QByteArray standardError();
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QString m_host;
    std::uint16_t m_port = 0;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace synctest
