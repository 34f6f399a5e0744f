#pragma once

#include "core/dashboardqueries.h"
#include "core/transactionmonitor.h"

#include <QDate>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>

namespace cruscotto::sync {

class HubStore;

// Transaction monitoring on the hub, where every channel's sales and every counter's
// ledger meet: the cache detectors (core::TransactionMonitor::scanCache) over the hub's
// aggregates, the ledger detectors over the records of all the counters of each site
// (a clerk against the site's other clerks, whichever counter each used), tickets
// admitted twice by counters that did not know of each other or at two sites, and B2B
// bookings far above the agency's own history. Findings become alerts (kind
// 'transaction') with fresh revisions, so the changes feed brings them to every
// director's and regional manager's cache.
class HubMonitor
{
public:
    struct Options
    {
        // The days scanned up to today (Rome); the detectors read their usual figures
        // from before that on their own.
        int days = 35;
        core::TransactionMonitor::Options detectors;
    };

    struct Result
    {
        int findings = 0;
        int added = 0; // new alerts
        int changed = 0; // alerts added or whose severity or explanation changed
    };

    explicit HubMonitor(HubStore& store);
    HubMonitor(HubStore& store, Options options);

    // Scans the `days` up to `today` and records what it finds. Reads on a reader
    // connection; writes the alerts and their revisions in one transaction.
    Result run(const QDate& today);

private:
    HubStore& m_store;
    Options m_options;
};

// Runs a HubMonitor on a thread of its own: at start, then every `interval` when the
// hub's data changed since the last run (a new revision or a new ledger record).
class HubMonitorThread
{
public:
    using Log = std::function<void(const QString&)>;

    HubMonitorThread(HubStore& store, std::chrono::seconds interval, Log log = {});
    ~HubMonitorThread();
    HubMonitorThread(const HubMonitorThread&) = delete;
    HubMonitorThread& operator=(const HubMonitorThread&) = delete;

    void stop();

private:
    void loop();

    HubStore& m_store;
    std::chrono::seconds m_interval;
    Log m_log;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace cruscotto::sync
