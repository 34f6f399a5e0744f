// The hub over TLS, with a CA and a server certificate made at test time by the
// openssl command line tool; the client verifies the chain, SNI and host name.
#include "hubprocess.h"
#include "testhttpclient.h"
#include "tests/testsupport/testdatadir.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using synctest::HttpReply;
using synctest::HubProcess;
using synctest::TestHttpClient;

class TestHubTls : public QObject
{
    Q_OBJECT

private:
    bool openssl(const QStringList& arguments);
    QString file(const char* name) const { return m_dir.file(QLatin1String(name)); }
    TestHttpClient client(const std::string& ca, const std::string& name) const
    {
        return TestHttpClient(m_hub.host().toStdString(), m_hub.port(), { ca, name });
    }

    testsupport::TestDataDir m_dir;
    HubProcess m_hub;

private slots:
    void initTestCase();
    void verifiedClientIsServed();
    void clientWithoutTheCaFailsVerification();
    void wrongHostNameFailsVerification();
    void plainHttpGetsNoAnswer();
    void refusesToStartWithAMissingKey();
    void refusesPlainHttpOffLoopback();
    void cleanupTestCase();
};

bool TestHubTls::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << process.readAllStandardError();
        return false;
    }
    return true;
}

void TestHubTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A CA, and a server certificate for localhost / 127.0.0.1 signed by it.
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), file("ca.key"), QStringLiteral("-out"),
                      file("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=Cruscotto Test CA"), QStringLiteral("-addext"),
                      QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                      QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") }));
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                      QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                      QStringLiteral("-nodes"), QStringLiteral("-keyout"), file("server.key"), QStringLiteral("-out"),
                      file("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost") }));
    QFile extensions(file("server.ext"));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                     "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    extensions.close();
    QVERIFY(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), file("server.csr"),
                      QStringLiteral("-CA"), file("ca.pem"), QStringLiteral("-CAkey"), file("ca.key"),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), file("server.pem"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), file("server.ext") }));

    const QString data = m_dir.file(QStringLiteral("hub"));
    QVERIFY(QDir().mkpath(data));
    HubProcess::seed(data, 3, QDate(2025, 1, 15));
    QVERIFY2(m_hub.start({ QStringLiteral("--data-dir"), data, QStringLiteral("--tls-cert"), file("server.pem"),
                           QStringLiteral("--tls-key"), file("server.key"), QStringLiteral("--demo") }),
             qPrintable(m_hub.errorText()));
}

void TestHubTls::verifiedClientIsServed()
{
    TestHttpClient c = client(file("ca.pem").toStdString(), "localhost");
    const std::string token = c.token("director", "demo");
    QVERIFY2(!token.empty(), c.error().c_str());
    const HttpReply sites = c.get("/v1/sites", token);
    QCOMPARE(sites.status, 200);
    QVERIFY(sites.body.find("BAS-MUS-01") != std::string::npos);
    const HttpReply changes = c.get("/v1/changes?limit=100", token, { { "Accept-Encoding", "gzip" } });
    QCOMPARE(changes.status, 200);
    QCOMPARE(changes.header("content-encoding"), std::string("gzip"));
    // The certificate also names the IP address.
    TestHttpClient byAddress = client(file("ca.pem").toStdString(), "127.0.0.1");
    QCOMPARE(byAddress.get("/v1/sites").status, 401);
}

void TestHubTls::clientWithoutTheCaFailsVerification()
{
    TestHttpClient c = client({}, "localhost");
    const HttpReply reply = c.get("/v1/sites");
    QCOMPARE(reply.status, 0);
    QVERIFY2(c.error().starts_with("handshake:"), c.error().c_str());
    QVERIFY2(c.error().find("certificate verify failed") != std::string::npos, c.error().c_str());
}

void TestHubTls::wrongHostNameFailsVerification()
{
    TestHttpClient c = client(file("ca.pem").toStdString(), "hub.example.org");
    QCOMPARE(c.get("/v1/sites").status, 0);
    QVERIFY2(c.error().starts_with("handshake:"), c.error().c_str());
}

void TestHubTls::plainHttpGetsNoAnswer()
{
    TestHttpClient plain(m_hub.host().toStdString(), m_hub.port());
    const HttpReply reply = plain.get("/v1/sites");
    QCOMPARE(reply.status, 0);
    QVERIFY(!plain.error().empty());
    // And the hub carries on serving TLS clients.
    QCOMPARE(client(file("ca.pem").toStdString(), "localhost").get("/v1/sites").status, 401);
}

void TestHubTls::refusesToStartWithAMissingKey()
{
    HubProcess broken;
    QVERIFY(
        !broken.start({ QStringLiteral("--data-dir"), m_dir.file(QStringLiteral("other")), QStringLiteral("--tls-cert"),
                        file("server.pem"), QStringLiteral("--tls-key"), file("missing.key") }));
    QVERIFY2(broken.errorText().contains(QLatin1String("exited with code 1")), qPrintable(broken.errorText()));
    QVERIFY2(broken.errorText().contains(QLatin1String("missing.key")), qPrintable(broken.errorText()));
}

void TestHubTls::refusesPlainHttpOffLoopback()
{
    HubProcess open;
    QVERIFY(!open.start({ QStringLiteral("--data-dir"), m_dir.file(QStringLiteral("other")), QStringLiteral("--listen"),
                          QStringLiteral("0.0.0.0:0"), QStringLiteral("--insecure-loopback") }));
    QVERIFY2(open.errorText().contains(QLatin1String("exited with code 2")), qPrintable(open.errorText()));
}

void TestHubTls::cleanupTestCase()
{
    QCOMPARE(m_hub.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestHubTls)
#include "testhubtls.moc"
