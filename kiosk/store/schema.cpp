// The kiosk's schema steps, in order, and the code that applies the missing ones.
#include "store/schema.hpp"

#include <array>

namespace kiosk::store {

namespace {

// Step N (1-based) brings a database from version N-1 to N. Never edit a released step:
// add a new one instead.
//
// events.seq is the outbox order. append_event sets it to MAX(seq) + 1 inside the caller's
// write transaction, so it grows with every insert and sorts new events after all existing
// ones. (A seq is reused only if the newest rows are deleted; the event id, not seq, is the
// identity a server sees.)
constexpr std::array<const char*, 2> kSteps = {
    R"sql(
CREATE TABLE events (
    id           TEXT PRIMARY KEY NOT NULL,
    seq          INTEGER UNIQUE NOT NULL,
    type         TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,
    schema       INTEGER NOT NULL,
    data         TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'queued'
                 CHECK (state IN ('queued', 'in_flight', 'delivered', 'quarantined')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    delivered_at TEXT
);
CREATE INDEX events_state_seq ON events (state, seq);
CREATE TABLE staff_notices (
    id              INTEGER PRIMARY KEY,
    created_at      TEXT NOT NULL,
    kind            TEXT NOT NULL,
    detail          TEXT NOT NULL,
    acknowledged_at TEXT
);
)sql",
    // Step 2: reach statistics (store/reach_store.hpp). Aggregated counters per local day; a
    // day is closed once its stats.daily event is in the outbox.
    R"sql(
CREATE TABLE reach_counters (
    day    TEXT NOT NULL,
    metric TEXT NOT NULL,
    key    TEXT NOT NULL DEFAULT '',
    count  INTEGER NOT NULL,
    PRIMARY KEY (day, metric, key)
);
CREATE TABLE reach_days_closed (
    day      TEXT PRIMARY KEY,
    event_id TEXT NOT NULL
);
)sql",
};

} // namespace

SchemaTooNewError::SchemaTooNewError(const std::string& path, int found, int known)
    : StoreError(SQLITE_ERROR, "database schema version " + std::to_string(found) + " in " + path +
                                   " is newer than this kiosk (knows up to " +
                                   std::to_string(known) +
                                   "): install the newer kiosk, or move the file aside"),
      found_(found), known_(known) {}

int current_schema_version() {
    return static_cast<int>(kSteps.size());
}

int stored_schema_version(Database& db) {
    Statement query = db.prepare("PRAGMA user_version");
    query.step();
    return static_cast<int>(query.column_int64(0));
}

void refuse_newer_schema(Database& db) {
    const int found = stored_schema_version(db);
    if (found > current_schema_version()) {
        throw SchemaTooNewError(db.path(), found, current_schema_version());
    }
}

void migrate(Database& db) {
    migrate_to(db, current_schema_version());
}

void migrate_to(Database& db, int target_version) {
    if (target_version < 0 || target_version > current_schema_version()) {
        throw StoreError(SQLITE_MISUSE, "migrate_to: no schema version " +
                                            std::to_string(target_version) +
                                            " (this kiosk knows 0 to " +
                                            std::to_string(current_schema_version()) + ")");
    }
    refuse_newer_schema(db);
    while (stored_schema_version(db) < target_version) {
        Transaction transaction(db);
        // Read again under the write lock: another connection may have migrated meanwhile.
        refuse_newer_schema(db);
        const int version = stored_schema_version(db);
        if (version >= target_version) {
            break;
        }
        db.exec(kSteps[static_cast<std::size_t>(version)]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        transaction.commit();
    }
}

} // namespace kiosk::store
