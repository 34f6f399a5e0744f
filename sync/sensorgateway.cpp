#include "sync/sensorgateway.h"

#include "sync/jsonfields.h"

#include "sync/hubclient.h"
#include "sync/sensoringest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <boost/json.hpp>

#include <algorithm>

namespace cruscotto::sync {

namespace json = boost::json;

namespace {

using namespace jsonfields;

QString translated(const char* text)
{
    return QCoreApplication::translate("sync::SensorGateway", text);
}

// The hub's plausible ranges (SensorIngest): a reading beyond them would make the
// hub refuse its whole batch, so such a line is skipped here, named, instead.
struct Column
{
    const char* header; // lower case, as matched
    const char* name; // as the UCI header writes it
    double low;
    double high;
};
constexpr Column kTemperature{ "temperature", "Temperature", -50.0, 80.0 };
constexpr Column kHumidity{ "humidity", "Humidity", 0.0, 100.0 };
constexpr Column kLight{ "light", "Light", 0.0, 200000.0 };
constexpr Column kCo2{ "co2", "CO2", 0.0, 20000.0 };
constexpr int kMaxOccupancy = 100000;

// Splits one CSV line (',' separated, fields optionally in double quotes, "" for a quote).
QStringList splitCsv(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

struct ParsedLine
{
    int line = 0;
    QDate date;
    QTime time;
    SensorLogReading reading;
};

bool sameValues(const SensorLogReading& a, const SensorLogReading& b)
{
    return a.temperatureC == b.temperatureC && a.humidityPct == b.humidityPct && a.lux == b.lux && a.co2Ppm == b.co2Ppm
        && a.occupancy == b.occupancy;
}

QString hubMessage(const std::string& body)
{
    const auto answer = parseObject(body);
    const json::value* message = answer ? answer->if_contains("message") : nullptr;
    return message && message->is_string() ? qs(message->as_string()) : QString();
}

std::string readingJson(const SensorLogReading& r, const std::string& site, const std::string& zone)
{
    json::object row{ { "site", site },   { "zone", zone },    { "at_utc", r.atUtc },
                      { "people_in", 0 }, { "people_out", 0 }, { "occupancy", r.occupancy } };
    const auto climate = [&row](const char* name, const std::optional<double>& value) {
        if (value) {
            row[name] = *value;
        }
    };
    climate("temperature_c", r.temperatureC);
    climate("humidity_pct", r.humidityPct);
    climate("lux", r.lux);
    climate("co2_ppm", r.co2Ppm);
    return json::serialize(row);
}

} // namespace

SensorLog SensorGateway::readLog(const QString& path, const ReadOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(QCoreApplication::translate("sync::SensorGateway", "Cannot read %1: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());
    }
    if (!options.timeZone.isValid()) {
        throw std::runtime_error(
            translated(QT_TRANSLATE_NOOP("sync::SensorGateway", "The time zone is not valid.")).toStdString());
    }

    SensorLog log;
    int lineNumber = 0;
    int columnCount = 0;
    int dateColumn = -1;
    int occupancyColumn = -1;
    int climateColumns[4] = { -1, -1, -1, -1 }; // temperature, humidity, light, CO2
    const Column* const climate[4] = { &kTemperature, &kHumidity, &kLight, &kCo2 };
    QList<ParsedLine> parsed;
    const QLocale c = QLocale::c();

    while (!file.atEnd()) {
        QString text = QString::fromUtf8(file.readLine());
        ++lineNumber;
        if (lineNumber == 1 && text.startsWith(QChar(0xFEFF))) {
            text.remove(0, 1);
        }
        text = text.trimmed();
        if (text.isEmpty()) {
            continue;
        }
        const QStringList fields = splitCsv(text);
        if (columnCount == 0) {
            // The header names the columns; their order may differ from the UCI files'.
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const QString name = fields.at(i).toLower();
                if (name == QLatin1String("date")) {
                    dateColumn = int(i);
                } else if (name == QLatin1String("occupancy")) {
                    occupancyColumn = int(i);
                }
                for (int k = 0; k < 4; ++k) {
                    if (name == QLatin1String(climate[k]->header)) {
                        climateColumns[k] = int(i);
                    }
                }
            }
            if (dateColumn < 0 || occupancyColumn < 0 || climateColumns[0] < 0 || climateColumns[1] < 0
                || climateColumns[2] < 0) {
                throw std::runtime_error(QCoreApplication::translate("sync::SensorGateway",
                                                                     "%1 line %2: not a sensor log header; it must "
                                                                     "name the columns Date, Temperature, Humidity, "
                                                                     "Light and Occupancy (CO2 optional).")
                                             .arg(path)
                                             .arg(lineNumber)
                                             .toStdString());
            }
            columnCount = int(fields.size());
            continue;
        }

        ++log.dataLines;
        const auto skip = [&log, lineNumber](const QString& reason) { log.skipped.append({ lineNumber, reason }); };
        QStringList row = fields;
        if (row.size() == columnCount + 1) {
            row.removeFirst(); // the UCI originals number their rows in a column the header does not name
        }
        if (row.size() != columnCount) {
            skip(QCoreApplication::translate("sync::SensorGateway", "%1 fields where the header has %2.")
                     .arg(row.size())
                     .arg(columnCount));
            continue;
        }
        ParsedLine p;
        p.line = lineNumber;
        p.reading.line = lineNumber;
        const QString stamp = row.at(dateColumn);
        const qsizetype split = stamp.indexOf(QRegularExpression(QStringLiteral("[ T]")));
        if (split > 0) {
            p.date = QDate::fromString(stamp.left(split), Qt::ISODate);
            p.time = QTime::fromString(stamp.mid(split + 1), Qt::ISODate);
        }
        if (!p.date.isValid() || !p.time.isValid()) {
            skip(QCoreApplication::translate("sync::SensorGateway",
                                             "\"%1\" is not a date and time (YYYY-MM-DD HH:MM:SS).")
                     .arg(stamp));
            continue;
        }
        QStringList problems;
        std::optional<double>* targets[4]
            = { &p.reading.temperatureC, &p.reading.humidityPct, &p.reading.lux, &p.reading.co2Ppm };
        for (int k = 0; k < 4; ++k) {
            if (climateColumns[k] < 0) {
                continue;
            }
            const QString value = row.at(climateColumns[k]);
            if (value.isEmpty() || value.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0) {
                continue; // a sensor that did not answer: no value, as the hub allows
            }
            bool ok = false;
            const double number = c.toDouble(value, &ok);
            if (!ok || number < climate[k]->low || number > climate[k]->high) {
                problems.append(QCoreApplication::translate("sync::SensorGateway",
                                                            "%1 \"%2\" is not a number from "
                                                            "%3 to %4.")
                                    .arg(QString::fromLatin1(climate[k]->name), value)
                                    .arg(climate[k]->low)
                                    .arg(climate[k]->high));
            } else {
                *targets[k] = number;
            }
        }
        bool ok = false;
        const QString occupancy = row.at(occupancyColumn);
        const int count = c.toInt(occupancy, &ok);
        if (!ok || count < 0 || count > kMaxOccupancy) {
            problems.append(QCoreApplication::translate("sync::SensorGateway",
                                                        "occupancy \"%1\" is not a whole number from 0 to %2.")
                                .arg(occupancy)
                                .arg(kMaxOccupancy));
        }
        p.reading.occupancy = count;
        if (!problems.isEmpty()) {
            skip(problems.join(QLatin1Char(' ')));
            continue;
        }
        parsed.append(p);
    }
    if (columnCount == 0) {
        throw std::runtime_error(
            QCoreApplication::translate("sync::SensorGateway", "%1 is empty: no header, no readings.")
                .arg(path)
                .toStdString());
    }

    for (const ParsedLine& p : std::as_const(parsed)) {
        if (!log.firstDay.isValid() || p.date < log.firstDay) {
            log.firstDay = p.date;
        }
        if (!log.lastDay.isValid() || p.date > log.lastDay) {
            log.lastDay = p.date;
        }
    }
    log.shiftDays = options.shiftTo && log.firstDay.isValid() ? int(log.firstDay.daysTo(*options.shiftTo)) : 0;

    QList<SensorLogReading> readings;
    readings.reserve(parsed.size());
    for (const ParsedLine& p : std::as_const(parsed)) {
        const QDate day = p.date.addDays(log.shiftDays);
        const QDateTime local(day, p.time, options.timeZone);
        const std::int64_t at = local.isValid() ? local.toSecsSinceEpoch() : 0;
        // A wall-clock time the clocks skip (spring forward) does not come back the same.
        const QDateTime back = QDateTime::fromSecsSinceEpoch(at, options.timeZone);
        if (!local.isValid() || back.date() != day || back.time() != p.time) {
            log.skipped.append({ p.line,
                                 QCoreApplication::translate("sync::SensorGateway",
                                                             "%1 %2 does not exist in %3 (the clocks go "
                                                             "forward).")
                                     .arg(day.toString(Qt::ISODate), p.time.toString(Qt::ISODate),
                                          QString::fromUtf8(options.timeZone.id())) });
            continue;
        }
        SensorLogReading reading = p.reading;
        reading.atUtc = at;
        readings.append(reading);
    }
    std::stable_sort(readings.begin(), readings.end(),
                     [](const SensorLogReading& a, const SensorLogReading& b) { return a.atUtc < b.atUtc; });
    for (const SensorLogReading& r : std::as_const(readings)) {
        if (!log.readings.isEmpty() && log.readings.constLast().atUtc == r.atUtc) {
            const SensorLogReading& first = log.readings.constLast();
            if (sameValues(first, r)) {
                ++log.repeated;
            } else {
                log.skipped.append({ r.line,
                                     QCoreApplication::translate("sync::SensorGateway",
                                                                 "a second, different reading for the same "
                                                                 "time as line %1.")
                                         .arg(first.line) });
            }
            continue;
        }
        log.readings.append(r);
    }
    std::stable_sort(log.skipped.begin(), log.skipped.end(),
                     [](const SensorLogProblem& a, const SensorLogProblem& b) { return a.line < b.line; });
    if (log.readings.isEmpty()) {
        QString first;
        if (!log.skipped.isEmpty()) {
            first = QCoreApplication::translate("sync::SensorGateway", " (line %1: %2)")
                        .arg(log.skipped.constFirst().line)
                        .arg(log.skipped.constFirst().reason);
        }
        throw std::runtime_error(
            QCoreApplication::translate("sync::SensorGateway", "%1 has no usable reading; malformed lines: %2%3.")
                .arg(path)
                .arg(log.skipped.size())
                .arg(first)
                .toStdString());
    }
    return log;
}

SensorGateway::SensorGateway(HubClient& client, Options options)
    : m_client(client)
    , m_options(options)
{
    m_options.batchReadings = std::clamp(m_options.batchReadings, 1, SensorIngest::MaxReadingsPerBatch);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

SensorGateway::SensorGateway(HubClient& client)
    : SensorGateway(client, Options())
{ }

void SensorGateway::throwIfCancelled() const
{
    if (m_cancelled) {
        throw SensorGatewayError(SensorGatewayError::Kind::Cancelled,
                                 translated(QT_TRANSLATE_NOOP("sync::SensorGateway",
                                                              "The replay was cancelled; the batches the hub "
                                                              "acknowledged are stored.")));
    }
}

void SensorGateway::login(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
    m_client.setToken({});
    const std::string body
        = json::serialize(json::object{ { "user", user.toStdString() }, { "password", password.toStdString() } });
    const Reply reply = post("/v1/auth/token", body);
    if (reply.status == 401) {
        throw SensorGatewayError(
            SensorGatewayError::Kind::WrongPassword,
            translated(QT_TRANSLATE_NOOP("sync::SensorGateway", "The hub did not accept the user name or password.")));
    }
    const auto answer = parseObject(reply.body);
    const json::value* token = answer ? answer->if_contains("token") : nullptr;
    if (reply.status != 200 || !token || !token->is_string()) {
        throw SensorGatewayError(
            SensorGatewayError::Kind::BadReply,
            QCoreApplication::translate("sync::SensorGateway", "The hub answered the sign-in with status %1.")
                .arg(reply.status));
    }
    m_client.setToken(std::string(token->as_string()));
}

// POST with retries: the sign-in and /v1/sensors are both safe to repeat (a reading
// sent twice is a duplicate on the hub).
SensorGateway::Reply SensorGateway::post(const std::string& target, const std::string& body)
{
    std::chrono::milliseconds backoff = m_options.firstBackoff;
    bool reloggedIn = false;
    QString lastProblem;
    const bool signingIn = target == "/v1/auth/token";
    for (int attempt = 1; attempt <= m_options.maxAttempts; ++attempt) {
        throwIfCancelled();
        std::chrono::milliseconds wait = backoff;
        try {
            const HubReply reply = m_client.post(target, body);
            if (reply.status == 401 && !signingIn && !reloggedIn && !m_user.isEmpty()) {
                // The token expired during a long replay: sign in again, once.
                reloggedIn = true;
                login(m_user, m_password);
                --attempt;
                continue;
            }
            if (reply.status == 401 && !signingIn) {
                throw SensorGatewayError(
                    SensorGatewayError::Kind::WrongPassword,
                    translated(QT_TRANSLATE_NOOP("sync::SensorGateway", "The hub no longer accepts this sign-in.")));
            }
            if (reply.status == 403) {
                const QString why = hubMessage(reply.body);
                throw SensorGatewayError(SensorGatewayError::Kind::NoPermission,
                                         why.isEmpty() ? translated(QT_TRANSLATE_NOOP(
                                             "sync::SensorGateway", "This user may not send sensor readings."))
                                                       : why);
            }
            if (reply.status == 429 || reply.status >= 500) {
                lastProblem = QCoreApplication::translate("sync::SensorGateway", "the hub answered with status %1")
                                  .arg(reply.status);
                const std::string retryAfter = reply.header("retry-after");
                if (!retryAfter.empty() && retryAfter.size() < 7
                    && std::all_of(retryAfter.begin(), retryAfter.end(), ::isdigit)) {
                    wait = std::min<std::chrono::milliseconds>(std::chrono::seconds(std::stoll(retryAfter)),
                                                               m_options.maxBackoff);
                }
            } else {
                return { reply.status, reply.body };
            }
        } catch (const HubError& e) {
            if (e.kind() == HubError::Kind::Certificate) {
                throw SensorGatewayError(SensorGatewayError::Kind::Certificate, QString::fromUtf8(e.what()));
            }
            if (e.kind() == HubError::Kind::BadAddress || e.kind() == HubError::Kind::Cancelled) {
                throw;
            }
            lastProblem = QString::fromUtf8(e.what());
        }
        if (attempt == m_options.maxAttempts) {
            break;
        }
        backoffWait(wait, [this] { throwIfCancelled(); });
        backoff = std::min(backoff * 2, m_options.maxBackoff);
    }
    throw SensorGatewayError(
        SensorGatewayError::Kind::Unreachable,
        m_options.maxAttempts == 1
            ? QCoreApplication::translate("sync::SensorGateway", "The hub is not reachable: %1").arg(lastProblem)
            : QCoreApplication::translate("sync::SensorGateway", "The hub could not be reached after %1 attempts: %2")
                  .arg(m_options.maxAttempts)
                  .arg(lastProblem));
}

SensorGateway::Result SensorGateway::send(const SensorLog& log, const QString& site, const QString& zone,
                                          const ProgressCallback& progress)
{
    const auto started = std::chrono::steady_clock::now();
    m_cancelled = false;
    Result result;
    const std::string siteCode = site.toStdString();
    const std::string zoneCode = zone.toStdString();
    const qsizetype total = log.readings.size();
    qsizetype next = 0;
    while (next < total) {
        throwIfCancelled();
        const qsizetype first = next;
        std::string body = "{\"zone_readings\":[";
        // Where the batch's last hour began (index and body size), to end a full batch
        // on an hour boundary: each hour is then recomputed by the hub once, not once
        // per batch it straddles, unless one hour alone is more than a batch.
        qsizetype hourStart = first;
        std::size_t hourStartBytes = body.size();
        const auto hourOf = [&log](qsizetype i) { return log.readings.at(i).atUtc / 3600; };
        while (next < total) {
            const std::string row = readingJson(log.readings.at(next), siteCode, zoneCode);
            if (next > first
                && (next - first >= m_options.batchReadings || body.size() + row.size() + 2 > m_options.batchBytes)) {
                if (hourStart > first && hourOf(next) == hourOf(next - 1)) {
                    next = hourStart;
                    body.resize(hourStartBytes);
                }
                break;
            }
            if (next > first && hourOf(next) != hourOf(next - 1)) {
                hourStart = next;
                hourStartBytes = body.size();
            }
            body += next > first ? "," : "";
            body += row;
            ++next;
        }
        body += "]}";

        const Reply reply = post("/v1/sensors", body);
        result.bytes += body.size();
        const auto answer = parseObject(reply.body);
        if (reply.status == 422 || reply.status == 400) {
            // The hub's words for each row it refused, under the log's line numbers.
            constexpr int shown = 10;
            QString rows;
            int refused = 0;
            const json::value* bad = answer ? answer->if_contains("rows") : nullptr;
            if (bad && bad->is_array()) {
                for (const json::value& item : bad->as_array()) {
                    const json::object* row = item.if_object();
                    const auto index = row ? integerOf(*row, "index") : std::nullopt;
                    const json::value* problems = row ? row->if_contains("problems") : nullptr;
                    if (++refused > shown) {
                        continue;
                    }
                    QStringList reasons;
                    if (problems && problems->is_array()) {
                        for (const json::value& p : problems->as_array()) {
                            if (p.is_string()) {
                                reasons.append(qs(p.as_string()));
                            }
                        }
                    }
                    const qsizetype at = first + qsizetype(index.value_or(-1));
                    rows += index && at >= first && at < next
                        ? QCoreApplication::translate("sync::SensorGateway", "\n  line %1: %2")
                              .arg(log.readings.at(at).line)
                              .arg(reasons.join(QLatin1Char(' ')))
                        : QStringLiteral("\n  %1").arg(reasons.join(QLatin1Char(' ')));
                }
                if (refused > shown) {
                    rows += QCoreApplication::translate("sync::SensorGateway", "\n  ... and %1 more.")
                                .arg(refused - shown);
                }
            }
            throw SensorGatewayError(
                SensorGatewayError::Kind::Refused,
                QCoreApplication::translate("sync::SensorGateway",
                                            "The hub refused the batch of lines %1 to %2: %3 Readings stored "
                                            "before it: %4.%5")
                    .arg(log.readings.at(first).line)
                    .arg(log.readings.at(next - 1).line)
                    .arg(hubMessage(reply.body))
                    .arg(first)
                    .arg(rows));
        }
        const auto stored = answer ? integerOf(*answer, "stored") : std::nullopt;
        const auto corrected = answer ? integerOf(*answer, "corrected") : std::nullopt;
        const auto duplicates = answer ? integerOf(*answer, "duplicates") : std::nullopt;
        const auto hours = answer ? integerOf(*answer, "hours_rewritten") : std::nullopt;
        if (reply.status != 200 || !stored || !corrected || !duplicates || !hours) {
            throw SensorGatewayError(SensorGatewayError::Kind::BadReply,
                                     QCoreApplication::translate("sync::SensorGateway",
                                                                 "The hub answered a batch with status %1 and not "
                                                                 "the acknowledgement expected: %2")
                                         .arg(reply.status)
                                         .arg(QString::fromStdString(reply.body.substr(0, 300))));
        }
        result.stored += *stored;
        result.corrected += *corrected;
        result.duplicates += *duplicates;
        result.hoursRewritten += *hours;
        ++result.batches;
        if (progress) {
            progress(next, total);
        }
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace cruscotto::sync
