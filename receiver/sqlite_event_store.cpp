// The events table in SQLite (kiosk/store's wrapper, one connection behind a mutex) and its
// migrations, one per schema version, applied in order when the file is opened to write.
#include "sqlite_event_store.hpp"

#include "store/database.hpp"
#include "store_queries.hpp"

#include <mutex>

namespace receiver {

namespace {

namespace store = kiosk::store;
using store::Database;
using store::Statement;
using store::Transaction;

// migration[n] brings a database from version n to n + 1 (the version is PRAGMA user_version).
// Text compares byte by byte in SQLite, as the PostgreSQL store does with COLLATE "C".
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE events (
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
CREATE INDEX events_by_type ON events (type, occurred_at, id);
)sql",
    // Per kiosk: its health reports and last-seen, without reading every event.
    "CREATE INDEX events_by_kiosk ON events (kiosk_id, type, occurred_at);",
};
static_assert(std::size(kMigrations) == kStoreSchemaVersion, "one migration per schema version");

// The rows of a query whose columns are id, kiosk_id, occurred_at, received_at, data.
std::vector<ExportRow> export_rows(Statement& query) {
    std::vector<ExportRow> rows;
    while (query.step()) {
        rows.push_back({query.column_text(0), query.column_text(1), query.column_text(2),
                        query.column_text(3), query.column_text(4)});
    }
    return rows;
}

int user_version(Database& db) {
    Statement s = db.prepare("PRAGMA user_version");
    s.step();
    return static_cast<int>(s.column_int64(0));
}

class SqliteEventStore final : public EventStore {
  public:
    SqliteEventStore(Database db, std::string path) : db_(std::move(db)), path_(std::move(path)) {}

    std::vector<StoreOutcome> insert(const std::vector<StoredEvent>& events) override {
        return guarded([&] {
            std::vector<StoreOutcome> outcomes;
            Transaction tx(db_);
            Statement find = db_.prepare("SELECT canonical FROM events WHERE id = ?1");
            Statement add = db_.prepare(
                "INSERT INTO events (id, kiosk_id, type, occurred_at, schema, data, canonical, "
                "sent_at, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
            for (const auto& e : events) {
                find.reset();
                find.bind(1, e.id);
                if (find.step()) {
                    outcomes.push_back(find.column_text(0) == e.canonical ? StoreOutcome::Duplicate
                                                                          : StoreOutcome::Conflict);
                    continue;
                }
                add.reset();
                add.bind(1, e.id);
                add.bind(2, e.kiosk_id);
                add.bind(3, e.type);
                add.bind(4, e.occurred_at);
                add.bind(5, e.schema);
                add.bind(6, e.data_json);
                add.bind(7, e.canonical);
                add.bind(8, e.sent_at);
                add.bind(9, e.received_at);
                add.step();
                outcomes.push_back(StoreOutcome::Stored);
            }
            tx.commit();
            return outcomes;
        });
    }

    std::vector<ExportRow> rows_of_type_from(const std::string& type,
                                             const std::string& occurred_from) override {
        return guarded([&] {
            Statement query =
                db_.prepare("SELECT id, kiosk_id, occurred_at, received_at, data FROM events "
                            "WHERE type = ?1 AND occurred_at >= ?2 ORDER BY occurred_at, id");
            query.bind(1, type);
            query.bind(2, occurred_from);
            return export_rows(query);
        });
    }

    std::string change_stamp() override {
        return guarded([&] {
            // data_version moves when another connection commits; total_changes counts ours.
            Statement query = db_.prepare("PRAGMA data_version");
            query.step();
            return std::to_string(query.column_int64(0)) + "/" +
                   std::to_string(sqlite3_total_changes64(db_.handle()));
        });
    }

    std::int64_t count_of_type_from(const std::string& type,
                                    const std::string& occurred_from) override {
        return guarded([&] {
            Statement query =
                db_.prepare("SELECT count(*) FROM events WHERE type = ?1 AND occurred_at >= ?2");
            query.bind(1, type);
            query.bind(2, occurred_from);
            query.step();
            return query.column_int64(0);
        });
    }

    std::vector<std::string> ids_of_type_from(const std::string& type,
                                              const std::string& occurred_from) override {
        return guarded([&] {
            Statement query =
                db_.prepare("SELECT id FROM events WHERE type = ?1 AND occurred_at >= ?2");
            query.bind(1, type);
            query.bind(2, occurred_from);
            std::vector<std::string> ids;
            while (query.step()) {
                ids.push_back(query.column_text(0));
            }
            return ids;
        });
    }

    std::vector<ExportRow> rows_with_ids(const std::vector<std::string>& ids) override {
        return guarded([&] {
            Statement query =
                db_.prepare("SELECT id, kiosk_id, occurred_at, received_at, data FROM events "
                            "WHERE id = ?1");
            std::vector<ExportRow> rows;
            for (const auto& id : ids) {
                query.reset();
                query.bind(1, id);
                if (query.step()) {
                    rows.push_back({query.column_text(0), query.column_text(1),
                                    query.column_text(2), query.column_text(3),
                                    query.column_text(4)});
                }
            }
            return rows;
        });
    }

    std::vector<ExportRow> latest_per_kiosk(const std::string& type) override {
        return guarded([&] {
            Statement query = db_.prepare(kLatestPerKioskSql);
            query.bind(1, type);
            return export_rows(query);
        });
    }

    std::size_t forget_before(const std::string& type, const std::string& cutoff) override {
        return guarded([&] {
            Statement del = db_.prepare("DELETE FROM events WHERE type = ?1 AND occurred_at < ?2");
            del.bind(1, type);
            del.bind(2, cutoff);
            del.step();
            return static_cast<std::size_t>(sqlite3_changes(db_.handle()));
        });
    }

    std::vector<StoredEvent> page_after(const std::string& after, std::size_t limit) override {
        return guarded([&] {
            Statement query = db_.prepare(
                "SELECT id, kiosk_id, type, occurred_at, schema, data, canonical, sent_at, "
                "received_at FROM events WHERE id > ?1 ORDER BY id LIMIT ?2");
            query.bind(1, after);
            query.bind(2, static_cast<std::int64_t>(limit));
            std::vector<StoredEvent> rows;
            while (query.step()) {
                rows.push_back({query.column_text(0), query.column_text(1), query.column_text(2),
                                query.column_text(3), query.column_int64(4), query.column_text(5),
                                query.column_text(6), query.column_text(7), query.column_text(8)});
            }
            return rows;
        });
    }

    int schema_version() override {
        return guarded([&] { return user_version(db_); });
    }

    std::string describe() const override { return "SQLite " + path_; }

  private:
    // Runs work under the lock; SQLite's errors become StoreFailure.
    template <typename Work> auto guarded(Work&& work) -> decltype(work()) {
        std::lock_guard<std::mutex> lock(mutex_);
        try {
            return work();
        } catch (const store::StoreError& err) {
            throw StoreFailure(err.what());
        }
    }

    Database db_;
    std::string path_;
    std::mutex mutex_;
};

void migrate(Database& db, int from) {
    for (int version = from; version < kStoreSchemaVersion; ++version) {
        Transaction tx(db);
        db.exec(kMigrations[version]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
    }
}

std::unique_ptr<EventStore> open_checked(const std::string& path, bool read_only) {
    Database db =
        Database::open(path, read_only ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    db.exec("PRAGMA busy_timeout = 5000");
    const int version = user_version(db);
    if (version > kStoreSchemaVersion) {
        throw StoreFailure(path + " was written by a newer receiver (schema " +
                           std::to_string(version) + "); run that receiver or a newer one");
    }
    if (read_only && version == 0) {
        throw StoreFailure(path + " is not a receiver database");
    }
    if (!read_only) {
        // WAL with FULL sync: a 200 answer promises the events survive a power cut.
        db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        migrate(db, version);
    }
    return std::make_unique<SqliteEventStore>(std::move(db), path);
}

} // namespace

std::unique_ptr<EventStore> open_sqlite_store(const std::string& path, bool read_only) {
    try {
        return open_checked(path, read_only);
    } catch (const store::StoreError& err) {
        throw StoreFailure(err.what());
    }
}

} // namespace receiver
