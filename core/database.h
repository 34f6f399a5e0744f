#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <stdexcept>
#include <type_traits>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace core {

// Thrown for every SQLite failure; carries SQLite's extended result code.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(int code, const QString& message);
    int code() const { return m_code; }
    QString message() const { return QString::fromUtf8(what()); }
    // True for SQLITE_CORRUPT / SQLITE_NOTADB: the file is damaged or not a database.
    bool isCorruption() const;

private:
    int m_code;
};

// A prepared statement. Bind indexes are 1-based, column indexes 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    template <typename Integer>
    requires std::is_integral_v<Integer> Statement& bind(int index, Integer value)
    {
        return bindInt64(index, static_cast<std::int64_t>(value));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& value);
    Statement& bindNull(int index);

    // Steps once; returns true while a row is available.
    bool step();
    // Steps to completion, then resets for reuse (clears nothing bound).
    void exec();
    void reset();

    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;
    // The highest parameter index in the statement (?N).
    int parameterCount() const;
    // The index of a named parameter (":name"), 0 when the statement has none such.
    int parameterIndex(const char* name) const;

private:
    Statement& bindInt64(int index, std::int64_t value);
    void check(int rc) const;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// One SQLite connection. Not thread-safe: one connection per thread.
class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
        ReadWriteCreate
    };
    enum class Durability
    {
        // Rebuildable data (the cache): WAL, synchronous=NORMAL.
        Cache,
        // The only copy of something (the ledger): WAL, synchronous=FULL.
        Ledger
    };

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Database open(const QString& path, Mode mode, Durability durability = Durability::Cache);

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    void close();

    void exec(const char* sql);
    void exec(const QString& sql);
    Statement prepare(const char* sql);
    Statement prepare(const QString& sql);
    // A statement prepared once per connection and kept, for hot paths; `sql` must be a
    // string literal (it is the key). Returned reset; not for nested use of the same SQL.
    Statement& cached(const char* sql);

    // Runs a query expected to return one integer (or 0 when it returns no row).
    std::int64_t scalar(const char* sql);

    int userVersion();
    void setUserVersion(int version);
    // Returns "ok" or SQLite's description of what is damaged.
    QString quickCheck();
    std::int64_t lastInsertRowId() const;
    // True inside BEGIN .. COMMIT.
    bool inTransaction() const;
    int changes() const;

    sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db, QString path);
    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<const char*, std::unique_ptr<Statement>> m_cached;
};

// Moves a database file and its WAL/SHM companions to "<path>.damaged-<UTC time>"
// beside it (never deletes). Returns the new path, or an empty string when the file
// could not be moved (then nothing was).
QString moveDatabaseAside(const QString& path);

// BEGIN IMMEDIATE .. COMMIT; rolls back when destroyed uncommitted (an exception on the way).
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace core
