-- A cache at schema version 8: the v1 fixture's rows as the version-8 migration steps left them
-- (from version 3 on, rollups are marked stale and refilled when the cache reaches the current version).
-- Loaded by testcacheschema to prove the migration from version 8 to the current one.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
INSERT INTO alerts VALUES(1,1,1,1729929600,'climate','warning','Sala I: relative humidity above range','',NULL,NULL);
CREATE TABLE channels (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
INSERT INTO channels VALUES(1,'counter','Counter');
INSERT INTO channels VALUES(2,'online','Online');
INSERT INTO channels VALUES(3,'kiosk','Kiosk');
INSERT INTO channels VALUES(4,'b2b','B2B');
CREATE TABLE demo_anomalies (
    id        INTEGER PRIMARY KEY,
    site_id   INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    from_utc  INTEGER NOT NULL,
    to_utc    INTEGER NOT NULL,
    detail    TEXT NOT NULL
);
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta VALUES('source','demo');
INSERT INTO meta VALUES('data_from','2024-10-25');
INSERT INTO meta VALUES('data_until','2024-10-28');
INSERT INTO meta VALUES('rollups_stale','1');
CREATE TABLE microcell_hourly (
    site_id     INTEGER NOT NULL,
    hour_utc    INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    devices_avg REAL NOT NULL,
    devices_max INTEGER NOT NULL,
    PRIMARY KEY (site_id, hour_utc)
) WITHOUT ROWID;
INSERT INTO microcell_hourly VALUES(1,1729929600,2460610,14.5,19);
CREATE TABLE regions (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
INSERT INTO regions VALUES(1,'BAS','Basilicata');
CREATE TABLE site_calendar_exceptions (
    site_id    INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day        INTEGER NOT NULL,
    open       INTEGER NOT NULL CHECK (open IN (0,1)),
    open_hour  INTEGER NOT NULL DEFAULT 0,
    close_hour INTEGER NOT NULL DEFAULT 0,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (site_id, day)
) WITHOUT ROWID;
INSERT INTO site_calendar_exceptions VALUES(1,2460613,0,0,0,'Chiuso per lavori');
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
, nominative_tickets INTEGER NOT NULL DEFAULT 0);
INSERT INTO sites VALUES(1,'BAS-MUS-01','Museo Archeologico Nazionale "Domenico Ridola" - Matera','museum',1,250,9,19,1,0);
CREATE TABLE ticket_products (
    id          INTEGER PRIMARY KEY,
    site_id     INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    category    TEXT NOT NULL CHECK (category IN ('full','reduced','free')),
    free_reason TEXT NOT NULL DEFAULT '',
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0), kind TEXT NOT NULL DEFAULT 'admission'
    CHECK (kind IN ('admission','combined','addon')), document TEXT NOT NULL DEFAULT '', admits TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0,
    CHECK ((category = 'free') = (free_reason <> '')),
    CHECK (category <> 'free' OR price_cents = 0),
    UNIQUE (site_id, code)
);
INSERT INTO ticket_products VALUES(1,1,'INT','Biglietto intero','full','',800,'admission','','',0);
INSERT INTO ticket_products VALUES(2,1,'RID','Biglietto ridotto','reduced','',200,'admission','','',0);
INSERT INTO ticket_products VALUES(3,1,'GRU18','Gratuito under 18','free','under18',0,'admission','','',0);
CREATE TABLE visitor_profile_daily (
    site_id   INTEGER NOT NULL,
    day       INTEGER NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('age_band','origin','group_type')),
    bucket    TEXT NOT NULL,
    visitors  INTEGER NOT NULL CHECK (visitors >= 0),
    PRIMARY KEY (site_id, day, dimension, bucket)
) WITHOUT ROWID;
INSERT INTO visitor_profile_daily VALUES(1,2460610,'age_band','0-17',4);
INSERT INTO visitor_profile_daily VALUES(1,2460610,'age_band','26-39',9);
CREATE TABLE zones (
    id       INTEGER PRIMARY KEY,
    site_id  INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    name     TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0), indoor INTEGER NOT NULL DEFAULT 1, temp_min REAL NOT NULL DEFAULT 18.0, temp_max REAL NOT NULL DEFAULT 25.0, rh_min REAL NOT NULL DEFAULT 40.0, rh_max REAL NOT NULL DEFAULT 65.0, lux_max REAL NOT NULL DEFAULT 200.0,
    UNIQUE (site_id, code)
);
INSERT INTO zones VALUES(1,1,'SALA1','Sala I',60,1,18.0,25.0,40.0,65.0,200.0);
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
INSERT INTO sales_daily VALUES(1,2460610,1,1,5,5,4000);
INSERT INTO sales_daily VALUES(1,2460610,1,2,2,2,400);
INSERT INTO sales_daily VALUES(1,2460610,1,3,4,4,0);
INSERT INTO sales_daily VALUES(1,2460610,2,1,3,2,2400);
INSERT INTO sales_daily VALUES(1,2460611,1,1,7,7,5600);
INSERT INTO sales_daily VALUES(1,2460611,1,3,1,1,0);
CREATE TABLE IF NOT EXISTS "sales_hourly" (
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
INSERT INTO sales_hourly VALUES(1,2460610,1,1,1729929600,5,5,4000);
INSERT INTO sales_hourly VALUES(1,2460610,1,2,1729933200,2,2,400);
INSERT INTO sales_hourly VALUES(1,2460610,1,3,1729929600,4,4,0);
INSERT INTO sales_hourly VALUES(1,2460610,2,1,1729929600,3,2,2400);
INSERT INTO sales_hourly VALUES(1,2460611,1,1,1730019600,7,7,5600);
INSERT INTO sales_hourly VALUES(1,2460611,1,3,1730019600,1,1,0);
CREATE TABLE IF NOT EXISTS "zone_sensor_hourly" (
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
INSERT INTO zone_sensor_hourly VALUES(1,2460610,1729929600,10,6,5.5,9,21.399999999999998578,21.199999999999999289,21.600000000000001421,51.0,50.500000000000000001,51.5,150.0,480.0);
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
CREATE TABLE visit_history (
    site_id  INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day      INTEGER NOT NULL,
    visitors INTEGER NOT NULL CHECK (visitors >= 0),
    PRIMARY KEY (site_id, day)
) WITHOUT ROWID;
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
CREATE INDEX sites_region ON sites(region_id);
CREATE INDEX alerts_site_time ON alerts(site_id, raised_utc);
CREATE INDEX pending_sales_hour ON pending_sales(site_id, day, channel_id, product_id, hour_utc);
COMMIT;
PRAGMA user_version=8;
