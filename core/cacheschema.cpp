#include "core/cacheschema.h"

#include "core/database.h"

#include <QCoreApplication>

#include <stdexcept>

namespace core {

namespace {

// Version 1: the domain model and the hourly aggregates.
// Times: *_utc are Unix seconds (UTC); `day` is the Julian day number of the
// Europe/Rome calendar date the row falls on, so day rollups need no time zone.
const char* const kVersion1 = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE regions (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
CREATE TABLE sites (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    type            TEXT NOT NULL CHECK (type IN ('museum','archaeological_area','monument','library','archive')),
    region_id       INTEGER NOT NULL REFERENCES regions(id),
    capacity        INTEGER NOT NULL CHECK (capacity >= 0),
    open_hour       INTEGER NOT NULL CHECK (open_hour BETWEEN 0 AND 24),
    close_hour      INTEGER NOT NULL CHECK (close_hour BETWEEN 0 AND 24),
    closing_weekday INTEGER NOT NULL CHECK (closing_weekday BETWEEN 0 AND 7)
);
CREATE INDEX sites_region ON sites(region_id);
CREATE TABLE site_calendar_exceptions (
    site_id    INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    open       INTEGER NOT NULL CHECK (open IN (0,1)),
    open_hour  INTEGER NOT NULL DEFAULT 0,
    close_hour INTEGER NOT NULL DEFAULT 0,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, day)
) WITHOUT ROWID;
CREATE TABLE zones (
    id       INTEGER PRIMARY KEY,
    site_id  INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    name     TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    UNIQUE (site_id, code)
);
CREATE TABLE channels (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
INSERT INTO channels (id, code, name) VALUES
    (1, 'counter', 'Counter'), (2, 'online', 'Online'), (3, 'kiosk', 'Kiosk'), (4, 'b2b', 'B2B');
CREATE TABLE ticket_products (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL CHECK (category IN ('full','reduced','free')),
    free_reason TEXT NOT NULL DEFAULT '',
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    CHECK ((category = 'free') = (free_reason <> '')),
    CHECK (category <> 'free' OR price_cents = 0),
    UNIQUE (site_id, code)
);
CREATE TABLE sales_hourly (
    site_id       INTEGER NOT NULL,
    hour_utc      INTEGER NOT NULL,
    channel_id    INTEGER NOT NULL,
    product_id    INTEGER NOT NULL,
    day           INTEGER NOT NULL,
    tickets       INTEGER NOT NULL CHECK (tickets >= 0),
    visitors      INTEGER NOT NULL CHECK (visitors >= 0),
    revenue_cents INTEGER NOT NULL,
    PRIMARY KEY (site_id, hour_utc, channel_id, product_id)
) WITHOUT ROWID;
CREATE TABLE visitor_profile_daily (
    site_id   INTEGER NOT NULL,
    day       INTEGER NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('age_band','origin','group_type')),
    bucket    TEXT NOT NULL,
    visitors  INTEGER NOT NULL CHECK (visitors >= 0),
    PRIMARY KEY (site_id, day, dimension, bucket)
) WITHOUT ROWID;
CREATE TABLE zone_sensor_hourly (
    zone_id        INTEGER NOT NULL,
    hour_utc       INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    people_in      INTEGER NOT NULL,
    people_out     INTEGER NOT NULL,
    occupancy_avg  REAL NOT NULL,
    occupancy_max  INTEGER NOT NULL,
    temperature_c  REAL,
    temperature_min REAL,
    temperature_max REAL,
    humidity_pct   REAL,
    humidity_min   REAL,
    humidity_max   REAL,
    lux            REAL,
    co2_ppm        REAL,
    PRIMARY KEY (zone_id, hour_utc)
) WITHOUT ROWID;
CREATE TABLE microcell_hourly (
    site_id     INTEGER NOT NULL,
    hour_utc    INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    devices_avg REAL NOT NULL,
    devices_max INTEGER NOT NULL,
    PRIMARY KEY (site_id, hour_utc)
) WITHOUT ROWID;
CREATE TABLE alerts (
    id           INTEGER PRIMARY KEY,
    site_id      INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    zone_id      INTEGER REFERENCES zones(id) ON DELETE CASCADE,
    raised_utc   INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('capacity','climate','transaction','system')),
    severity     TEXT NOT NULL CHECK (severity IN ('info','warning','critical')),
    title        TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT '',
    acknowledged_utc INTEGER,
    ack_comment  TEXT
);
CREATE INDEX alerts_site_time ON alerts(site_id, raised_utc);
CREATE TABLE demo_anomalies (
    id        INTEGER PRIMARY KEY,
    site_id   INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    from_utc  INTEGER NOT NULL,
    to_utc    INTEGER NOT NULL,
    detail    TEXT NOT NULL
);
)SQL";

// Version 2: a daily rollup of the sales, kept in the order the dashboards filter
// (site, then day), so a period's series reads a few hundred rows, not thousands.
const char* const kVersion2 = R"SQL(
CREATE TABLE sales_daily (
    site_id       INTEGER NOT NULL,
    day           INTEGER NOT NULL,
    channel_id    INTEGER NOT NULL,
    product_id    INTEGER NOT NULL,
    tickets       INTEGER NOT NULL,
    visitors      INTEGER NOT NULL,
    revenue_cents INTEGER NOT NULL,
    PRIMARY KEY (site_id, day, channel_id, product_id)
) WITHOUT ROWID;
INSERT INTO sales_daily (site_id, day, channel_id, product_id, tickets, visitors, revenue_cents)
    SELECT site_id, day, channel_id, product_id, SUM(tickets), SUM(visitors), SUM(revenue_cents)
    FROM sales_hourly GROUP BY site_id, day, channel_id, product_id;
)SQL";

const char* const kSteps[] = {kVersion1, kVersion2};
static_assert(std::size(kSteps) == CacheSchema::CurrentVersion);

} // namespace

void CacheSchema::migrate(Database& db, int target)
{
    int version = db.userVersion();
    if (version > CurrentVersion) {
        throw std::runtime_error(
            QCoreApplication::translate("core::CacheSchema",
                                        "The cache was written by a newer Cruscotto (schema %1; this one knows %2).")
                .arg(version)
                .arg(CurrentVersion)
                .toStdString());
    }
    while (version < target) {
        Transaction tx(db);
        db.exec(kSteps[version]);
        ++version;
        db.setUserVersion(version);
        tx.commit();
    }
}

} // namespace core
