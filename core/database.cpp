#include "core/database.h"

#include "core/rometime.h"

#include <QDateTime>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace core {

namespace {
// rome_hour(utc_seconds): the Europe/Rome wall-clock hour, for rollups grouped by local hour.
void romeHour(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_int(context, RomeTime::localHour(sqlite3_value_int64(argv[0])));
}

QString errorText(sqlite3* db, int rc)
{
    if (db) {
        return QString::fromUtf8(sqlite3_errmsg(db));
    }
    return QString::fromUtf8(sqlite3_errstr(rc));
}
} // namespace

DatabaseError::DatabaseError(int code, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
{ }

bool DatabaseError::isCorruption() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

// ---------------------------------------------------------------- Statement

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{ }

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{ }

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK) {
        throw DatabaseError(sqlite3_extended_errcode(m_db), errorText(m_db, rc));
    }
}

Statement& Statement::bindInt64(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    check(sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const int code = sqlite3_extended_errcode(m_db);
    const QString message = errorText(m_db, rc);
    sqlite3_reset(m_stmt);
    throw DatabaseError(code, message);
}

void Statement::exec()
{
    while (step()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

int Statement::parameterIndex(const char* name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

// ---------------------------------------------------------------- Database

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cached(std::move(other.m_cached))
{ }

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cached = std::move(other.m_cached);
    }
    return *this;
}

void Database::close()
{
    m_cached.clear();
    if (m_db) {
        // Statements are owned by their callers and finalised before this in normal use;
        // close_v2 defers the close until the last one goes.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Database Database::open(const QString& path, Mode mode, Durability durability)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int code = raw ? sqlite3_extended_errcode(raw) : rc;
        const QString message = QStringLiteral("%1: %2").arg(path, errorText(raw, rc));
        sqlite3_close_v2(raw);
        throw DatabaseError(code, message);
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_create_function_v2(raw, "rome_hour", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, romeHour, nullptr,
                               nullptr, nullptr);
    Database db(raw, path);
    db.exec("PRAGMA foreign_keys = ON");
    if (mode != Mode::ReadOnly) {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec(durability == Durability::Ledger ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    }
    return db;
}

void Database::exec(const char* sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = error ? QString::fromUtf8(error) : errorText(m_db, rc);
        sqlite3_free(error);
        throw DatabaseError(sqlite3_extended_errcode(m_db), message);
    }
}

void Database::exec(const QString& sql)
{
    exec(sql.toUtf8().constData());
}

Statement Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        throw DatabaseError(sqlite3_extended_errcode(m_db),
                            QStringLiteral("%1 (in: %2)").arg(errorText(m_db, rc), QString::fromUtf8(sql)));
    }
    return Statement(m_db, stmt);
}

Statement& Database::cached(const char* sql)
{
    auto& slot = m_cached[sql];
    if (!slot) {
        slot = std::make_unique<Statement>(prepare(sql));
    } else {
        slot->reset();
    }
    return *slot;
}

Statement Database::prepare(const QString& sql)
{
    return prepare(sql.toUtf8().constData());
}

std::int64_t Database::scalar(const char* sql)
{
    Statement stmt = prepare(sql);
    return stmt.step() ? stmt.int64(0) : 0;
}

int Database::userVersion()
{
    return static_cast<int>(scalar("PRAGMA user_version"));
}

void Database::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QString Database::quickCheck()
{
    Statement stmt = prepare("PRAGMA quick_check");
    QStringList problems;
    while (stmt.step()) {
        problems << stmt.text(0);
    }
    return problems.join(QLatin1Char('\n'));
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// ---------------------------------------------------------------- Transaction

QString moveDatabaseAside(const QString& path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.damaged-%2").arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n) {
        target = QStringLiteral("%1.damaged-%2-%3").arg(path, stamp).arg(n);
    }
    if (!QFile::rename(path, target)) {
        return {};
    }
    for (const char* suffix : { "-wal", "-shm" }) {
        const QString companion = path + QLatin1String(suffix);
        if (QFile::exists(companion)) {
            QFile::rename(companion, target + QLatin1String(suffix));
        }
    }
    return target;
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const DatabaseError&) {
            // The transaction may already be gone (SQLite rolls back on some errors).
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace core
