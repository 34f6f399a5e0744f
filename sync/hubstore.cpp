#include "sync/hubstore.h"

#include "sync/hubschema.h"

#include <QDir>

#include <sqlite3.h>

namespace cruscotto::sync {

namespace {
// hub_next_rev(): the next revision number, for UPDATE/INSERT statements the
// writer runs inside a transaction that loaded the counter first.
void nextRevision(sqlite3_context* context, int, sqlite3_value**)
{
    auto* counter = static_cast<std::int64_t*>(sqlite3_user_data(context));
    sqlite3_result_int64(context, ++*counter);
}
} // namespace

HubStore::Reader::Reader(HubStore& store, std::unique_ptr<core::Database> db)
    : m_store(&store)
    , m_db(std::move(db))
{ }

HubStore::Reader::~Reader()
{
    if (m_db) {
        m_store->giveBack(std::move(m_db));
    }
}

HubStore::HubStore(const QString& dataDir, int maxReaders)
    : m_path(pathIn(dataDir))
    , m_maxReaders(std::max(1, maxReaders))
{
    m_writer = core::Database::open(m_path, core::Database::Mode::ReadWriteCreate, core::Database::Durability::Ledger);
    HubSchema::migrate(m_writer);
    const int rc = sqlite3_create_function_v2(m_writer.handle(), "hub_next_rev", 0, SQLITE_UTF8, &m_nextRevision,
                                              nextRevision, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        throw core::DatabaseError(rc, QString::fromUtf8(sqlite3_errmsg(m_writer.handle())));
    }
}

HubStore::~HubStore()
{
    close();
}

QString HubStore::pathIn(const QString& dataDir)
{
    return QDir(dataDir).filePath(QLatin1String(FileName));
}

HubStore::Reader HubStore::reader()
{
    std::unique_lock lock(m_poolMutex);
    for (;;) {
        if (!m_idle.empty()) {
            std::unique_ptr<core::Database> db = std::move(m_idle.back());
            m_idle.pop_back();
            return Reader(*this, std::move(db));
        }
        if (m_open < m_maxReaders) {
            ++m_open;
            lock.unlock();
            try {
                auto db
                    = std::make_unique<core::Database>(core::Database::open(m_path, core::Database::Mode::ReadOnly));
                return Reader(*this, std::move(db));
            } catch (...) {
                lock.lock();
                --m_open;
                m_poolFree.notify_one();
                throw;
            }
        }
        m_poolFree.wait(lock);
    }
}

void HubStore::giveBack(std::unique_ptr<core::Database> db)
{
    std::lock_guard lock(m_poolMutex);
    m_idle.push_back(std::move(db));
    m_poolFree.notify_one();
}

std::int64_t HubStore::numberPendingRevisions()
{
    return write([this](core::Database& db) {
        core::Transaction tx(db);
        const std::int64_t numbered = numberPendingRevisions(db);
        tx.commit();
        return numbered;
    });
}

std::int64_t HubStore::numberPendingRevisions(core::Database& writer)
{
    m_nextRevision = writer.scalar("SELECT last_rev FROM hub_revision WHERE id = 1");
    const std::int64_t before = m_nextRevision;
    for (const char* table : HubSchema::RevisedTables) {
        const QString name = QLatin1String(table);
        const std::int64_t pending
            = writer.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE rev = 0").arg(name).toUtf8().constData());
        if (pending == 0) {
            continue;
        }
        // Moving a million index entries from 0 one by one costs twice as much as
        // dropping the index, numbering in place and building it again, sorted.
        const bool bulk = pending > 100000;
        if (bulk) {
            writer.exec(QStringLiteral("DROP INDEX %1_rev").arg(name));
        }
        writer.exec(QStringLiteral("UPDATE %1 SET rev = hub_next_rev() WHERE rev = 0").arg(name));
        if (bulk) {
            writer.exec(QStringLiteral("CREATE INDEX %1_rev ON %1(rev)").arg(name));
        }
    }
    core::Statement store = writer.prepare("UPDATE hub_revision SET last_rev = ? WHERE id = 1");
    store.bind(1, m_nextRevision);
    store.exec();
    return m_nextRevision - before;
}

std::int64_t HubStore::lastRevision()
{
    return write([](core::Database& db) { return db.scalar("SELECT last_rev FROM hub_revision WHERE id = 1"); });
}

void HubStore::close()
{
    {
        std::lock_guard lock(m_poolMutex);
        m_idle.clear();
    }
    std::lock_guard lock(m_writerMutex);
    m_writer.close();
}

} // namespace cruscotto::sync
