#include "core/cache.h"

#include "core/cacheschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <sqlite3.h>

#include <stdexcept>

namespace core {

namespace {
// Moves the damaged cache aside (core::moveDatabaseAside), or says it could not.
QString moveAside(const QString& path)
{
    const QString target = moveDatabaseAside(path);
    if (target.isEmpty()) {
        throw DatabaseError(
            SQLITE_CANTOPEN,
            QCoreApplication::translate("core::Cache", "Could not move the damaged cache %1 aside.").arg(path));
    }
    return target;
}

// Returns an empty string when the file is a healthy SQLite database.
QString integrityProblem(const QString& path)
{
    try {
        Database db = Database::open(path, Database::Mode::ReadOnly);
        const QString result = db.quickCheck();
        return result == QLatin1String("ok") ? QString() : result;
    } catch (const DatabaseError& e) {
        if (e.isCorruption()) {
            return e.message();
        }
        throw;
    }
}
} // namespace

QString Cache::OpenReport::userMessage() const
{
    if (!movedAside) {
        return {};
    }
    return QCoreApplication::translate(
               "core::Cache",
               "The local cache was damaged (%1). It was moved to %2 and a new, empty cache was created; "
               "sync again or regenerate the demo data to fill it.")
        .arg(problem.section(QLatin1Char('\n'), 0, 0), movedAsideTo);
}

QString Cache::dataDir(const QString& override)
{
    QString dir = override;
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    if (dir.isEmpty()) {
        throw std::runtime_error(
            QCoreApplication::translate("core::Cache",
                                        "No location for application data is known on this system; use --data-dir.")
                .toStdString());
    }
    if (!QDir().mkpath(dir)) {
        throw std::runtime_error(
            QCoreApplication::translate("core::Cache", "Cannot create the data directory %1.").arg(dir).toStdString());
    }
    return QDir(dir).absolutePath();
}

QString Cache::pathIn(const QString& dataDir)
{
    return QDir(dataDir).filePath(QLatin1String(FileName));
}

bool Cache::exists(const QString& dataDir)
{
    return QFile::exists(pathIn(dataDir));
}

Database Cache::openWriter(const QString& dataDir, OpenReport* report)
{
    OpenReport local;
    OpenReport& r = report ? *report : local;
    r = OpenReport();
    const QString path = pathIn(dataDir);
    r.created = !QFile::exists(path);
    if (!r.created) {
        const QString problem = integrityProblem(path);
        if (!problem.isEmpty()) {
            r.problem = problem;
            r.movedAsideTo = moveAside(path);
            r.movedAside = true;
            r.created = true;
        }
    }
    Database db = Database::open(path, Database::Mode::ReadWriteCreate, Database::Durability::Cache);
    CacheSchema::migrate(db);
    return db;
}

Database Cache::openReader(const QString& dataDir)
{
    return Database::open(pathIn(dataDir), Database::Mode::ReadOnly);
}

} // namespace core
