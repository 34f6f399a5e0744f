#include "sync/hubschema.h"

#include "core/cacheschema.h"
#include "core/database.h"

#include <QCoreApplication>

#include <iterator>
#include <stdexcept>

namespace cruscotto::sync {

namespace {

const char* const kVersionTable = R"SQL(
CREATE TABLE IF NOT EXISTS hub_schema (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO hub_schema (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
)SQL";

// Hub version 1:
// - hub_revision: the last revision number handed out to an aggregate row.
// - users, their scope (site codes or region codes) and bearer tokens (stored as
//   SHA-256 of the token, never the token itself).
// - user_sites: the scope resolved to site ids, the one place requests filter by.
const char* const kVersion1 = R"SQL(
CREATE TABLE hub_revision (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    last_rev INTEGER NOT NULL CHECK (last_rev >= 0)
);
INSERT INTO hub_revision (id, last_rev) VALUES (1, 0);
CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    role                TEXT NOT NULL CHECK (role IN ('director','clerk','regional','gateway')),
    password_salt       BLOB NOT NULL CHECK (length(password_salt) >= 16),
    password_hash       BLOB NOT NULL CHECK (length(password_hash) = 32),
    password_iterations INTEGER NOT NULL CHECK (password_iterations >= 100000),
    created_utc         INTEGER NOT NULL
);
CREATE TABLE user_scopes (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL CHECK (kind IN ('site','region')),
    code    TEXT NOT NULL,
    PRIMARY KEY (user_id, kind, code)
) WITHOUT ROWID;
CREATE TABLE tokens (
    token_hash  BLOB PRIMARY KEY CHECK (length(token_hash) = 32),
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    issued_utc  INTEGER NOT NULL,
    expires_utc INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX tokens_expiry ON tokens(expires_utc);
CREATE INDEX tokens_user ON tokens(user_id);
CREATE VIEW user_sites (user_id, site_id) AS
    SELECT u.user_id, s.id FROM user_scopes u JOIN sites s ON u.kind = 'site' AND s.code = u.code
    UNION
    SELECT u.user_id, s.id FROM user_scopes u JOIN regions r ON u.kind = 'region' AND r.code = u.code
                          JOIN sites s ON s.region_id = r.id;
)SQL";

// Hub version 2: the ticket sales sent by ticket offices, one row per sale keyed by
// the client's UUID (lower case), so a batch sent again stores nothing twice.
// The hourly aggregates are kept from them on ingest.
const char* const kVersion2 = R"SQL(
CREATE TABLE sales (
    id            TEXT PRIMARY KEY CHECK (length(id) = 36),
    site_id       INTEGER NOT NULL REFERENCES sites(id),
    product_id    INTEGER NOT NULL REFERENCES ticket_products(id),
    channel_id    INTEGER NOT NULL REFERENCES channels(id),
    sold_utc      INTEGER NOT NULL,
    tickets       INTEGER NOT NULL CHECK (tickets > 0),
    visitors      INTEGER NOT NULL CHECK (visitors >= 0),
    revenue_cents INTEGER NOT NULL CHECK (revenue_cents >= 0),
    user_id       INTEGER NOT NULL REFERENCES users(id),
    received_utc  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sales_site_time ON sales(site_id, sold_utc);
)SQL";

// Hub version 3: raw sensor readings from the gateways, one per zone (or site, for
// microcell device counts) and timestamp. They never leave the hub: the hourly
// buckets are recomputed from them on ingest, so late and corrected readings
// rewrite past buckets.
const char* const kVersion3 = R"SQL(
CREATE TABLE zone_readings (
    zone_id       INTEGER NOT NULL REFERENCES zones(id),
    at_utc        INTEGER NOT NULL,
    people_in     INTEGER NOT NULL CHECK (people_in >= 0),
    people_out    INTEGER NOT NULL CHECK (people_out >= 0),
    occupancy     INTEGER NOT NULL CHECK (occupancy >= 0),
    temperature_c REAL,
    humidity_pct  REAL,
    lux           REAL,
    co2_ppm       REAL,
    received_utc  INTEGER NOT NULL,
    PRIMARY KEY (zone_id, at_utc)
) WITHOUT ROWID;
CREATE TABLE device_counts (
    site_id      INTEGER NOT NULL REFERENCES sites(id),
    at_utc       INTEGER NOT NULL,
    devices      INTEGER NOT NULL CHECK (devices >= 0),
    received_utc INTEGER NOT NULL,
    PRIMARY KEY (site_id, at_utc)
) WITHOUT ROWID;
)SQL";

// Hub version 4: the ticket offices' ledgers. Each counter device is registered
// once for a site with its Ed25519 public key (its short id, the first 16 hex
// digits of its UUID, names it in ticket codes, so it is unique too). Its ledger
// records are kept forever exactly as the device hashed them, keyed by (device,
// seq); triggers refuse to change or remove them. Codes revoked by voids and
// refunds, and every check-in scan, are kept for audit.
const char* const kVersion4 = R"SQL(
CREATE TABLE devices (
    device_id       TEXT PRIMARY KEY CHECK (length(device_id) = 36),
    short_id        TEXT NOT NULL UNIQUE,
    site_id         INTEGER NOT NULL REFERENCES sites(id),
    name            TEXT NOT NULL,
    public_key      BLOB NOT NULL CHECK (length(public_key) = 32),
    provisioned_by  INTEGER NOT NULL REFERENCES users(id),
    provisioned_utc INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX devices_site ON devices(site_id);
CREATE TABLE ledger_records (
    device_id    TEXT NOT NULL REFERENCES devices(device_id),
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    kind         TEXT NOT NULL
                 CHECK (kind IN ('session_open','sale','void','refund','scan','session_close')),
    created_utc  INTEGER NOT NULL,
    clerk        TEXT NOT NULL,
    payload      TEXT NOT NULL,
    hash         BLOB NOT NULL CHECK (length(hash) = 32),
    prev_hash    BLOB NOT NULL CHECK (length(prev_hash) = 32),
    received_utc INTEGER NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (device_id, seq)
);
CREATE TRIGGER ledger_records_no_update BEFORE UPDATE ON ledger_records
BEGIN SELECT RAISE(ABORT, 'ledger records are kept as received'); END;
CREATE TRIGGER ledger_records_no_delete BEFORE DELETE ON ledger_records
BEGIN SELECT RAISE(ABORT, 'ledger records are kept forever'); END;
CREATE TABLE revoked_tickets (
    ticket_key  TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL REFERENCES devices(device_id),
    seq         INTEGER NOT NULL,
    revoked_utc INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE ticket_scans (
    device_id  TEXT NOT NULL REFERENCES devices(device_id),
    seq        INTEGER NOT NULL,
    ticket_key TEXT NOT NULL,
    result     TEXT NOT NULL,
    direction  TEXT NOT NULL CHECK (direction IN ('in','out')),
    at_utc     INTEGER NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;
CREATE INDEX ticket_scans_ticket ON ticket_scans(ticket_key, at_utc);
)SQL";

// Hub version 5: time slots and the ticket state counters pull. slot_sales (the
// cache's table: visitors per site, day, slot and channel) is kept on ledger ingest
// and fed like every aggregate (its `rev` comes from ensureRevisionColumns, which
// runs before the steps). Revocations are read by the ledger record that made them
// (GET /v1/tickets/state), hence the index.
const char* const kVersion5 = R"SQL(
CREATE INDEX revoked_tickets_record ON revoked_tickets(device_id, seq);
)SQL";

// Hub version 6: group bookings made ahead (online, b2b), per site, day and slot,
// with one ticket per visitor signed by the hub's own Ed25519 key (kept here,
// registered as a device of each site it books for, so counters check the
// tickets offline). A booking's visitors count in slot_sales.
const char* const kVersion6 = R"SQL(
CREATE TABLE hub_signing_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    public_key  BLOB NOT NULL CHECK (length(public_key) = 32),
    created_utc INTEGER NOT NULL
);
CREATE TABLE bookings (
    id           TEXT PRIMARY KEY CHECK (length(id) = 36),
    site_id      INTEGER NOT NULL REFERENCES sites(id),
    device_id    TEXT NOT NULL REFERENCES devices(device_id),
    seq          INTEGER NOT NULL CHECK (seq >= 1),
    day          INTEGER NOT NULL,
    slot_start   INTEGER NOT NULL CHECK (slot_start BETWEEN -1 AND 1439),
    channel_id   INTEGER NOT NULL REFERENCES channels(id) CHECK (channel_id IN (2, 4)),
    product_id   INTEGER NOT NULL REFERENCES ticket_products(id),
    group_size   INTEGER NOT NULL CHECK (group_size BETWEEN 1 AND 99),
    group_type   TEXT NOT NULL,
    voucher      TEXT NOT NULL DEFAULT '',
    invoice_name TEXT NOT NULL DEFAULT '',
    vat_number   TEXT NOT NULL DEFAULT '',
    created_by   INTEGER NOT NULL REFERENCES users(id),
    created_utc  INTEGER NOT NULL,
    UNIQUE (device_id, seq)
) WITHOUT ROWID;
CREATE INDEX bookings_site_day ON bookings(site_id, day, slot_start);
CREATE TABLE booking_tickets (
    ticket_key TEXT PRIMARY KEY,
    booking_id TEXT NOT NULL REFERENCES bookings(id),
    position   INTEGER NOT NULL,
    code       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX booking_tickets_booking ON booking_tickets(booking_id, position);
)SQL";

// Hub version 7: who published which funding table when (HubFunding). The tables
// themselves are the cache's funding_tables and funding_lines, fed with a `rev`; an
// upload's id is the generation of the table's lines.
const char* const kVersion7 = R"SQL(
CREATE TABLE funding_uploads (
    id           INTEGER PRIMARY KEY,
    table_code   TEXT NOT NULL,
    scope_kind   TEXT NOT NULL CHECK (scope_kind IN ('site','region')),
    scope_code   TEXT NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    uploaded_utc INTEGER NOT NULL,
    lines        INTEGER NOT NULL CHECK (lines > 0)
);
CREATE INDEX funding_uploads_table ON funding_uploads(table_code, uploaded_utc);
)SQL";
const char* const kSteps[] = { kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6, kVersion7 };
static_assert(std::size(kSteps) == HubSchema::CurrentVersion);

// `rev`: a revision number per aggregate row, unique across the fed tables and
// raised on every write, so the changes feed pages through `rev > since ORDER BY
// rev` on an index (on a WITHOUT ROWID table the index also carries the primary
// key, so the scope filter on site_id or zone_id reads no table row). 0 means "not
// yet numbered": bulk loaders write 0 and the hub numbers them before serving.
void ensureRevisionColumns(core::Database& db)
{
    for (const char* table : HubSchema::RevisedTables) {
        const QString name = QLatin1String(table);
        core::Statement column = db.prepare("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = 'rev'");
        column.bind(1, name);
        column.step();
        if (column.int64(0) == 0) {
            db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN rev INTEGER NOT NULL DEFAULT 0").arg(name));
        }
        db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1_rev ON %1(rev)").arg(name));
    }
}

} // namespace

int HubSchema::version(core::Database& db)
{
    if (db.scalar("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'hub_schema'") == 0) {
        return 0;
    }
    return static_cast<int>(db.scalar("SELECT version FROM hub_schema WHERE id = 1"));
}

void HubSchema::migrate(core::Database& db, int target)
{
    int current = version(db);
    if (current > CurrentVersion) {
        throw std::runtime_error(
            QCoreApplication::translate(
                "sync::HubSchema",
                "The hub database was written by a newer Cruscotto hub (schema %1; this one knows %2).")
                .arg(current)
                .arg(CurrentVersion)
                .toStdString());
    }
    core::CacheSchema::migrate(db);
    {
        core::Transaction tx(db);
        db.exec(kVersionTable);
        ensureRevisionColumns(db);
        tx.commit();
    }
    while (current < target) {
        core::Transaction tx(db);
        db.exec(kSteps[current]);
        ++current;
        core::Statement store = db.prepare("UPDATE hub_schema SET version = ? WHERE id = 1");
        store.bind(1, current);
        store.exec();
        tx.commit();
    }
}

} // namespace cruscotto::sync
