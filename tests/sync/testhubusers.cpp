#include "core/database.h"
#include "sync/hubschema.h"
#include "sync/hubusers.h"
#include "sync/passwordhash.h"
#include "tests/testsupport/testdatadir.h"

#include <QTest>

using namespace cruscotto::sync;

class TestHubUsers : public QObject
{
    Q_OBJECT

private:
    testsupport::TestDataDir m_dir;
    core::Database m_db;

private slots:
    void initTestCase();
    void rolesRoundTrip();
    void passwordChecksOut();
    void nameIsUnique();
    void tokenAuthenticatesUntilItExpires();
    void tokensAreStoredHashed();
    void expiredTokensAreRemoved();
};

void TestHubUsers::initTestCase()
{
    m_db = core::Database::open(m_dir.file(QStringLiteral("hub.sqlite")), core::Database::Mode::ReadWriteCreate);
    HubSchema::migrate(m_db);
    HubUsers users(m_db);
    users.addUser(QStringLiteral("anna"), HubRole::Director, "s3cret",
                  { QStringLiteral("BAS-MUS-02"), QStringLiteral("BAS-MUS-01") }, 100000);
    users.addUser(QStringLiteral("rita"), HubRole::Regional, "other", { QStringLiteral("BAS") }, 100000);
}

void TestHubUsers::rolesRoundTrip()
{
    for (HubRole role : { HubRole::Director, HubRole::Clerk, HubRole::Regional, HubRole::Gateway }) {
        QCOMPARE(roleFromCode(roleCode(role)), std::optional<HubRole>(role));
    }
    QCOMPARE(roleCode(HubRole::Regional), QStringLiteral("regional"));
    QVERIFY(!roleFromCode(QStringLiteral("admin")).has_value());
}

void TestHubUsers::passwordChecksOut()
{
    HubUsers users(m_db);
    const auto anna = users.checkPassword(QStringLiteral("anna"), "s3cret");
    QVERIFY(anna.has_value());
    QCOMPARE(anna->name, QStringLiteral("anna"));
    QCOMPARE(anna->role, HubRole::Director);
    QCOMPARE(anna->scope, (QStringList{ QStringLiteral("BAS-MUS-01"), QStringLiteral("BAS-MUS-02") }));
    QVERIFY(!users.checkPassword(QStringLiteral("anna"), "other").has_value());
    QVERIFY(!users.checkPassword(QStringLiteral("nobody"), "s3cret").has_value());
    const auto rita = users.checkPassword(QStringLiteral("rita"), "other");
    QVERIFY(rita.has_value());
    QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM user_scopes WHERE kind = 'region' AND code = 'BAS'"), std::int64_t(1));
    // Nothing of the password in the row.
    core::Statement row = m_db.prepare("SELECT password_hash, password_salt FROM users WHERE name = 'anna'");
    QVERIFY(row.step());
    QVERIFY(!row.blob(0).contains("s3cret") && !row.blob(1).contains("s3cret"));
}

void TestHubUsers::nameIsUnique()
{
    HubUsers users(m_db);
    QVERIFY(users.exists(QStringLiteral("anna")));
    QVERIFY_THROWS_EXCEPTION(core::DatabaseError,
                             users.addUser(QStringLiteral("anna"), HubRole::Clerk, "x", {}, 100000));
}

void TestHubUsers::tokenAuthenticatesUntilItExpires()
{
    HubUsers users(m_db);
    const auto anna = users.checkPassword(QStringLiteral("anna"), "s3cret");
    const IssuedToken issued = users.issueToken(*anna, 1'000'000, 3600);
    QCOMPARE(issued.expiresUtc, std::int64_t(1'003'600));
    QCOMPARE(issued.token.size(), 43);
    QCOMPARE(users.authenticate(issued.token, 1'000'000)->name, QStringLiteral("anna"));
    QCOMPARE(users.authenticate(issued.token, 1'003'599)->scope.size(), 2);
    QVERIFY(!users.authenticate(issued.token, 1'003'600).has_value());
    QVERIFY(!users.authenticate(issued.token.left(42), 1'000'000).has_value());
    QVERIFY(!users.authenticate(QByteArray(), 1'000'000).has_value());
    const IssuedToken second = users.issueToken(*anna, 1'000'000, 3600);
    QVERIFY(second.token != issued.token);
}

void TestHubUsers::tokensAreStoredHashed()
{
    HubUsers users(m_db);
    const auto rita = users.checkPassword(QStringLiteral("rita"), "other");
    const IssuedToken issued = users.issueToken(*rita, 2'000'000, 60);
    core::Statement stmt = m_db.prepare("SELECT COUNT(*) FROM tokens WHERE token_hash = ?");
    stmt.bind(1, PasswordHash::sha256(issued.token));
    QVERIFY(stmt.step());
    QCOMPARE(stmt.int64(0), std::int64_t(1));
    stmt.reset();
    stmt.bind(1, issued.token);
    QVERIFY(stmt.step());
    QCOMPARE(stmt.int64(0), std::int64_t(0));
}

void TestHubUsers::expiredTokensAreRemoved()
{
    HubUsers users(m_db);
    const std::int64_t before = m_db.scalar("SELECT COUNT(*) FROM tokens");
    const std::int64_t expiredBy3M = m_db.scalar("SELECT COUNT(*) FROM tokens WHERE expires_utc <= 3000000");
    QVERIFY(expiredBy3M > 0);
    QCOMPARE(users.removeExpiredTokens(3'000'000), int(expiredBy3M));
    QCOMPARE(m_db.scalar("SELECT COUNT(*) FROM tokens"), before - expiredBy3M);
}

QTEST_GUILESS_MAIN(TestHubUsers)
#include "testhubusers.moc"
