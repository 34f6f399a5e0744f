#include "core/pendingsales.h"

#include "core/cacherollups.h"
#include "core/database.h"
#include "core/ledger.h"
#include "core/rometime.h"
#include "core/ticketproduct.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <optional>

namespace core {

namespace {

QString metaKey(const QString& deviceId)
{
    return QStringLiteral("pending_through:") + deviceId;
}

std::optional<std::int64_t> metaValue(Database& cache, const QString& key)
{
    Statement stmt = cache.prepare("SELECT value FROM meta WHERE key = ?");
    stmt.bind(1, key);
    if (!stmt.step()) {
        return std::nullopt;
    }
    return stmt.text(0).toLongLong();
}

void setMetaValue(Database& cache, const QString& key, std::int64_t value)
{
    Statement stmt = cache.prepare(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    stmt.bind(1, key).bind(2, QString::number(value));
    stmt.exec();
}

struct Entry
{
    std::int64_t productId = 0;
    std::int64_t tickets = 0;
    std::int64_t revenue = 0;
};

} // namespace

int PendingSales::add(Database& cache, Ledger& ledger)
{
    if (ledger.isTraining()) {
        return 0;
    }
    const auto identity = ledger.identity();
    if (!identity) {
        return 0;
    }
    const bool ownTransaction = !cache.inTransaction();
    std::optional<Transaction> tx;
    if (ownTransaction) {
        tx.emplace(cache);
    }
    const QString key = metaKey(identity->deviceId);
    const std::int64_t after = metaValue(cache, key).value_or(ledger.uploadedThrough());
    std::int64_t siteId = 0;
    {
        Statement site = cache.prepare("SELECT id FROM sites WHERE code = ?");
        site.bind(1, identity->siteCode);
        if (site.step()) {
            siteId = site.int64(0);
        }
    }
    Statement insert = cache.prepare(
        "INSERT INTO pending_sales (device_id, seq, site_id, day, channel_id, product_id, hour_utc, tickets, visitors, "
        "revenue_cents) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING");
    Statement addHour = cache.prepare(
        "INSERT INTO sales_hourly (site_id, day, channel_id, product_id, hour_utc, tickets, visitors, revenue_cents) "
        "VALUES (?,?,?,?,?,MAX(?,0),MAX(?,0),?) ON CONFLICT (site_id, day, channel_id, product_id, hour_utc) DO UPDATE "
        "SET tickets = MAX(tickets + ?6, 0), visitors = MAX(visitors + ?7, 0), revenue_cents = revenue_cents + ?8");
    Statement productExists = cache.prepare("SELECT 1 FROM ticket_products WHERE id = ? AND site_id = ?");
    std::int64_t last = after;
    int copied = 0;
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> days;
    for (;;) {
        const QList<LedgerRecord> records = ledger.recordsAfter(last, 2000);
        if (records.isEmpty()) {
            break;
        }
        for (const LedgerRecord& record : records) {
            last = record.seq;
            if (record.kind != LedgerKind::Sale && record.kind != LedgerKind::Void
                && record.kind != LedgerKind::Refund) {
                continue;
            }
            if (siteId == 0) {
                continue; // the cache does not know the device's site (yet): the hub will bring it
            }
            const QJsonObject payload = record.payloadObject();
            std::int64_t soldUtc = record.createdUtc;
            QString channel = payload.value(QStringLiteral("channel")).toString();
            const int sign = record.kind == LedgerKind::Sale ? 1 : -1;
            if (sign < 0) {
                // Taken off the hour the sale was counted in, as the hub does.
                const auto sale = ledger.record(std::int64_t(payload.value(QStringLiteral("sale_seq")).toDouble()));
                if (!sale) {
                    continue;
                }
                soldUtc = sale->createdUtc;
                channel = sale->payloadObject().value(QStringLiteral("channel")).toString();
            }
            const auto channelId = channelFromCode(channel);
            if (!channelId) {
                continue;
            }
            std::map<std::int64_t, Entry> perProduct;
            for (const QJsonValue& v : payload.value(QStringLiteral("lines")).toArray()) {
                const QJsonObject line = v.toObject();
                Entry& e = perProduct[std::int64_t(line.value(QStringLiteral("product_id")).toDouble())];
                const std::int64_t quantity = line.value(QStringLiteral("quantity")).toInt();
                e.tickets += quantity;
                e.revenue += quantity * std::int64_t(line.value(QStringLiteral("unit_cents")).toDouble());
            }
            const std::int64_t day = RomeTime::localDay(soldUtc);
            const std::int64_t hour = soldUtc - soldUtc % 3600;
            for (const auto& [productId, e] : perProduct) {
                productExists.bind(1, productId).bind(2, siteId);
                const bool known = productExists.step();
                productExists.reset();
                if (!known) {
                    continue;
                }
                insert.bind(1, identity->deviceId).bind(2, record.seq).bind(3, siteId).bind(4, day);
                insert.bind(5, int(*channelId)).bind(6, productId).bind(7, hour).bind(8, sign * e.tickets);
                insert.bind(9, sign * e.tickets).bind(10, sign * e.revenue);
                insert.exec();
                addHour.bind(1, siteId).bind(2, day).bind(3, int(*channelId)).bind(4, productId).bind(5, hour);
                addHour.bind(6, sign * e.tickets).bind(7, sign * e.tickets).bind(8, sign * e.revenue);
                addHour.exec();
            }
            auto [it, fresh] = days.try_emplace(siteId, day, day);
            if (!fresh) {
                it->second.first = std::min(it->second.first, day);
                it->second.second = std::max(it->second.second, day);
            }
            ++copied;
        }
    }
    for (const auto& [site, range] : days) {
        CacheRollups::refreshSite(cache, site, range.first, range.second);
    }
    if (last != after || !metaValue(cache, key)) {
        setMetaValue(cache, key, last);
    }
    if (tx) {
        tx->commit();
    }
    return copied;
}

void PendingSales::settle(Database& cache, const std::set<HourKey>& keys, std::int64_t hubHasThrough)
{
    if (keys.empty() || cache.scalar("SELECT EXISTS (SELECT 1 FROM pending_sales)") == 0) {
        return;
    }
    Statement drop = cache.prepare("DELETE FROM pending_sales WHERE site_id = ? AND day = ? AND channel_id = ? AND "
                                   "product_id = ? AND hour_utc = ? AND seq <= ?");
    Statement later = cache.prepare(
        "SELECT COALESCE(SUM(tickets), 0), COALESCE(SUM(visitors), 0), COALESCE(SUM(revenue_cents), 0), COUNT(*) "
        "FROM pending_sales WHERE site_id = ? AND day = ? AND channel_id = ? AND product_id = ? AND hour_utc = ?");
    Statement addHour = cache.prepare(
        "INSERT INTO sales_hourly (site_id, day, channel_id, product_id, hour_utc, tickets, visitors, revenue_cents) "
        "VALUES (?,?,?,?,?,MAX(?,0),MAX(?,0),?) ON CONFLICT (site_id, day, channel_id, product_id, hour_utc) DO UPDATE "
        "SET tickets = MAX(tickets + ?6, 0), visitors = MAX(visitors + ?7, 0), revenue_cents = revenue_cents + ?8");
    for (const auto& [site, day, channel, product, hour] : keys) {
        drop.bind(1, site).bind(2, day).bind(3, channel).bind(4, product).bind(5, hour).bind(6, hubHasThrough);
        drop.exec();
        later.bind(1, site).bind(2, day).bind(3, channel).bind(4, product).bind(5, hour);
        later.step();
        const std::int64_t tickets = later.int64(0);
        const std::int64_t visitors = later.int64(1);
        const std::int64_t revenue = later.int64(2);
        const bool any = later.int64(3) > 0;
        later.reset();
        if (any) {
            addHour.bind(1, site).bind(2, day).bind(3, channel).bind(4, product).bind(5, hour);
            addHour.bind(6, tickets).bind(7, visitors).bind(8, revenue);
            addHour.exec();
        }
    }
}

void PendingSales::settleUploaded(Database& cache, std::int64_t hubHadThrough)
{
    if (hubHadThrough <= 0 || cache.scalar("SELECT EXISTS (SELECT 1 FROM pending_sales)") == 0) {
        return;
    }
    const bool ownTransaction = !cache.inTransaction();
    std::optional<Transaction> tx;
    if (ownTransaction) {
        tx.emplace(cache);
    }
    std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> days;
    {
        Statement settled = cache.prepare(
            "SELECT site_id, day, channel_id, product_id, hour_utc, SUM(tickets), SUM(visitors), SUM(revenue_cents) "
            "FROM pending_sales WHERE seq <= ? GROUP BY site_id, day, channel_id, product_id, hour_utc");
        settled.bind(1, hubHadThrough);
        Statement takeOff = cache.prepare(
            "UPDATE sales_hourly SET tickets = MAX(tickets - ?6, 0), visitors = MAX(visitors - ?7, 0), "
            "revenue_cents = revenue_cents - ?8 "
            "WHERE site_id = ?1 AND day = ?2 AND channel_id = ?3 AND product_id = ?4 AND hour_utc = ?5");
        while (settled.step()) {
            for (int i = 0; i < 8; ++i) {
                takeOff.bind(i + 1, settled.int64(i));
            }
            takeOff.exec();
            const std::int64_t site = settled.int64(0);
            const std::int64_t day = settled.int64(1);
            auto [it, fresh] = days.try_emplace(site, day, day);
            if (!fresh) {
                it->second.first = std::min(it->second.first, day);
                it->second.second = std::max(it->second.second, day);
            }
        }
    }
    Statement drop = cache.prepare("DELETE FROM pending_sales WHERE seq <= ?");
    drop.bind(1, hubHadThrough);
    drop.exec();
    for (const auto& [site, range] : days) {
        CacheRollups::refreshSite(cache, site, range.first, range.second);
    }
    if (tx) {
        tx->commit();
    }
}

void PendingSales::reset(Database& cache)
{
    cache.exec("DELETE FROM pending_sales");
    cache.exec("DELETE FROM meta WHERE key LIKE 'pending_through:%'");
}

std::int64_t PendingSales::count(Database& cache)
{
    return cache.scalar("SELECT COUNT(DISTINCT device_id || ':' || seq) FROM pending_sales");
}

} // namespace core
