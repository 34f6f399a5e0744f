#include "core/cacheschema.h"

#include "core/cacherollups.h"
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

// Version 3: the hourly tables keyed (site|zone, day, ...) so the daily rollups
// stream through them in key order instead of sorting millions of rows;
// conservation thresholds per zone (museum defaults: 18-25 C, 40-65 %RH,
// 200 lux), and the rollups the dashboards read, in the order they filter:
// per site and day, per zone and day (hours out of the zone's thresholds), and a
// visits heatmap per site, month, weekday and local hour. CacheRollups fills them.
const char* const kVersion3 = R"SQL(
CREATE TABLE sales_hourly_v3 (
    site_id       INTEGER NOT NULL,
    day           INTEGER NOT NULL,
    channel_id    INTEGER NOT NULL,
    product_id    INTEGER NOT NULL,
    hour_utc      INTEGER NOT NULL,
    tickets       INTEGER NOT NULL CHECK (tickets >= 0),
    visitors      INTEGER NOT NULL CHECK (visitors >= 0),
    revenue_cents INTEGER NOT NULL,
    PRIMARY KEY (site_id, day, channel_id, product_id, hour_utc)
) WITHOUT ROWID;
INSERT INTO sales_hourly_v3 (site_id, day, channel_id, product_id, hour_utc, tickets, visitors, revenue_cents)
    SELECT site_id, day, channel_id, product_id, hour_utc, tickets, visitors, revenue_cents FROM sales_hourly;
DROP TABLE sales_hourly;
ALTER TABLE sales_hourly_v3 RENAME TO sales_hourly;
CREATE TABLE zone_sensor_hourly_v3 (
    zone_id        INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    hour_utc       INTEGER NOT NULL,
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
    PRIMARY KEY (zone_id, day, hour_utc)
) WITHOUT ROWID;
INSERT INTO zone_sensor_hourly_v3 SELECT zone_id, day, hour_utc, people_in, people_out, occupancy_avg, occupancy_max,
    temperature_c, temperature_min, temperature_max, humidity_pct, humidity_min, humidity_max, lux, co2_ppm
    FROM zone_sensor_hourly;
DROP TABLE zone_sensor_hourly;
ALTER TABLE zone_sensor_hourly_v3 RENAME TO zone_sensor_hourly;
ALTER TABLE zones ADD COLUMN indoor INTEGER NOT NULL DEFAULT 1;
ALTER TABLE zones ADD COLUMN temp_min REAL NOT NULL DEFAULT 18.0;
ALTER TABLE zones ADD COLUMN temp_max REAL NOT NULL DEFAULT 25.0;
ALTER TABLE zones ADD COLUMN rh_min REAL NOT NULL DEFAULT 40.0;
ALTER TABLE zones ADD COLUMN rh_max REAL NOT NULL DEFAULT 65.0;
ALTER TABLE zones ADD COLUMN lux_max REAL NOT NULL DEFAULT 200.0;
CREATE TABLE sales_site_daily (
    site_id         INTEGER NOT NULL,
    day             INTEGER NOT NULL,
    tickets         INTEGER NOT NULL,
    visitors        INTEGER NOT NULL,
    paying_visitors INTEGER NOT NULL,
    free_visitors   INTEGER NOT NULL,
    revenue_cents   INTEGER NOT NULL,
    counter_tickets INTEGER NOT NULL,
    online_tickets  INTEGER NOT NULL,
    kiosk_tickets   INTEGER NOT NULL,
    b2b_tickets     INTEGER NOT NULL,
    PRIMARY KEY (site_id, day)
) WITHOUT ROWID;
CREATE TABLE zone_daily (
    zone_id        INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    hours          INTEGER NOT NULL,
    people_in      INTEGER NOT NULL,
    occupancy_max  INTEGER NOT NULL,
    occupancy_avg  REAL NOT NULL,
    temperature_avg REAL,
    temperature_min REAL,
    temperature_max REAL,
    humidity_avg   REAL,
    humidity_min   REAL,
    humidity_max   REAL,
    lux_avg        REAL,
    hours_temp_out INTEGER NOT NULL,
    hours_rh_out   INTEGER NOT NULL,
    hours_lux_out  INTEGER NOT NULL,
    hours_out      INTEGER NOT NULL,
    PRIMARY KEY (zone_id, day)
) WITHOUT ROWID;
CREATE TABLE visits_heatmap_monthly (
    site_id  INTEGER NOT NULL,
    month    INTEGER NOT NULL,
    weekday  INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    hour     INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    visitors INTEGER NOT NULL,
    PRIMARY KEY (site_id, month, weekday, hour)
) WITHOUT ROWID;
UPDATE zones SET indoor = 0 WHERE code IN ('TEMPL', 'TEATR', 'CORTI');
)SQL";

// Version 4: monthly rollups, so a region-wide year reads thousands of rows, not
// millions. A period is answered as whole months from these plus the ragged days
// at either end from the daily rollups.
const char* const kVersion4 = R"SQL(
CREATE TABLE sales_monthly (
    site_id       INTEGER NOT NULL,
    month         INTEGER NOT NULL,
    channel_id    INTEGER NOT NULL,
    product_id    INTEGER NOT NULL,
    tickets       INTEGER NOT NULL,
    visitors      INTEGER NOT NULL,
    revenue_cents INTEGER NOT NULL,
    PRIMARY KEY (site_id, month, channel_id, product_id)
) WITHOUT ROWID;
CREATE TABLE visitor_profile_monthly (
    site_id   INTEGER NOT NULL,
    month     INTEGER NOT NULL,
    dimension TEXT NOT NULL,
    bucket    TEXT NOT NULL,
    visitors  INTEGER NOT NULL,
    PRIMARY KEY (site_id, month, dimension, bucket)
) WITHOUT ROWID;
CREATE TABLE zone_monthly (
    zone_id           INTEGER NOT NULL,
    month             INTEGER NOT NULL,
    hours             INTEGER NOT NULL,
    people_in         INTEGER NOT NULL,
    occupancy_max     INTEGER NOT NULL,
    occupancy_hours   REAL NOT NULL,    -- sum of hourly average occupancy
    climate_hours     INTEGER NOT NULL, -- hours of days with temperature readings
    climate_hours_out INTEGER NOT NULL, -- of those, hours out of the thresholds
    temperature_hours REAL NOT NULL,    -- sum of temperature x hours, for weighted averages
    humidity_hours    REAL NOT NULL,
    humidity_weight   INTEGER NOT NULL,
    hours_temp_out    INTEGER NOT NULL,
    hours_rh_out      INTEGER NOT NULL,
    hours_lux_out     INTEGER NOT NULL,
    hours_out         INTEGER NOT NULL,
    PRIMARY KEY (zone_id, month)
) WITHOUT ROWID;
)SQL";

// Version 5: daily visitors per site from before the platform, imported from a
// plain CSV (VisitHistory). Kept apart from the sales rollups, which the sync
// rebuilds: the forecasts read a day from here only where the cache has no sales.
const char* const kVersion5 = R"SQL(
CREATE TABLE visit_history (
    site_id  INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day      INTEGER NOT NULL,
    visitors INTEGER NOT NULL CHECK (visitors >= 0),
    PRIMARY KEY (site_id, day)
) WITHOUT ROWID;
)SQL";

// Version 6: the ministry's published statistics (Tavola 5, regional monthly series),
// imported by MinistryStats for the years before the platform. Regions as the
// ministry names them; region '' holds the national total row. The yearly table
// keeps the published totals, which can differ by a few cents from the sum of the
// published (rounded) months.
const char* const kVersion6 = R"SQL(
CREATE TABLE ministry_stats_monthly (
    region        TEXT NOT NULL,
    year          INTEGER NOT NULL,
    month         INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    visitors      INTEGER CHECK (visitors >= 0),
    takings_cents INTEGER,
    PRIMARY KEY (region, year, month)
) WITHOUT ROWID;
CREATE TABLE ministry_stats_yearly (
    region        TEXT NOT NULL,
    year          INTEGER NOT NULL,
    visitors      INTEGER CHECK (visitors >= 0),
    takings_cents INTEGER,
    PRIMARY KEY (region, year)
) WITHOUT ROWID;
)SQL";

// Version 7: this device's ticket-office sales not yet in the hub's aggregates
// (PendingSales). They are added into sales_hourly the moment they are made, so
// the dashboards count them at once, and each entry is kept here until the hub's
// own row for its hour, pulled after the upload, includes it: then it is dropped
// and never counted twice. Voids and refunds are entries with negative figures.
const char* const kVersion7 = R"SQL(
CREATE TABLE pending_sales (
    device_id     TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    site_id       INTEGER NOT NULL,
    day           INTEGER NOT NULL,
    channel_id    INTEGER NOT NULL,
    product_id    INTEGER NOT NULL,
    hour_utc      INTEGER NOT NULL,
    tickets       INTEGER NOT NULL,
    visitors      INTEGER NOT NULL,
    revenue_cents INTEGER NOT NULL,
    PRIMARY KEY (device_id, seq, product_id)
) WITHOUT ROWID;
CREATE INDEX pending_sales_hour ON pending_sales(site_id, day, channel_id, product_id, hour_utc);
)SQL";

// Version 8: tariffs as data, time slots. Products get a kind (admission, combined
// ticket admitting to other sites, add-on such as a guided tour), the document the
// clerk must check, the sites a combined ticket admits to (ids, comma-separated) and
// their order on the counter. Sites may require nominative tickets and have free
// days a director added (the first Sunday of the month is free by law). A site with
// a slot policy sells entries by time slot: capacity per slot, shared between the
// channels by percentage; slot_sales holds the tickets sold per slot and channel
// (the hub's figures, from the changes feed).
const char* const kVersion8 = R"SQL(
ALTER TABLE ticket_products ADD COLUMN kind TEXT NOT NULL DEFAULT 'admission'
    CHECK (kind IN ('admission','combined','addon'));
ALTER TABLE ticket_products ADD COLUMN document TEXT NOT NULL DEFAULT '';
ALTER TABLE ticket_products ADD COLUMN admits TEXT NOT NULL DEFAULT '';
ALTER TABLE ticket_products ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sites ADD COLUMN nominative_tickets INTEGER NOT NULL DEFAULT 0;
CREATE TABLE site_free_days (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day     INTEGER NOT NULL,
    note    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, day)
) WITHOUT ROWID;
CREATE TABLE site_slot_policy (
    site_id       INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
    slot_minutes  INTEGER NOT NULL CHECK (slot_minutes BETWEEN 15 AND 240),
    slot_capacity INTEGER NOT NULL CHECK (slot_capacity > 0),
    counter_pct   INTEGER NOT NULL CHECK (counter_pct BETWEEN 0 AND 100),
    online_pct    INTEGER NOT NULL CHECK (online_pct BETWEEN 0 AND 100),
    kiosk_pct     INTEGER NOT NULL CHECK (kiosk_pct BETWEEN 0 AND 100),
    b2b_pct       INTEGER NOT NULL CHECK (b2b_pct BETWEEN 0 AND 100),
    CHECK (counter_pct + online_pct + kiosk_pct + b2b_pct = 100)
);
CREATE TABLE slot_sales (
    site_id    INTEGER NOT NULL,
    day        INTEGER NOT NULL,
    slot_start INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    tickets    INTEGER NOT NULL CHECK (tickets >= 0),
    PRIMARY KEY (site_id, day, slot_start, channel_id)
) WITHOUT ROWID;
)SQL";

// Version 9: funded programmes (PNRR, PN Cultura) and digitisation work (FundingStore).
// A table is known by its top line's code; its lines by their place in it (codes
// repeat: the ministry lists "M1C3 1.1.5" twice, state and regional share). Amounts in
// cents; deadline_day is the Julian day of the last day of the deadline's quarter.
// `generation` numbers each import of a table: lines of an older one are stale
// (the changes feed carries rows, not deletions). Digitisation per site: work sites
// planned (in all), active and concluded, resources produced against a target.
const char* const kVersion9 = R"SQL(
CREATE TABLE funding_tables (
    code         TEXT PRIMARY KEY,
    title        TEXT NOT NULL DEFAULT '',
    scope_kind   TEXT NOT NULL DEFAULT 'local' CHECK (scope_kind IN ('local','site','region')),
    scope_code   TEXT NOT NULL DEFAULT '',
    generation   INTEGER NOT NULL DEFAULT 0,
    imported_utc INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE funding_lines (
    table_code        TEXT NOT NULL,
    position          INTEGER NOT NULL CHECK (position >= 0),
    generation        INTEGER NOT NULL DEFAULT 0,
    code              TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    target            TEXT NOT NULL DEFAULT '',
    deadline_text     TEXT NOT NULL DEFAULT '',
    deadline_day      INTEGER,
    status            TEXT NOT NULL DEFAULT '',
    funded_cents      INTEGER NOT NULL CHECK (funded_cents >= 0),
    committed_cents   INTEGER NOT NULL CHECK (committed_cents >= 0),
    in_progress_cents INTEGER NOT NULL CHECK (in_progress_cents >= 0),
    spent_cents       INTEGER NOT NULL CHECK (spent_cents >= 0),
    notes             TEXT NOT NULL DEFAULT '',
    parent            INTEGER NOT NULL DEFAULT -1,
    PRIMARY KEY (table_code, position)
) WITHOUT ROWID;
CREATE TABLE digitisation_progress (
    site_id            INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
    planned            INTEGER NOT NULL CHECK (planned >= 0),
    active             INTEGER NOT NULL CHECK (active >= 0),
    concluded          INTEGER NOT NULL CHECK (concluded >= 0),
    resources_produced INTEGER NOT NULL CHECK (resources_produced >= 0),
    resources_target   INTEGER NOT NULL CHECK (resources_target >= 0),
    target_day         INTEGER,
    as_of_day          INTEGER,
    CHECK (active + concluded <= planned)
);
)SQL";

// Steps that add rollups mark them stale; they are filled once, by the current
// code, after the last step (a step must not call code that knows later tables).
const char* const kRollupsStale
    = "INSERT INTO meta (key, value) VALUES ('rollups_stale', '1') ON CONFLICT (key) DO UPDATE SET value = '1'";

using Step = void (*)(Database&);
const Step kSteps[] = {
    [](Database& db) { db.exec(kVersion1); },
    [](Database& db) { db.exec(kVersion2); },
    [](Database& db) {
        db.exec(kVersion3);
        db.exec(kRollupsStale);
    },
    [](Database& db) {
        db.exec(kVersion4);
        db.exec(kRollupsStale);
    },
    [](Database& db) { db.exec(kVersion5); },
    [](Database& db) { db.exec(kVersion6); },
    [](Database& db) { db.exec(kVersion7); },
    [](Database& db) { db.exec(kVersion8); },
    [](Database& db) { db.exec(kVersion9); },
};
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
        kSteps[version](db);
        ++version;
        db.setUserVersion(version);
        tx.commit();
    }
    if (version == CurrentVersion && db.scalar("SELECT COUNT(*) FROM meta WHERE key = 'rollups_stale'") > 0) {
        Transaction tx(db);
        CacheRollups::refreshAll(db);
        db.exec("DELETE FROM meta WHERE key = 'rollups_stale'");
        tx.commit();
    }
}

} // namespace core
