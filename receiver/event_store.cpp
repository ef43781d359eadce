// The events table and its two uses: storing a batch (with content-compared duplicates) and
// reading one event type back for export.
#include "event_store.hpp"

namespace receiver {

namespace {

constexpr int kSchemaVersion = 1;

constexpr const char* kCreate = R"sql(
CREATE TABLE IF NOT EXISTS events (
    id          TEXT PRIMARY KEY NOT NULL,
    kiosk_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    schema      INTEGER NOT NULL,
    data        TEXT NOT NULL,
    canonical   TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, occurred_at, id);
)sql";

int user_version(Database& db) {
    Statement s = db.prepare("PRAGMA user_version");
    s.step();
    return static_cast<int>(s.column_int64(0));
}

} // namespace

EventStore EventStore::open(const std::string& path, bool read_only) {
    Database db =
        Database::open(path, read_only ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    db.exec("PRAGMA busy_timeout = 5000");
    const int version = user_version(db);
    if (version > kSchemaVersion) {
        throw store::StoreError(SQLITE_ERROR, path + " was written by a newer receiver (schema " +
                                                  std::to_string(version) + ")");
    }
    if (read_only) {
        if (version != kSchemaVersion) {
            throw store::StoreError(SQLITE_ERROR, path + " is not a receiver database");
        }
        return EventStore(std::move(db));
    }
    // WAL with FULL sync: a 200 answer promises the events survive a power cut.
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    if (version == 0) {
        Transaction tx(db);
        db.exec(kCreate);
        db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
        tx.commit();
    }
    return EventStore(std::move(db));
}

std::vector<StoreOutcome> EventStore::store(const Batch& batch, const std::string& received_at) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<StoreOutcome> outcomes;
    Transaction tx(db_);
    Statement find = db_.prepare("SELECT canonical FROM events WHERE id = ?1");
    Statement insert = db_.prepare(
        "INSERT INTO events (id, kiosk_id, type, occurred_at, schema, data, canonical, sent_at, "
        "received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (const auto& event : batch.events) {
        if (event.rejection) {
            outcomes.push_back(StoreOutcome::Skipped);
            continue;
        }
        find.reset();
        find.bind(1, event.id);
        if (find.step()) {
            outcomes.push_back(find.column_text(0) == event.canonical ? StoreOutcome::Duplicate
                                                                      : StoreOutcome::Conflict);
            continue;
        }
        insert.reset();
        insert.bind(1, event.id);
        insert.bind(2, batch.kiosk_id);
        insert.bind(3, event.type);
        insert.bind(4, event.occurred_at);
        insert.bind(5, static_cast<std::int64_t>(event.schema));
        insert.bind(6, event.data_json);
        insert.bind(7, event.canonical);
        // A signal keeps the day alone: when it was sent and received would give its time.
        const bool day_only = event.type == "signal.reported";
        insert.bind(8, day_only ? batch.sent_at.substr(0, 10) : batch.sent_at);
        insert.bind(9, day_only ? received_at.substr(0, 10) : received_at);
        insert.step();
        outcomes.push_back(StoreOutcome::Stored);
    }
    tx.commit();
    return outcomes;
}

std::vector<ExportRow> EventStore::rows_of_type(const std::string& type) {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement query = db_.prepare("SELECT id, kiosk_id, occurred_at, received_at, data FROM events "
                                  "WHERE type = ?1 ORDER BY occurred_at, id");
    query.bind(1, type);
    std::vector<ExportRow> rows;
    while (query.step()) {
        rows.push_back({query.column_text(0), query.column_text(1), query.column_text(2),
                        query.column_text(3), query.column_text(4)});
    }
    return rows;
}

} // namespace receiver
