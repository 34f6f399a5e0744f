#pragma once

#include "core/dashboardqueries.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace core {

class Database;

// Which alerts to list: every field narrows the list; empty means any.
struct AlertFilter
{
    QList<std::int64_t> siteIds; // required: the sites in scope
    Period period; // raised in these Rome dates
    QString kind; // "capacity", "climate", "transaction", "system"
    QString severity; // "info", "warning", "critical"
    bool includeAcknowledged = true;
    int limit = 1000;
};

// One alert with its acknowledgement, for the alerts screen.
struct AlertEntry
{
    std::int64_t id = 0;
    std::int64_t siteId = 0;
    QString siteCode;
    QString siteName;
    QString zoneName; // empty when the alert is about the whole site
    std::int64_t raisedUtc = 0;
    QString kind;
    QString severity;
    QString title;
    QString detail;
    std::optional<std::int64_t> acknowledgedUtc;
    QString ackComment;
    bool isAcknowledged() const { return acknowledgedUtc.has_value(); }
};

// The cache's alerts (capacity, climate, transaction, system) with their
// acknowledgements, filtered in SQL so the limit applies to what is asked for.
class AlertQueries
{
public:
    explicit AlertQueries(Database& db);

    // Newest first (then by id, newest first).
    QList<AlertEntry> list(const AlertFilter& filter) const;
    // One alert, or nothing when there is no such alert.
    std::optional<AlertEntry> alert(std::int64_t alertId) const;

private:
    Database& m_db;
};

} // namespace core
