#pragma once

#include "core/database.h"

#include <QString>

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace cruscotto::sync {

// The hub's database (hub.sqlite under --data-dir): one writer connection behind
// a mutex, and a small pool of read-only connections for requests, so readers
// never wait for a writer (WAL) and never for each other beyond the pool size.
class HubStore
{
public:
    static constexpr const char* FileName = "hub.sqlite";

    // A read-only connection borrowed from the pool; returned when destroyed.
    class Reader
    {
    public:
        Reader(HubStore& store, std::unique_ptr<core::Database> db);
        ~Reader();
        Reader(Reader&&) noexcept = default;
        Reader(const Reader&) = delete;
        Reader& operator=(const Reader&) = delete;
        Reader& operator=(Reader&&) = delete;
        core::Database& db() { return *m_db; }

    private:
        HubStore* m_store;
        std::unique_ptr<core::Database> m_db;
    };

    // Opens (creating and migrating) hub.sqlite in `dataDir`, which must exist.
    // Throws core::DatabaseError or std::runtime_error.
    explicit HubStore(const QString& dataDir, int maxReaders = 4);
    ~HubStore();
    HubStore(const HubStore&) = delete;
    HubStore& operator=(const HubStore&) = delete;

    static QString pathIn(const QString& dataDir);
    QString path() const { return m_path; }

    Reader reader();

    // Runs `work` on the writer connection, one writer at a time.
    template <typename Work> auto write(Work&& work)
    {
        std::lock_guard lock(m_writerMutex);
        return work(m_writer);
    }

    // Gives every aggregate row still at rev 0 (written by a bulk loader) the next
    // revision numbers, in one transaction. Returns how many rows were numbered.
    std::int64_t numberPendingRevisions();
    // The same, inside a transaction the caller holds on the writer (in write()),
    // so rows written and their numbers commit together.
    std::int64_t numberPendingRevisions(core::Database& writer);
    std::int64_t lastRevision();

    // Closes every connection (after the server has stopped).
    void close();

private:
    friend class Reader;
    void giveBack(std::unique_ptr<core::Database> db);

    QString m_path;
    int m_maxReaders;
    std::mutex m_writerMutex;
    core::Database m_writer;
    // hub_next_rev() hands these out while the writer holds a transaction.
    std::int64_t m_nextRevision = 0;

    std::mutex m_poolMutex;
    std::condition_variable m_poolFree;
    std::vector<std::unique_ptr<core::Database>> m_idle;
    int m_open = 0;
};

} // namespace cruscotto::sync
