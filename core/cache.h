#pragma once

#include "core/database.h"

#include <QString>

namespace core {

// The local cache of hub aggregates (or demo data): one SQLite file in the data
// directory. It can always be rebuilt, so a damaged file is moved aside (never
// deleted) and a fresh one is created in its place.
class Cache
{
public:
    struct OpenReport
    {
        bool created = false; // there was no cache file before
        bool movedAside = false; // the old file failed quick_check and was moved
        QString movedAsideTo; // where it went
        QString problem; // what quick_check (or SQLite) said about it
        // One sentence for the user; empty when there is nothing to say.
        QString userMessage() const;
    };

    static constexpr const char* FileName = "cache.sqlite";

    // The platform's app-data location (e.g. ~/.local/share/Cruscotto/Cruscotto), or
    // `override` when given (--data-dir). The directory is created if missing.
    // Throws std::runtime_error when it cannot be created.
    static QString dataDir(const QString& override = QString());
    static QString pathIn(const QString& dataDir);

    // The one writer connection: checks integrity, moves a damaged file aside,
    // creates and migrates the schema. Throws DatabaseError when the directory is
    // unusable (read-only, missing) or a migration fails.
    static Database openWriter(const QString& dataDir, OpenReport* report = nullptr);
    // A read-only connection for queries (views, reports). The cache must exist.
    static Database openReader(const QString& dataDir);

    static bool exists(const QString& dataDir);
};

} // namespace core
