#pragma once

namespace core {

class Database;

// The local cache's schema, versioned with PRAGMA user_version and migrated
// forward one step at a time, each step in its own transaction. A step is never
// edited once released: a change to the schema is a new step.
class CacheSchema
{
public:
    static constexpr int CurrentVersion = 9;

    // Brings the database to `target` (default: current). Throws DatabaseError on
    // failure, leaving the database at the last version that completed; throws
    // std::runtime_error for a database newer than this program knows.
    static void migrate(Database& db, int target = CurrentVersion);
};

} // namespace core
