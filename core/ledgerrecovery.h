#pragma once

#include <QString>

#include <cstdint>

namespace core {

class Ledger;

// What a recovery did, for the person who must be told.
struct LedgerRecoveryReport
{
    QString damagedCopy; // where the damaged file was moved (never deleted)
    std::int64_t recovered = 0; // records carried into the new ledger, 1..recovered
    std::int64_t readable = 0; // records the damaged file still showed
    bool complete = false; // every record the damaged file had, with an intact chain
    QString stoppedBecause; // when not complete: why the copy stopped there
    QString userMessage() const;
};

// The ticket office's ledger is the only copy of unsent sales: it is never deleted or
// rebuilt behind anyone's back. When it is damaged, recover() moves it aside, reads
// every record it still can, in order and while the hash chain holds, writes them
// unchanged (same sequence numbers and hashes, so the hub recognises what it has)
// into a new ledger at the same path with the same device identity and settings,
// rebuilds the indexes from the records and verifies the result. The caller tells a
// person what the report says.
class LedgerRecovery
{
public:
    static LedgerRecoveryReport recover(const QString& path, bool training = false);

    // Rebuilds the derived tables (sessions, receipts, tickets, this device's first
    // entries, scan counts) from the records. What came from the hub (other devices'
    // revocations, entries and keys) is fetched again on the next sync.
    static void rebuildIndexes(Ledger& ledger);
};

} // namespace core
