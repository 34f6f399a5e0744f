#include "hubprocess.h"

#include "core/database.h"
#include "sync/hubstore.h"

#include <QDeadlineTimer>
#include <QDir>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace synctest {

HubProcess::~HubProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString HubProcess::binary()
{
    return QDir(qEnvironmentVariable("CRUSCOTTO_BINARY_DIR")).filePath(QStringLiteral("app/cruscotto-hub"));
}

core::DemoGenerator::Summary HubProcess::seed(const QString& dataDir, int sites, const QDate& until)
{
    core::DemoGenerator::Options options;
    options.sites = sites;
    options.years = 0;
    options.until = until;
    options.seed = 11;
    cruscotto::sync::HubStore store(dataDir);
    return store.write([&](core::Database& db) { return core::DemoGenerator(options).writeInto(db); });
}

bool HubProcess::start(const QStringList& arguments, int timeoutMs)
{
    QStringList args = arguments;
    if (!args.contains(QStringLiteral("--listen"))) {
        args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    }
    m_process.setProgram(binary());
#ifdef Q_OS_LINUX
    // If the test itself is killed (ctest's timeout), its hub goes too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process.errorString());
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the hub exited with code %1: %2")
                          .arg(m_process.exitCode())
                          .arg(QString::fromUtf8(standardError()));
            return false;
        }
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const qsizetype newline = out.indexOf('\n');
        if (newline < 0) {
            continue;
        }
        const QByteArray line = out.left(newline).trimmed();
        const QByteArray prefix = "listening on ";
        if (!line.startsWith(prefix)) {
            m_error = QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(line));
            return false;
        }
        const QByteArray address = line.mid(prefix.size());
        const qsizetype colon = address.lastIndexOf(':');
        m_host = QString::fromLatin1(address.left(colon));
        m_port = static_cast<std::uint16_t>(address.mid(colon + 1).toUInt());
        return m_port != 0;
    }
    m_error = QStringLiteral("the hub did not announce its address in time");
    return false;
}

int HubProcess::terminate(int timeoutMs)
{
    m_process.terminate(); // SIGTERM
    if (!m_process.waitForFinished(timeoutMs)) {
        return -1;
    }
    standardError();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QByteArray HubProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

cruscotto::sync::HubEndpoint HubProcess::endpoint() const
{
    cruscotto::sync::HubEndpoint e;
    e.url = QStringLiteral("http://127.0.0.1:%1").arg(m_port).toStdString();
    e.connectTimeout = std::chrono::seconds(1);
    e.timeout = std::chrono::seconds(60);
    return e;
}

} // namespace synctest
