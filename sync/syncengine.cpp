#include "sync/syncengine.h"

#include "sync/jsonfields.h"

#include "sync/hubclient.h"

#include "core/cacherollups.h"
#include "core/pendingsales.h"
#include "core/transactionmonitor.h"
#include "core/database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

enum class Kind
{
    Integer,
    Real,
    Text,
    OptionalInteger,
    OptionalReal,
    OptionalText
};

// The tables the client accepts from the changes feed, with their keys: names
// from the wire never reach SQL unless they are listed here.
struct ClientTable
{
    const char* name;
    std::vector<std::pair<const char*, Kind>> columns;
    std::vector<const char*> key;
    const char* owner; // "site_id" or "zone_id": whose rollups a row touches
};

const std::vector<ClientTable>& clientTables()
{
    static const std::vector<ClientTable> tables = {
        { "sales_hourly",
          { { "site_id", Kind::Integer },
            { "hour_utc", Kind::Integer },
            { "channel_id", Kind::Integer },
            { "product_id", Kind::Integer },
            { "day", Kind::Integer },
            { "tickets", Kind::Integer },
            { "visitors", Kind::Integer },
            { "revenue_cents", Kind::Integer } },
          { "site_id", "day", "channel_id", "product_id", "hour_utc" },
          "site_id" },
        { "sales_daily",
          { { "site_id", Kind::Integer },
            { "day", Kind::Integer },
            { "channel_id", Kind::Integer },
            { "product_id", Kind::Integer },
            { "tickets", Kind::Integer },
            { "visitors", Kind::Integer },
            { "revenue_cents", Kind::Integer } },
          { "site_id", "day", "channel_id", "product_id" },
          "site_id" },
        { "zone_sensor_hourly",
          { { "zone_id", Kind::Integer },
            { "hour_utc", Kind::Integer },
            { "day", Kind::Integer },
            { "people_in", Kind::Integer },
            { "people_out", Kind::Integer },
            { "occupancy_avg", Kind::Real },
            { "occupancy_max", Kind::Integer },
            { "temperature_c", Kind::OptionalReal },
            { "temperature_min", Kind::OptionalReal },
            { "temperature_max", Kind::OptionalReal },
            { "humidity_pct", Kind::OptionalReal },
            { "humidity_min", Kind::OptionalReal },
            { "humidity_max", Kind::OptionalReal },
            { "lux", Kind::OptionalReal },
            { "co2_ppm", Kind::OptionalReal } },
          { "zone_id", "day", "hour_utc" },
          "zone_id" },
        { "microcell_hourly",
          { { "site_id", Kind::Integer },
            { "hour_utc", Kind::Integer },
            { "day", Kind::Integer },
            { "devices_avg", Kind::Real },
            { "devices_max", Kind::Integer } },
          { "site_id", "hour_utc" },
          nullptr },
        // k-anonymous monthly cells: a null (suppressed) cell removes the cell.
        { "visitor_profile_monthly",
          { { "site_id", Kind::Integer },
            { "month", Kind::Integer },
            { "dimension", Kind::Text },
            { "bucket", Kind::Text },
            { "visitors", Kind::OptionalInteger } },
          { "site_id", "month", "dimension", "bucket" },
          nullptr },
        { "alerts",
          { { "id", Kind::Integer },
            { "site_id", Kind::Integer },
            { "zone_id", Kind::OptionalInteger },
            { "raised_utc", Kind::Integer },
            { "kind", Kind::Text },
            { "severity", Kind::Text },
            { "title", Kind::Text },
            { "detail", Kind::Text },
            { "acknowledged_utc", Kind::OptionalInteger },
            { "ack_comment", Kind::OptionalText } },
          { "id" },
          nullptr },
        // The hub's visitors per time slot and channel (core::SiteCatalogue::slotSales).
        { "slot_sales",
          { { "site_id", Kind::Integer },
            { "day", Kind::Integer },
            { "slot_start", Kind::Integer },
            { "channel_id", Kind::Integer },
            { "tickets", Kind::Integer } },
          { "site_id", "day", "slot_start", "channel_id" },
          nullptr },
        // Funded programmes' tables (core::FundingStore); lines of another generation are dropped.
        { "funding_tables",
          { { "code", Kind::Text },
            { "title", Kind::Text },
            { "scope_kind", Kind::Text },
            { "scope_code", Kind::Text },
            { "generation", Kind::Integer },
            { "imported_utc", Kind::Integer } },
          { "code" },
          nullptr },
        { "funding_lines",
          { { "table_code", Kind::Text },
            { "position", Kind::Integer },
            { "generation", Kind::Integer },
            { "code", Kind::Text },
            { "description", Kind::Text },
            { "target", Kind::Text },
            { "deadline_text", Kind::Text },
            { "deadline_day", Kind::OptionalInteger },
            { "status", Kind::Text },
            { "funded_cents", Kind::Integer },
            { "committed_cents", Kind::Integer },
            { "in_progress_cents", Kind::Integer },
            { "spent_cents", Kind::Integer },
            { "notes", Kind::Text },
            { "parent", Kind::Integer } },
          { "table_code", "position" },
          nullptr },
    };
    return tables;
}

const ClientTable* findTable(std::string_view name)
{
    for (const ClientTable& t : clientTables()) {
        if (name == t.name) {
            return &t;
        }
    }
    return nullptr;
}

bool fits(const json::value& v, Kind kind)
{
    switch (kind) {
    case Kind::OptionalInteger:
        if (v.is_null()) {
            return true;
        }
        [[fallthrough]];
    case Kind::Integer:
        return v.is_int64() || (v.is_uint64() && v.as_uint64() <= std::uint64_t(INT64_MAX));
    case Kind::OptionalReal:
        if (v.is_null()) {
            return true;
        }
        [[fallthrough]];
    case Kind::Real:
        return v.is_number();
    case Kind::OptionalText:
        if (v.is_null()) {
            return true;
        }
        [[fallthrough]];
    case Kind::Text:
        return v.is_string();
    }
    return false;
}

void bindValue(core::Statement& stmt, int index, const json::value& v)
{
    if (v.is_null()) {
        stmt.bindNull(index);
    } else if (v.is_int64()) {
        stmt.bind(index, v.as_int64());
    } else if (v.is_uint64()) {
        stmt.bind(index, static_cast<std::int64_t>(v.as_uint64()));
    } else if (v.is_double()) {
        stmt.bind(index, v.as_double());
    } else {
        const auto& s = v.as_string();
        stmt.bind(index, QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())));
    }
}

// A page checked whole before anything is written.
struct CheckedTable
{
    const ClientTable* table;
    std::vector<int> columnOf; // page column -> index in table->columns
    const json::array* rows;
};

std::vector<CheckedTable> checkPage(const json::object& page, QString* error)
{
    std::vector<CheckedTable> checked;
    const json::value* tables = page.if_contains("tables");
    if (!tables || !tables->is_object()) {
        *error = QCoreApplication::translate("sync::SyncEngine", "the page has no tables");
        return {};
    }
    for (const auto& [name, body] : tables->as_object()) {
        const ClientTable* table = findTable(name);
        if (!table) {
            *error = QCoreApplication::translate("sync::SyncEngine", "unknown table %1")
                         .arg(QString::fromUtf8(name.data(), qsizetype(name.size())));
            return {};
        }
        const json::value* columns = body.is_object() ? body.as_object().if_contains("columns") : nullptr;
        const json::value* rows = body.is_object() ? body.as_object().if_contains("rows") : nullptr;
        if (!columns || !columns->is_array() || !rows || !rows->is_array()) {
            *error = QCoreApplication::translate("sync::SyncEngine", "table %1 has no columns or rows")
                         .arg(QLatin1String(table->name));
            return {};
        }
        CheckedTable c{ table, {}, &rows->as_array() };
        std::set<int> seen;
        for (const json::value& col : columns->as_array()) {
            int found = -1;
            for (std::size_t i = 0; col.is_string() && i < table->columns.size(); ++i) {
                if (col.as_string() == table->columns[i].first) {
                    found = static_cast<int>(i);
                }
            }
            if (found < 0 || !seen.insert(found).second) {
                *error = QCoreApplication::translate("sync::SyncEngine", "table %1 has an unknown or repeated column")
                             .arg(QLatin1String(table->name));
                return {};
            }
            c.columnOf.push_back(found);
        }
        for (const char* key : table->key) {
            const auto it = std::find_if(table->columns.begin(), table->columns.end(),
                                         [key](const auto& col) { return std::string_view(col.first) == key; });
            if (!seen.count(static_cast<int>(it - table->columns.begin()))) {
                *error = QCoreApplication::translate("sync::SyncEngine", "table %1 lacks its key column %2")
                             .arg(QLatin1String(table->name), QLatin1String(key));
                return {};
            }
        }
        std::size_t rowNumber = 0;
        for (const json::value& row : *c.rows) {
            ++rowNumber;
            if (!row.is_array() || row.as_array().size() != c.columnOf.size()) {
                *error = QCoreApplication::translate("sync::SyncEngine", "row %1 of %2 has the wrong number of cells")
                             .arg(rowNumber)
                             .arg(QLatin1String(table->name));
                return {};
            }
            for (std::size_t i = 0; i < c.columnOf.size(); ++i) {
                if (!fits(row.as_array()[i], table->columns[static_cast<std::size_t>(c.columnOf[i])].second)) {
                    *error = QCoreApplication::translate("sync::SyncEngine", "row %1 of %2: %3 has the wrong type")
                                 .arg(rowNumber)
                                 .arg(QLatin1String(table->name),
                                      QLatin1String(table->columns[static_cast<std::size_t>(c.columnOf[i])].first));
                    return {};
                }
            }
        }
        checked.push_back(c);
    }
    return checked;
}

// The whole of a received page: a JSON object with its cursor and valid tables.
std::vector<CheckedTable> checkWholePage(const std::optional<json::object>& page, int status, QString* problem)
{
    const json::value* next = page ? page->if_contains("next") : nullptr;
    const json::value* more = page ? page->if_contains("has_more") : nullptr;
    if (!page) {
        *problem = QCoreApplication::translate("sync::SyncEngine", "status %1 or a reply that is not JSON").arg(status);
        return {};
    }
    if (!next || !next->is_string() || !more || !more->is_bool()) {
        *problem = QCoreApplication::translate("sync::SyncEngine", "the page lacks its cursor");
        return {};
    }
    return checkPage(*page, problem);
}

std::string upsertSql(const ClientTable& table, const std::vector<int>& columnOf)
{
    // Built with append() only: GCC 12 warns (-Wrestrict, a false positive) on
    // operator+ chains of literals and strings here once inlined.
    std::string names;
    std::string marks;
    std::string updates;
    for (std::size_t i = 0; i < columnOf.size(); ++i) {
        const std::string_view name = table.columns[static_cast<std::size_t>(columnOf[i])].first;
        if (i) {
            names.append(",");
            marks.append(",");
        }
        names.append(name);
        marks.append("?");
        const bool isKey = std::any_of(table.key.begin(), table.key.end(),
                                       [name](const char* k) { return std::string_view(k) == name; });
        if (!isKey) {
            if (!updates.empty()) {
                updates.append(",");
            }
            // An acknowledgement made here and not yet on the hub stays until the hub's
            // row carries one (see pushAcknowledgements).
            if (std::string_view(table.name) == "alerts" && (name == "acknowledged_utc" || name == "ack_comment")) {
                updates.append(name).append("=COALESCE(excluded.").append(name).append(",alerts.").append(name);
                updates.append(")");
            } else {
                updates.append(name).append("=excluded.").append(name);
            }
        }
    }
    std::string keys;
    for (const char* k : table.key) {
        if (!keys.empty()) {
            keys.append(",");
        }
        keys.append(k);
    }
    std::string sql("INSERT INTO ");
    sql.append(table.name).append(" (").append(names).append(") VALUES (").append(marks);
    sql.append(") ON CONFLICT (").append(keys).append(") DO ");
    if (updates.empty()) {
        sql.append("NOTHING");
    } else {
        sql.append("UPDATE SET ").append(updates);
    }
    return sql;
}

void setMeta(core::Database& db, const char* key, const QString& value)
{
    core::Statement stmt = db.prepare(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    stmt.bind(1, QString::fromLatin1(key)).bind(2, value);
    stmt.exec();
}

QString meta(core::Database& db, const char* key)
{
    core::Statement stmt = db.prepare("SELECT value FROM meta WHERE key = ?");
    stmt.bind(1, QString::fromLatin1(key));
    return stmt.step() ? stmt.text(0) : QString();
}

std::int64_t integer(const json::object& o, const char* key)
{
    const json::value* v = o.if_contains(key);
    if (!v || !(v->is_int64() || v->is_uint64())) {
        throw SyncError(SyncError::Kind::BadData,
                        QCoreApplication::translate("sync::SyncEngine", "The hub's catalogue lacks a number for %1.")
                            .arg(QLatin1String(key)));
    }
    return v->is_int64() ? v->as_int64() : static_cast<std::int64_t>(v->as_uint64());
}

bool boolean(const json::object& o, const char* key)
{
    const json::value* v = o.if_contains(key);
    if (v && v->is_bool()) {
        return v->as_bool();
    }
    return integer(o, key) != 0;
}

// Absent means false: older hubs do not send the field.
bool optionalBoolean(const json::object& o, const char* key)
{
    return o.contains(key) && boolean(o, key);
}

double real(const json::object& o, const char* key)
{
    const json::value* v = o.if_contains(key);
    if (!v || !v->is_number()) {
        throw SyncError(SyncError::Kind::BadData,
                        QCoreApplication::translate("sync::SyncEngine", "The hub's catalogue lacks a number for %1.")
                            .arg(QLatin1String(key)));
    }
    return v->to_number<double>();
}

QString text(const json::object& o, const char* key)
{
    const json::value* v = o.if_contains(key);
    if (!v || !v->is_string()) {
        throw SyncError(SyncError::Kind::BadData,
                        QCoreApplication::translate("sync::SyncEngine", "The hub's catalogue lacks a text for %1.")
                            .arg(QLatin1String(key)));
    }
    return QString::fromUtf8(v->as_string().data(), static_cast<qsizetype>(v->as_string().size()));
}

const json::array& array(const json::object& o, const char* key)
{
    const json::value* v = o.if_contains(key);
    if (!v || !v->is_array()) {
        throw SyncError(SyncError::Kind::BadData,
                        QCoreApplication::translate("sync::SyncEngine", "The hub's catalogue lacks the list %1.")
                            .arg(QLatin1String(key)));
    }
    return v->as_array();
}

const json::object& object(const json::value& v)
{
    if (!v.is_object()) {
        throw SyncError(SyncError::Kind::BadData,
                        QCoreApplication::translate("sync::SyncEngine", "The hub's catalogue has a malformed entry."));
    }
    return v.as_object();
}

// Every data table of the cache: emptied when the cache is taken over by another source.
const char* const kDataTables[] = { "sales_hourly",
                                    "pending_sales",
                                    "sales_daily",
                                    "sales_site_daily",
                                    "sales_monthly",
                                    "visits_heatmap_monthly",
                                    "visitor_profile_daily",
                                    "visitor_profile_monthly",
                                    "zone_sensor_hourly",
                                    "zone_daily",
                                    "zone_monthly",
                                    "microcell_hourly",
                                    "alerts",
                                    "slot_sales",
                                    "digitisation_progress",
                                    "demo_anomalies",
                                    "site_calendar_exceptions",
                                    "ticket_products",
                                    "zones",
                                    "sites",
                                    "regions" };

} // namespace

SyncEngine::SyncEngine(core::Database& cache, HubClient& client, Options options)
    : m_cache(cache)
    , m_client(client)
    , m_options(options)
{ }

SyncEngine::SyncEngine(core::Database& cache, HubClient& client)
    : SyncEngine(cache, client, Options())
{ }

QString SyncEngine::pageProblem(std::string_view body)
{
    QString problem;
    checkWholePage(parseObject(body), 200, &problem);
    return problem;
}

std::string SyncEngine::storedCursor(core::Database& cache)
{
    return meta(cache, "sync_cursor").toStdString();
}

void SyncEngine::throwIfCancelled() const
{
    if (m_cancelled) {
        throw SyncError(SyncError::Kind::Cancelled,
                        QCoreApplication::translate("sync::SyncEngine",
                                                    "The sync was cancelled; what was received so far is kept."));
    }
}

void SyncEngine::login(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
    m_client.setToken({});
    const std::string body
        = json::serialize(json::object{ { "user", user.toStdString() }, { "password", password.toStdString() } });
    HubReply reply;
    try {
        reply = m_client.post("/v1/auth/token", body);
    } catch (const HubError& e) {
        throw SyncError(e.kind() == HubError::Kind::Certificate ? SyncError::Kind::Certificate
                                                                : SyncError::Kind::Unreachable,
                        QString::fromUtf8(e.what()));
    }
    m_bytes += reply.wireBytes;
    if (reply.status == 401) {
        throw SyncError(
            SyncError::Kind::WrongPassword,
            QCoreApplication::translate("sync::SyncEngine", "The hub did not accept the user name or password."));
    }
    if (reply.status == 403) {
        throw SyncError(SyncError::Kind::NoPermission,
                        QCoreApplication::translate("sync::SyncEngine", "This user may not sign in to the hub."));
    }
    if (reply.status == 429) {
        // The hub's sign-in throttle: too many wrong passwords for this user from here.
        throw SyncError(SyncError::Kind::WrongPassword,
                        QCoreApplication::translate("sync::SyncEngine",
                                                    "Too many failed sign-ins for this user; try again in %1 s.")
                            .arg(QString::fromStdString(reply.header("retry-after"))));
    }
    const auto answer = parseObject(reply.body);
    const json::value* token = answer ? answer->if_contains("token") : nullptr;
    if (reply.status != 200 || !token || !token->is_string()) {
        throw SyncError(SyncError::Kind::BadData,
                        QCoreApplication::translate("sync::SyncEngine", "The hub answered the sign-in with status %1.")
                            .arg(reply.status));
    }
    m_client.setToken(std::string(token->as_string()));
    const json::value* role = answer->if_contains("role");
    m_role = role && role->is_string() ? QString::fromUtf8(role->as_string().data(), qsizetype(role->as_string().size()))
                                       : QString();
}

void SyncEngine::pushAcknowledgements()
{
    // Alerts acknowledged on this machine since the last sync go to the hub, which
    // keeps the first acknowledgement of each and feeds it to everyone.
    std::vector<std::tuple<QString, std::int64_t, QString>> acks;
    try {
        core::Statement local
            = m_cache.prepare("SELECT acknowledged_utc, ack_comment FROM alerts WHERE id = ? AND acknowledged_utc "
                              "IS NOT NULL AND ack_comment IS NOT NULL");
        for (const QString& id : core::TransactionMonitor::pendingAcknowledgements(m_cache)) {
            local.bind(1, id.toLongLong());
            if (local.step()) {
                acks.emplace_back(id, local.int64(0), local.text(1));
            }
            local.reset();
        }
    } catch (const core::DatabaseError& e) {
        throw SyncError(SyncError::Kind::Cache,
                        QCoreApplication::translate("sync::SyncEngine", "The local cache could not be read: %1")
                            .arg(e.message()));
    }
    QStringList sent;
    for (const auto& [id, when, comment] : acks) {
        throwIfCancelled();
        const std::string body
            = json::serialize(json::object{ { "comment", comment.toStdString() }, { "acknowledged_utc", when } });
        int status = 0;
        send("POST", "/v1/alerts/" + id.toStdString() + "/ack", body, &status, &m_bytes);
        // 404: an alert the hub does not have (one made on this machine before it was
        // synced); 422: a comment the hub refuses. Neither gets better by sending again.
        if (status != 200 && status != 404 && status != 422) {
            throw SyncError(SyncError::Kind::BadData,
                            QCoreApplication::translate("sync::SyncEngine",
                                                        "The hub answered an acknowledgement with status %1.")
                                .arg(status));
        }
        sent.append(id);
    }
    try {
        core::TransactionMonitor::acknowledgementsSent(m_cache, sent);
    } catch (const core::DatabaseError& e) {
        throw SyncError(SyncError::Kind::Cache,
                        QCoreApplication::translate("sync::SyncEngine", "The local cache could not be prepared: %1")
                            .arg(e.message()));
    }
}

std::string SyncEngine::fetch(const std::string& target, int* status, std::uint64_t* bytes,
                              std::map<std::string, std::string>* headers,
                              const std::map<std::string, std::string>& requestHeaders)
{
    return send("GET", target, {}, status, bytes, headers, requestHeaders);
}

std::string SyncEngine::send(const char* method, const std::string& target, const std::string& body, int* status,
                             std::uint64_t* bytes, std::map<std::string, std::string>* headers,
                             const std::map<std::string, std::string>& requestHeaders)
{
    std::chrono::milliseconds backoff = m_options.firstBackoff;
    bool reloggedIn = false;
    QString lastProblem;
    for (int attempt = 1; attempt <= m_options.maxAttempts; ++attempt) {
        throwIfCancelled();
        std::chrono::milliseconds wait = backoff;
        try {
            const HubReply reply = std::string_view(method) == "GET" ? m_client.get(target, requestHeaders)
                                                                      : m_client.post(target, body, requestHeaders);
            *bytes += reply.wireBytes;
            if (reply.status == 401 && !reloggedIn && !m_user.isEmpty()) {
                // The token expired mid-run: sign in again once.
                reloggedIn = true;
                login(m_user, m_password);
                --attempt;
                continue;
            }
            if (reply.status == 401) {
                throw SyncError(
                    SyncError::Kind::WrongPassword,
                    QCoreApplication::translate("sync::SyncEngine", "The hub no longer accepts this sign-in."));
            }
            if (reply.status == 403) {
                throw SyncError(
                    SyncError::Kind::NoPermission,
                    QCoreApplication::translate("sync::SyncEngine", "This user has no permission to read this data."));
            }
            if (reply.status == 429 || reply.status >= 500) {
                lastProblem = QCoreApplication::translate("sync::SyncEngine", "the hub answered with status %1")
                                  .arg(reply.status);
                const std::string retryAfter = reply.header("retry-after");
                if (!retryAfter.empty() && std::all_of(retryAfter.begin(), retryAfter.end(), ::isdigit)) {
                    wait = std::min<std::chrono::milliseconds>(std::chrono::seconds(std::stoll(retryAfter)),
                                                               m_options.maxBackoff);
                }
            } else {
                *status = reply.status;
                if (headers) {
                    *headers = reply.headers;
                }
                return reply.body;
            }
        } catch (const HubError& e) {
            if (e.kind() == HubError::Kind::Certificate) {
                throw SyncError(SyncError::Kind::Certificate, QString::fromUtf8(e.what()));
            }
            if (e.kind() == HubError::Kind::BadAddress) {
                throw SyncError(SyncError::Kind::Unreachable, QString::fromUtf8(e.what()));
            }
            lastProblem = QString::fromUtf8(e.what());
        }
        if (attempt == m_options.maxAttempts) {
            break;
        }
        backoffWait(wait, [this] { throwIfCancelled(); });
        backoff = std::min(backoff * 2, m_options.maxBackoff);
    }
    throw SyncError(
        SyncError::Kind::Unreachable,
        QCoreApplication::translate("sync::SyncEngine", "The hub could not be reached after %1 attempts: %2")
            .arg(m_options.maxAttempts)
            .arg(lastProblem));
}

QString SyncEngine::sourceFor(const std::string& hubUrl, const QString& user)
{
    return QStringLiteral("hub:") + QString::fromStdString(hubUrl) + QStringLiteral(" user:") + user;
}

QString SyncEngine::cacheSource(core::Database& cache)
{
    return meta(cache, "source");
}

void SyncEngine::adoptCacheForHub()
{
    const QString source = sourceFor(m_client.endpoint().url, m_user);
    if (meta(m_cache, "source") == source) {
        return;
    }
    // The cache held something else (the demo, another hub or user): it is rebuildable, start afresh.
    core::Transaction tx(m_cache);
    for (const char* table : kDataTables) {
        m_cache.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    }
    m_cache.exec("DELETE FROM meta");
    setMeta(m_cache, "source", source);
    tx.commit();
}

void SyncEngine::rememberRole()
{
    if (!m_role.isEmpty() && meta(m_cache, "hub_role") != m_role) {
        setMeta(m_cache, "hub_role", m_role);
    }
}

QString SyncEngine::cacheRole(core::Database& cache)
{
    return meta(cache, "hub_role");
}

bool SyncEngine::pullCatalogue()
{
    int status = 0;
    std::map<std::string, std::string> headers;
    std::map<std::string, std::string> request;
    const QString etag = meta(m_cache, "catalogue_etag");
    if (!etag.isEmpty()) {
        request["If-None-Match"] = etag.toStdString();
    }
    const std::string body = fetch("/v1/sites", &status, &m_bytes, &headers, request);
    if (status == 304) {
        return false;
    }
    const auto catalogue = parseObject(body);
    if (status != 200 || !catalogue) {
        throw SyncError(
            SyncError::Kind::BadData,
            QCoreApplication::translate("sync::SyncEngine", "The hub's catalogue could not be read (status %1).")
                .arg(status));
    }
    try {
        core::Transaction tx(m_cache);
        std::set<std::int64_t> siteIds;
        core::Statement region = m_cache.prepare("INSERT INTO regions (id, code, name) VALUES (?,?,?) ON CONFLICT (id) "
                                                 "DO UPDATE SET code = excluded.code, name = excluded.name");
        for (const auto& v : array(*catalogue, "regions")) {
            const auto& r = object(v);
            region.bind(1, integer(r, "id")).bind(2, text(r, "code")).bind(3, text(r, "name"));
            region.exec();
        }
        core::Statement site = m_cache.prepare(
            "INSERT INTO sites (id, code, name, type, region_id, capacity, open_hour, close_hour, closing_weekday, "
            "nominative_tickets) "
            "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, "
            "type = excluded.type, region_id = excluded.region_id, capacity = excluded.capacity, "
            "open_hour = excluded.open_hour, close_hour = excluded.close_hour, "
            "closing_weekday = excluded.closing_weekday, nominative_tickets = excluded.nominative_tickets");
        core::Statement clearFreeDays = m_cache.prepare("DELETE FROM site_free_days WHERE site_id = ?");
        core::Statement freeDay = m_cache.prepare("INSERT INTO site_free_days (site_id, day, note) VALUES (?,?,?)");
        core::Statement clearSlots = m_cache.prepare("DELETE FROM site_slot_policy WHERE site_id = ?");
        core::Statement slotPolicy = m_cache.prepare("INSERT INTO site_slot_policy (site_id, slot_minutes, slot_capacity, "
                                                "counter_pct, online_pct, kiosk_pct, b2b_pct) VALUES (?,?,?,?,?,?,?)");
        core::Statement clearExceptions = m_cache.prepare("DELETE FROM site_calendar_exceptions WHERE site_id = ?");
        core::Statement exception = m_cache.prepare("INSERT INTO site_calendar_exceptions (site_id, day, open, "
                                                    "open_hour, close_hour, note) VALUES (?,?,?,?,?,?)");
        for (const auto& v : array(*catalogue, "sites")) {
            const auto& s = object(v);
            const std::int64_t id = integer(s, "id");
            siteIds.insert(id);
            site.bind(1, id).bind(2, text(s, "code")).bind(3, text(s, "name")).bind(4, text(s, "type"));
            site.bind(5, integer(s, "region_id")).bind(6, integer(s, "capacity")).bind(7, integer(s, "open_hour"));
            site.bind(8, integer(s, "close_hour")).bind(9, integer(s, "closing_weekday"));
            site.bind(10, optionalBoolean(s, "nominative_tickets") ? 1 : 0);
            site.exec();
            clearFreeDays.bind(1, id);
            clearFreeDays.exec();
            if (const json::value* list = s.if_contains("free_days"); list && list->is_array()) {
                for (const auto& d : list->as_array()) {
                    const json::array* cells = d.if_array();
                    if (!cells || cells->size() != 2 || !fits((*cells)[0], Kind::Integer)
                        || !fits((*cells)[1], Kind::Text)) {
                        throw SyncError(SyncError::Kind::BadData,
                                        QCoreApplication::translate("sync::SyncEngine", "A free day is malformed."));
                    }
                    freeDay.bind(1, id);
                    bindValue(freeDay, 2, (*cells)[0]);
                    bindValue(freeDay, 3, (*cells)[1]);
                    freeDay.exec();
                }
            }
            clearSlots.bind(1, id);
            clearSlots.exec();
            if (const json::value* policy = s.if_contains("slot_policy"); policy && policy->is_object()) {
                const json::object& p = policy->as_object();
                slotPolicy.bind(1, id).bind(2, integer(p, "slot_minutes")).bind(3, integer(p, "slot_capacity"));
                slotPolicy.bind(4, integer(p, "counter_pct")).bind(5, integer(p, "online_pct"));
                slotPolicy.bind(6, integer(p, "kiosk_pct")).bind(7, integer(p, "b2b_pct"));
                slotPolicy.exec();
            }
            clearExceptions.bind(1, id);
            clearExceptions.exec();
            if (const json::value* list = s.if_contains("calendar_exceptions"); list && list->is_array()) {
                for (const auto& e : list->as_array()) {
                    if (!e.is_array() || e.as_array().size() != 5) {
                        throw SyncError(
                            SyncError::Kind::BadData,
                            QCoreApplication::translate("sync::SyncEngine", "A calendar exception is malformed."));
                    }
                    const auto& cells = e.as_array();
                    if (!fits(cells[0], Kind::Integer) || !fits(cells[1], Kind::Integer)
                        || !fits(cells[2], Kind::Integer) || !fits(cells[3], Kind::Integer)
                        || !fits(cells[4], Kind::Text)) {
                        throw SyncError(
                            SyncError::Kind::BadData,
                            QCoreApplication::translate("sync::SyncEngine", "A calendar exception is malformed."));
                    }
                    exception.bind(1, id);
                    for (int i = 0; i < 5; ++i) {
                        bindValue(exception, i + 2, cells[static_cast<std::size_t>(i)]);
                    }
                    exception.exec();
                }
            }
        }
        core::Statement zone = m_cache.prepare(
            "INSERT INTO zones (id, site_id, code, name, capacity, indoor, temp_min, temp_max, rh_min, rh_max, "
            "lux_max) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, "
            "code = excluded.code, name = excluded.name, capacity = excluded.capacity, indoor = excluded.indoor, "
            "temp_min = excluded.temp_min, temp_max = excluded.temp_max, rh_min = excluded.rh_min, "
            "rh_max = excluded.rh_max, lux_max = excluded.lux_max");
        for (const auto& v : array(*catalogue, "zones")) {
            const auto& z = object(v);
            zone.bind(1, integer(z, "id")).bind(2, integer(z, "site_id")).bind(3, text(z, "code"));
            zone.bind(4, text(z, "name")).bind(5, integer(z, "capacity")).bind(6, boolean(z, "indoor") ? 1 : 0);
            zone.bind(7, real(z, "temp_min")).bind(8, real(z, "temp_max")).bind(9, real(z, "rh_min"));
            zone.bind(10, real(z, "rh_max")).bind(11, real(z, "lux_max"));
            zone.exec();
        }
        core::Statement product = m_cache.prepare(
            "INSERT INTO ticket_products (id, site_id, code, name, category, free_reason, price_cents, kind, document, "
            "admits, position) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, "
            "code = excluded.code, name = excluded.name, category = excluded.category, "
            "free_reason = excluded.free_reason, price_cents = excluded.price_cents, kind = excluded.kind, "
            "document = excluded.document, admits = excluded.admits, position = excluded.position");
        // Products the hub no longer has (a director deleted them) leave the cache first, so
        // counters stop offering them; then the rest is upserted by id.
        {
            std::set<std::int64_t> productIds;
            for (const auto& v : array(*catalogue, "products")) {
                productIds.insert(integer(object(v), "id"));
            }
            core::Statement ofSite = m_cache.prepare("SELECT id FROM ticket_products WHERE site_id = ?");
            core::Statement drop = m_cache.prepare("DELETE FROM ticket_products WHERE id = ?");
            for (const std::int64_t site : siteIds) {
                std::vector<std::int64_t> stale;
                ofSite.bind(1, site);
                while (ofSite.step()) {
                    if (!productIds.count(ofSite.int64(0))) {
                        stale.push_back(ofSite.int64(0));
                    }
                }
                ofSite.reset();
                for (const std::int64_t id : stale) {
                    drop.bind(1, id);
                    drop.exec();
                }
            }
        }
        for (const auto& v : array(*catalogue, "products")) {
            const auto& p = object(v);
            product.bind(1, integer(p, "id")).bind(2, integer(p, "site_id")).bind(3, text(p, "code"));
            product.bind(4, text(p, "name")).bind(5, text(p, "category")).bind(6, text(p, "free_reason"));
            product.bind(7, integer(p, "price_cents"));
            product.bind(8, p.contains("kind") ? text(p, "kind") : QStringLiteral("admission"));
            product.bind(9, p.contains("document") ? text(p, "document") : QString());
            product.bind(10, p.contains("admits") ? text(p, "admits") : QString());
            product.bind(11, p.contains("position") ? integer(p, "position") : 0);
            product.exec();
        }
        // Sites no longer in the user's scope leave the cache with all their figures.
        std::vector<std::int64_t> gone;
        core::Statement existing = m_cache.prepare("SELECT id FROM sites");
        while (existing.step()) {
            if (!siteIds.count(existing.int64(0))) {
                gone.push_back(existing.int64(0));
            }
        }
        for (const auto id : gone) {
            for (const char* table :
                 { "sales_hourly", "sales_daily", "sales_site_daily", "sales_monthly", "visits_heatmap_monthly",
                   "visitor_profile_daily", "visitor_profile_monthly", "microcell_hourly", "slot_sales" }) {
                core::Statement del
                    = m_cache.prepare(QStringLiteral("DELETE FROM %1 WHERE site_id = ?").arg(QLatin1String(table)));
                del.bind(1, id);
                del.exec();
            }
            for (const char* table : { "zone_sensor_hourly", "zone_daily", "zone_monthly" }) {
                core::Statement del = m_cache.prepare(
                    QStringLiteral("DELETE FROM %1 WHERE zone_id IN (SELECT id FROM zones WHERE site_id = ?)")
                        .arg(QLatin1String(table)));
                del.bind(1, id);
                del.exec();
            }
            core::Statement del = m_cache.prepare("DELETE FROM sites WHERE id = ?");
            del.bind(1, id);
            del.exec();
        }
        const auto tag = headers.find("etag");
        setMeta(m_cache, "catalogue_etag", tag == headers.end() ? QString() : QString::fromStdString(tag->second));
        tx.commit();
    } catch (const core::DatabaseError& e) {
        throw SyncError(
            e.code() == 19 /* constraint */ ? SyncError::Kind::BadData : SyncError::Kind::Cache,
            QCoreApplication::translate("sync::SyncEngine", "The catalogue could not be stored: %1").arg(e.message()));
    }
    return true;
}

SyncResult SyncEngine::run(const ProgressCallback& progress)
{
    const auto started = std::chrono::steady_clock::now();
    const auto elapsed
        = [&started] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
    m_bytes = 0;
    m_cancelled = false;
    SyncResult result;
    try {
        adoptCacheForHub();
    } catch (const core::DatabaseError& e) {
        throw SyncError(SyncError::Kind::Cache,
                        QCoreApplication::translate("sync::SyncEngine", "The local cache could not be prepared: %1")
                            .arg(e.message()));
    }
    try {
        rememberRole();
    } catch (const core::DatabaseError& e) {
        throw SyncError(SyncError::Kind::Cache,
                        QCoreApplication::translate("sync::SyncEngine", "The local cache could not be prepared: %1")
                            .arg(e.message()));
    }
    result.catalogueChanged = pullCatalogue();
    // A ticket-office clerk reads the catalogue (tariffs, slots) and never the figures.
    if (m_options.catalogueOnly || m_role == QLatin1String("clerk")) {
        result.bytes = m_bytes;
        result.seconds = elapsed();
        return result;
    }

    pushAcknowledgements();

    std::string cursor = storedCursor(m_cache);
    std::optional<std::int64_t> startRev;
    // What the hub held of this device's ledger before the pull: every sale up to it is
    // in the hub's rows this run brings (see core::PendingSales).
    const auto hubHasLedgerThrough = [this]() -> std::int64_t {
        return m_options.hubHasLedgerThrough ? m_options.hubHasLedgerThrough() : 0;
    };
    const std::int64_t hubHadAtStart = hubHasLedgerThrough();
    for (;;) {
        throwIfCancelled();
        int status = 0;
        const std::int64_t hubHas = hubHasLedgerThrough();
        const std::string body
            = fetch("/v1/changes?since=" + cursor + "&limit=" + std::to_string(m_options.pageLimit), &status, &m_bytes);
        const auto page = parseObject(body);
        QString problem;
        std::vector<CheckedTable> tables;
        const json::value* next = page ? page->if_contains("next") : nullptr;
        const json::value* more = page ? page->if_contains("has_more") : nullptr;
        if (status != 200) {
            problem
                = QCoreApplication::translate("sync::SyncEngine", "status %1 or a reply that is not JSON").arg(status);
        } else {
            tables = checkWholePage(page, status, &problem);
        }
        if (!problem.isEmpty()) {
            throw SyncError(SyncError::Kind::BadData,
                            QCoreApplication::translate(
                                "sync::SyncEngine", "The hub sent a malformed page (%1); nothing of it was applied.")
                                .arg(problem));
        }
        std::int64_t rows = 0;
        try {
            core::Transaction tx(m_cache);
            std::set<core::PendingSales::HourKey> replacedHours;
            std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> siteDays;
            std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> zoneDays;
            for (const CheckedTable& t : tables) {
                core::Statement upsert = m_cache.prepare(upsertSql(*t.table, t.columnOf).c_str());
                int ownerColumn = -1;
                int dayColumn = -1;
                for (std::size_t i = 0; i < t.columnOf.size(); ++i) {
                    const std::string_view name = t.table->columns[static_cast<std::size_t>(t.columnOf[i])].first;
                    if (t.table->owner && name == t.table->owner) {
                        ownerColumn = static_cast<int>(i);
                    }
                    if (name == "day") {
                        dayColumn = static_cast<int>(i);
                    }
                }
                auto& ranges = t.table->owner && std::string_view(t.table->owner) == "zone_id" ? zoneDays : siteDays;
                // A suppressed profile cell (visitors null) is deleted, never stored.
                int suppressedColumn = -1;
                std::optional<core::Statement> forget;
                if (std::string_view(t.table->name) == "visitor_profile_monthly") {
                    for (std::size_t i = 0; i < t.columnOf.size(); ++i) {
                        if (std::string_view(t.table->columns[static_cast<std::size_t>(t.columnOf[i])].first)
                            == "visitors") {
                            suppressedColumn = static_cast<int>(i);
                        }
                    }
                    forget = m_cache.prepare("DELETE FROM visitor_profile_monthly WHERE site_id = :site_id AND "
                                             "month = :month AND dimension = :dimension AND bucket = :bucket");
                }
                // Hours of sales_hourly the hub's rows replace: this device's pending sales settle there.
                std::array<int, 5> hourKeyColumns{ -1, -1, -1, -1, -1 };
                const bool salesHourly = std::string_view(t.table->name) == "sales_hourly";
                if (salesHourly) {
                    static constexpr std::array<std::string_view, 5> keyNames{ "site_id", "day", "channel_id",
                                                                               "product_id", "hour_utc" };
                    for (std::size_t i = 0; i < t.columnOf.size(); ++i) {
                        const std::string_view name
                            = t.table->columns[static_cast<std::size_t>(t.columnOf[i])].first;
                        for (std::size_t k = 0; k < keyNames.size(); ++k) {
                            if (name == keyNames[k]) {
                                hourKeyColumns[k] = static_cast<int>(i);
                            }
                        }
                    }
                }
                for (const json::value& row : *t.rows) {
                    const json::array& cells = row.as_array();
                    if (salesHourly && hourKeyColumns[4] >= 0) {
                        const auto cell = [&](int k) {
                            return cells[static_cast<std::size_t>(hourKeyColumns[static_cast<std::size_t>(k)])]
                                .to_number<std::int64_t>();
                        };
                        replacedHours.emplace(cell(0), cell(1), cell(2), cell(3), cell(4));
                    }
                    if (suppressedColumn >= 0 && cells[static_cast<std::size_t>(suppressedColumn)].is_null()) {
                        for (std::size_t i = 0; i < cells.size(); ++i) {
                            const std::string name
                                = std::string(":") + t.table->columns[static_cast<std::size_t>(t.columnOf[i])].first;
                            const int index = forget->parameterIndex(name.c_str());
                            if (index > 0) {
                                bindValue(*forget, index, cells[i]);
                            }
                        }
                        forget->exec();
                        ++rows;
                        continue;
                    }
                    for (std::size_t i = 0; i < cells.size(); ++i) {
                        bindValue(upsert, static_cast<int>(i + 1), cells[i]);
                    }
                    upsert.exec();
                    ++rows;
                    if (ownerColumn >= 0 && dayColumn >= 0) {
                        const std::int64_t owner
                            = cells[static_cast<std::size_t>(ownerColumn)].to_number<std::int64_t>();
                        const std::int64_t day = cells[static_cast<std::size_t>(dayColumn)].to_number<std::int64_t>();
                        auto [it, fresh] = ranges.try_emplace(owner, day, day);
                        if (!fresh) {
                            it->second.first = std::min(it->second.first, day);
                            it->second.second = std::max(it->second.second, day);
                        }
                    }
                }
            }
            // A table published again is a new generation: the lines of the one before go.
            if (std::any_of(tables.begin(), tables.end(), [](const CheckedTable& t) {
                    return std::string_view(t.table->name).starts_with("funding_");
                })) {
                m_cache.exec("DELETE FROM funding_lines WHERE generation <> (SELECT t.generation FROM "
                             "funding_tables t WHERE t.code = funding_lines.table_code)");
            }
            core::PendingSales::settle(m_cache, replacedHours, hubHas);
            // The rollups of every day a row of this page touched, in the same transaction.
            for (const auto& [site, range] : siteDays) {
                core::CacheRollups::refreshSite(m_cache, site, range.first, range.second);
            }
            for (const auto& [zone, range] : zoneDays) {
                core::CacheRollups::refreshZone(m_cache, zone, range.first, range.second);
            }
            cursor = std::string(next->as_string());
            setMeta(m_cache, "sync_cursor", QString::fromStdString(cursor));
            setMeta(m_cache, "last_sync_utc", QString::number(QDateTime::currentSecsSinceEpoch()));
            tx.commit();
        } catch (const core::DatabaseError& e) {
            throw SyncError(
                e.code() == 19 ? SyncError::Kind::BadData : SyncError::Kind::Cache,
                QCoreApplication::translate("sync::SyncEngine", "A page could not be stored, so none of it was: %1")
                    .arg(e.message()));
        }
        result.rows += rows;
        ++result.pages;
        result.cursor = cursor;
        if (progress) {
            SyncProgress p;
            p.rows = result.rows;
            p.bytes = m_bytes;
            p.seconds = elapsed();
            p.pages = result.pages;
            const json::value* latest = page->if_contains("latest");
            if (latest && latest->is_string()) {
                const std::int64_t last = std::atoll(std::string(latest->as_string()).c_str());
                const std::int64_t now = std::atoll(cursor.c_str());
                if (!startRev) {
                    const json::value* since = page->if_contains("since");
                    startRev = since && since->is_string() ? std::atoll(std::string(since->as_string()).c_str()) : 0;
                }
                if (last > *startRev) {
                    p.fraction = std::clamp(double(now - *startRev) / double(last - *startRev), 0.0, 1.0);
                    if (*p.fraction > 0) {
                        p.secondsLeft = p.seconds / *p.fraction - p.seconds;
                    }
                }
            }
            if (!more->as_bool()) {
                p.fraction = 1.0;
                p.secondsLeft = 0.0;
            }
            progress(p);
        }
        if (!more->as_bool()) {
            break;
        }
    }
    // Caught up: the cache's rows now hold everything the hub had at the start, so a
    // pending entry the hub had then is in them already (its row came in an earlier
    // run, before the device learnt the hub had it): it comes off, once.
    try {
        core::PendingSales::settleUploaded(m_cache, hubHadAtStart);
    } catch (const core::DatabaseError& e) {
        throw SyncError(SyncError::Kind::Cache,
                        QCoreApplication::translate("sync::SyncEngine", "The local cache could not be written: %1")
                            .arg(e.message()));
    }
    result.bytes = m_bytes;
    result.seconds = elapsed();
    return result;
}

} // namespace cruscotto::sync
