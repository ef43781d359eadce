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
constexpr std::array<const char*, 5> kSteps = {
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
    // Step 3: peer groups (docs/groups.md, store/groups_store.hpp). Session ids are
    // "<group id>/<YYYY-MM-DD>T<HH:MM>" (local time). A signup row is kept per session and code;
    // its position is 1, 2, ... among the waiting and NULL otherwise. An attendance row is one
    // mark; the newest row that is not undone is a code's current mark, and rows without a code
    // are anonymous head counts. event_id links a row to the outbox event that recorded it.
    R"sql(
CREATE TABLE members (
    code        TEXT PRIMARY KEY NOT NULL,
    symbol      TEXT NOT NULL,
    nickname    TEXT,
    created_day TEXT NOT NULL
);
CREATE TABLE signups (
    session_id TEXT NOT NULL,
    code       TEXT NOT NULL REFERENCES members (code),
    state      TEXT NOT NULL CHECK (state IN ('booked', 'waiting', 'cancelled')),
    position   INTEGER CHECK ((state = 'waiting') = (position IS NOT NULL)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, code)
);
CREATE INDEX signups_code ON signups (code);
CREATE TABLE attendance (
    id         INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL,
    code       TEXT REFERENCES members (code),
    mark       TEXT NOT NULL CHECK (mark IN ('present', 'absent', 'excused', 'walk_in')),
    count      INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
    staff_name TEXT NOT NULL,
    marked_at  TEXT NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    undone_at  TEXT,
    event_id   TEXT NOT NULL
);
CREATE INDEX attendance_session_code ON attendance (session_id, code);
CREATE INDEX attendance_code ON attendance (code);
CREATE TABLE sessions_closed (
    session_id TEXT PRIMARY KEY NOT NULL,
    closed_by  TEXT NOT NULL,
    closed_at  TEXT NOT NULL
);
CREATE TABLE schedule_changes (
    id         INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('cancel', 'restore', 'add')),
    end_time   TEXT,
    staff_name TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX schedule_changes_session ON schedule_changes (session_id);
CREATE TABLE interest_forms (
    id           INTEGER PRIMARY KEY,
    languages    TEXT NOT NULL,
    availability TEXT NOT NULL,
    contact      TEXT,
    consent_at   TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    event_id     TEXT NOT NULL
);
)sql",
    // Step 4: staff edits of the weekly pattern, places, capacities and holidays
    // (store/schedule_edits_store.hpp), applied in id order over the schedule file. from_date
    // is the date an edit is in force from, or the holiday's date; weekday is 0 (Monday) to 6;
    // times are local HH:MM. Which columns are set depends on the kind.
    R"sql(
CREATE TABLE schedule_edits (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('slot_added', 'slot_changed', 'slot_removed',
                                              'group_changed', 'holiday_added',
                                              'holiday_removed')),
    group_id    TEXT,
    from_date   TEXT NOT NULL,
    weekday     INTEGER CHECK (weekday BETWEEN 0 AND 6),
    start_time  TEXT,
    end_time    TEXT,
    old_weekday INTEGER CHECK (old_weekday BETWEEN 0 AND 6),
    old_start   TEXT,
    place       TEXT,
    capacity    INTEGER CHECK (capacity >= 1),
    staff_name  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    event_id    TEXT NOT NULL
);
)sql",
    // Step 5: settings staff changed on the kiosk itself (store/kiosk_settings.hpp), laid
    // over the config file at start; one row per key, the newest value.
    R"sql(
CREATE TABLE kiosk_settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    staff_name TEXT NOT NULL,
    changed_at TEXT NOT NULL
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
