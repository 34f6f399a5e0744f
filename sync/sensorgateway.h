#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace cruscotto::sync {

class HubClient;

// Why a replay stopped, with a kind scripts can branch on (exit codes of cruscotto-cli).
class SensorGatewayError : public std::runtime_error
{
public:
    enum class Kind
    {
        Unreachable, // no answer, or the hub kept failing after the retries
        Certificate, // the hub's certificate is not trusted
        WrongPassword, // 401
        NoPermission, // 403: the user is not a gateway, or not for this site
        Refused, // 422: the hub found readings it does not accept; nothing of that batch was stored
        BadReply, // the hub's answer was not what the protocol says
        Cancelled
    };
    SensorGatewayError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    { }
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    Kind m_kind;
};

// One line of a climate and occupancy log, as the hub will get it.
struct SensorLogReading
{
    int line = 0; // in the file, 1-based (the header is line 1)
    std::int64_t atUtc = 0;
    std::optional<double> temperatureC;
    std::optional<double> humidityPct;
    std::optional<double> lux;
    std::optional<double> co2Ppm;
    int occupancy = 0;
};

struct SensorLogProblem
{
    int line = 0;
    QString reason;
};

// A whole log, read and checked: what can be sent, and the lines that cannot.
struct SensorLog
{
    QList<SensorLogReading> readings; // in time order, one per instant
    QList<SensorLogProblem> skipped; // malformed lines, in file order
    int dataLines = 0; // non-empty lines after the header
    int repeated = 0; // lines identical to an earlier one (same instant, same values): sent once
    QDate firstDay; // of the log as written (local, before any shift)
    QDate lastDay;
    int shiftDays = 0; // applied by --shift-to
};

// The gateway side of POST /v1/sensors for recorded logs: reads a one-reading-a-line
// climate and occupancy log (the UCI "Occupancy Detection" format: a header
// "Date","Temperature","Humidity","Light","CO2","HumidityRatio","Occupancy", then
// "2015-02-02 14:19:00",23.7,26.272,585.2,749.2,0.0047,1 — local wall-clock times,
// any intervals) and replays it into one zone of a site, in batches.
//
// Temperature (°C), Humidity (%RH), Light (lux), CO2 (ppm) go to the zone's climate
// fields, Occupancy to "occupancy" (the log's 0/1 "the room is occupied", so the
// hour's occupancy_avg is the share of its minutes occupied); the log counts no
// entries, so people_in and people_out are 0. HumidityRatio has no place on the hub.
//
// Idempotent by the hub's own rule: a reading is keyed by zone and instant, so a
// replay (of the whole log, or after an interruption) finds its readings already
// there as duplicates and rewrites no hour; a changed value is a correction and
// rewrites its hour. So resuming is running it again.
class SensorGateway
{
public:
    struct ReadOptions
    {
        QTimeZone timeZone = QTimeZone(QByteArrayLiteral("Europe/Rome")); // what the log's times mean
        std::optional<QDate> shiftTo; // move the log's first day here (whole days, wall clock kept)
    };
    struct Options
    {
        int batchReadings = 5000; // at most the hub's 20000
        std::size_t batchBytes = std::size_t(4) << 20; // request body, well under the hub's 8 MiB
        int maxAttempts = 6; // per request
        std::chrono::milliseconds firstBackoff{ 250 }; // doubles each time
        std::chrono::milliseconds maxBackoff{ 30000 };
    };
    struct Result
    {
        std::int64_t stored = 0; // readings the hub did not have
        std::int64_t corrected = 0; // readings that replaced a different one at the same instant
        std::int64_t duplicates = 0; // readings it already had
        std::int64_t hoursRewritten = 0; // hourly buckets recomputed
        int batches = 0;
        std::uint64_t bytes = 0;
        double seconds = 0;
    };
    // After each acknowledged batch: readings sent so far, and in all.
    using ProgressCallback = std::function<void(qsizetype sent, qsizetype total)>;

    // Reads and checks a log file. Throws std::runtime_error with a message naming
    // the file (and line) when the file cannot be used at all: unreadable, no
    // recognisable header, or no usable line. Malformed lines are skipped and listed.
    static SensorLog readLog(const QString& path, const ReadOptions& options);

    SensorGateway(HubClient& client, Options options);
    explicit SensorGateway(HubClient& client);

    // Signs in and keeps the bearer token in the client. Throws SensorGatewayError.
    void login(const QString& user, const QString& password);
    // Sends every reading of the log to `zone` of `site`. Throws SensorGatewayError;
    // the batches acknowledged before stay on the hub.
    Result send(const SensorLog& log, const QString& site, const QString& zone, const ProgressCallback& progress = {});

    void cancel() { m_cancelled = true; }

private:
    struct Reply
    {
        int status = 0;
        std::string body;
    };
    Reply post(const std::string& target, const std::string& body);
    void throwIfCancelled() const;

    HubClient& m_client;
    Options m_options;
    QString m_user;
    QString m_password;
    std::atomic<bool> m_cancelled{ false };
};

} // namespace cruscotto::sync
