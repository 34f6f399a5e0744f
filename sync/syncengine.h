#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace core {
class Database;
}

namespace cruscotto::sync {

class HubClient;

// Why a sync stopped, in plain words, with a kind scripts and screens can branch on.
class SyncError : public std::runtime_error
{
public:
    enum class Kind
    {
        Unreachable, // no connection, or the hub kept failing after the retries
        Certificate, // the hub's certificate is not trusted
        WrongPassword, // 401
        NoPermission, // 403: the role may not read this
        BadData, // a page was malformed; nothing of it was applied
        Cancelled,
        Cache // the local cache could not be written
    };
    SyncError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    { }
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    Kind m_kind;
};

struct SyncProgress
{
    std::int64_t rows = 0; // rows applied so far in this run
    std::uint64_t bytes = 0; // bytes received so far (as on the wire)
    double seconds = 0; // since the run started
    int pages = 0;
    // 0..1 when the hub told how far the feed goes; estimated time left from it.
    std::optional<double> fraction;
    std::optional<double> secondsLeft;
};

struct SyncResult
{
    std::int64_t rows = 0;
    std::uint64_t bytes = 0;
    int pages = 0;
    std::string cursor; // opaque, as the hub gave it
    double seconds = 0;
    bool catalogueChanged = false;
};

// Brings the local cache up to date with the hub: log in, the catalogue (with
// ETag), then every page of the changes feed since the cursor the cache stored.
// Each page is validated whole, then applied in one transaction together with the
// new cursor and the rollups of the days it touched: an interrupted sync resumes
// where the last committed page ended, and a bad page leaves the cache as it was.
// Transient failures (connection errors, 5xx, 429/503 with Retry-After) are
// retried with exponential backoff and jitter; the rest stop the run.
// Runs on the calling thread (a worker, never the GUI's).
class SyncEngine
{
public:
    struct Options
    {
        int pageLimit = 20000;
        int maxAttempts = 6; // per request
        std::chrono::milliseconds firstBackoff{ 250 }; // doubles each time
        std::chrono::milliseconds maxBackoff{ 30000 };
        // The last record of this device's ticket-office ledger the hub has
        // (core::Ledger::uploadedThrough()); unset without a ledger. Lets the
        // pending local sales settle against the hub's rows exactly once.
        std::function<std::int64_t()> hubHasLedgerThrough;
        // Only the catalogue (sites, products, slots). Always so for a clerk: the hub
        // gives a ticket-office clerk the catalogue and never the dashboards' figures.
        bool catalogueOnly = false;
    };
    using ProgressCallback = std::function<void(const SyncProgress&)>;

    SyncEngine(core::Database& cache, HubClient& client, Options options);
    SyncEngine(core::Database& cache, HubClient& client);

    // Logs in and keeps the bearer token in the client. Throws SyncError.
    void login(const QString& user, const QString& password);
    // Whole run: catalogue then changes. Throws SyncError; what was committed stays.
    SyncResult run(const ProgressCallback& progress = {});

    // Asks a running sync to stop at the next safe point (between pages or retries).
    void cancel() { m_cancelled = true; }

    // The cursor stored in the cache (empty: never synced with this hub).
    static std::string storedCursor(core::Database& cache);
    // Where the cache's data comes from: "demo", or the hub and user it was synced
    // with; a run for another hub or user starts the cache afresh.
    static QString sourceFor(const std::string& hubUrl, const QString& user);
    static QString cacheSource(core::Database& cache);
    // The role the hub gave the user the cache was synced with ("director", "clerk",
    // ...): the app opens a clerk's machine on the ticket office, never the dashboards.
    static QString cacheRole(core::Database& cache);

    // What is wrong with a page of GET /v1/changes as received (status 200): not a
    // JSON object, no cursor, an unknown table or column, a missing key column, a
    // row of the wrong length or a cell of the wrong type. Empty when the page can be
    // applied. run() checks every page with it before touching the cache.
    static QString pageProblem(std::string_view body);

private:
    std::string fetch(const std::string& target, int* status, std::uint64_t* bytes,
                      std::map<std::string, std::string>* headers = nullptr,
                      const std::map<std::string, std::string>& requestHeaders = {});
    // fetch() for any idempotent request: retried, re-signed in, errors named alike.
    std::string send(const char* method, const std::string& target, const std::string& body, int* status,
                     std::uint64_t* bytes, std::map<std::string, std::string>* headers = nullptr,
                     const std::map<std::string, std::string>& requestHeaders = {});
    void pushAcknowledgements();
    bool pullCatalogue();
    void adoptCacheForHub();
    void rememberRole();
    void throwIfCancelled() const;

    core::Database& m_cache;
    HubClient& m_client;
    QString m_user;
    QString m_password;
    QString m_role;
    Options m_options;
    std::atomic<bool> m_cancelled{ false };
    std::uint64_t m_bytes = 0;
};

} // namespace cruscotto::sync
