// The events table in PostgreSQL, its migrations (the version in receiver_schema, applied under
// an advisory lock so two receivers starting together migrate once) and a pool of connections
// so uploads from several threads are stored at once.
#include "postgres_event_store.hpp"

#include "postgres_connection.hpp"
#include "store_queries.hpp"

#include <algorithm>
#include <numeric>

namespace receiver {

namespace {

// migration[n] brings a database from version n to n + 1. Text columns compare byte by byte
// (COLLATE "C"), as SQLite does, so exports and copies come out in the same order.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE events (
    id          text COLLATE "C" PRIMARY KEY,
    kiosk_id    text COLLATE "C" NOT NULL,
    type        text COLLATE "C" NOT NULL,
    occurred_at text COLLATE "C" NOT NULL,
    schema      bigint NOT NULL,
    data        text NOT NULL,
    canonical   text NOT NULL,
    sent_at     text NOT NULL,
    received_at text NOT NULL
);
CREATE INDEX events_by_type ON events (type, occurred_at, id);
)sql",
    // Per kiosk: its health reports and last-seen, without reading every event.
    "CREATE INDEX events_by_kiosk ON events (kiosk_id, type, occurred_at);",
};
static_assert(std::size(kMigrations) == kStoreSchemaVersion, "one migration per schema version");

constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(7262002)";

// BEGIN now; ROLLBACK at the end unless committed (skipped on a lost connection).
class PgTransaction {
  public:
    explicit PgTransaction(PgConnection& conn) : conn_(conn) { conn_.exec("BEGIN"); }
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction() {
        if (!done_ && !conn_.broken()) {
            try {
                conn_.exec("ROLLBACK");
            } catch (const StoreFailure&) {
                // The connection is being given up on anyway.
            }
        }
    }
    void commit() {
        conn_.exec("COMMIT");
        done_ = true;
    }

  private:
    PgConnection& conn_;
    bool done_ = false;
};

// The version in receiver_schema; 0 when the database has no receiver tables yet.
int version_of(PgConnection& conn) {
    if (conn.exec("SELECT to_regclass('receiver_schema') IS NULL").text(0, 0) == "t") {
        return 0;
    }
    const PgResult result = conn.exec("SELECT version FROM receiver_schema");
    return result.rows() == 0 ? 0 : std::stoi(result.text(0, 0));
}

void migrate(PgConnection& conn) {
    PgTransaction tx(conn);
    conn.exec(kMigrationLock);
    conn.exec("CREATE TABLE IF NOT EXISTS receiver_schema (version integer NOT NULL)");
    int version = version_of(conn);
    if (version > kStoreSchemaVersion) {
        return; // checked by the caller
    }
    if (conn.exec("SELECT count(*) FROM receiver_schema").text(0, 0) == "0") {
        conn.exec("INSERT INTO receiver_schema VALUES (0)");
    }
    for (; version < kStoreSchemaVersion; ++version) {
        conn.exec(kMigrations[version]);
        conn.exec("UPDATE receiver_schema SET version = " + std::to_string(version + 1));
    }
    tx.commit();
}

// The rows of a result whose columns are id, kiosk_id, occurred_at, received_at, data.
std::vector<ExportRow> export_rows(const PgResult& r) {
    std::vector<ExportRow> rows;
    rows.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        rows.push_back({r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4)});
    }
    return rows;
}

// A text[] literal of values: each quoted, with '"' and '\\' escaped.
std::string text_array(const std::vector<std::string>& values) {
    std::string out = "{";
    for (const auto& v : values) {
        out += out.size() > 1 ? ",\"" : "\"";
        for (const char c : v) {
            if (c == '"' || c == '\\') {
                out += '\\';
            }
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

StoredEvent stored_event(const PgResult& r, int row) {
    return {
        r.text(row, 0), r.text(row, 1), r.text(row, 2), r.text(row, 3), std::stoll(r.text(row, 4)),
        r.text(row, 5), r.text(row, 6), r.text(row, 7), r.text(row, 8)};
}

class PostgresEventStore final : public EventStore {
  public:
    PostgresEventStore(const std::string& uri, std::size_t connections)
        : pool_(uri, connections), label_(describe_postgres(uri)) {}

    std::vector<StoreOutcome> insert(const std::vector<StoredEvent>& events) override {
        // In id order, so two batches sharing ids wait for each other instead of deadlocking.
        std::vector<std::size_t> order(events.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return events[a].id < events[b].id; });
        return with_connection(
            [&](PgConnection& conn) { return insert_in_order(conn, events, order); });
    }

    std::vector<ExportRow> rows_of_type_from(const std::string& type,
                                             const std::string& occurred_from) override {
        return with_connection(
            [&](PgConnection& conn) { return read_type(conn, type, occurred_from); });
    }

    std::string change_stamp() override {
        // Where the server inserts into its write-ahead log: every commit moves it at once,
        // also without synchronous_commit (a standby: where it replayed to).
        return with_connection([&](PgConnection& conn) {
            return conn
                .run("change_stamp",
                     "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() "
                     "ELSE pg_current_wal_insert_lsn() END::text",
                     {})
                .text(0, 0);
        });
    }

    std::int64_t count_of_type_from(const std::string& type,
                                    const std::string& occurred_from) override {
        return with_connection([&](PgConnection& conn) {
            return std::stoll(conn.run("count_of_type",
                                       "SELECT count(*) FROM events WHERE type = $1 "
                                       "AND occurred_at >= $2",
                                       {type, occurred_from})
                                  .text(0, 0));
        });
    }

    std::vector<std::string> ids_of_type_from(const std::string& type,
                                              const std::string& occurred_from) override {
        return with_connection([&](PgConnection& conn) {
            const PgResult r = conn.run(
                "ids_of_type", "SELECT id FROM events WHERE type = $1 AND occurred_at >= $2",
                {type, occurred_from});
            std::vector<std::string> ids;
            ids.reserve(static_cast<std::size_t>(r.rows()));
            for (int i = 0; i < r.rows(); ++i) {
                ids.push_back(r.text(i, 0));
            }
            return ids;
        });
    }

    std::vector<ExportRow> rows_with_ids(const std::vector<std::string>& ids) override {
        return with_connection([&](PgConnection& conn) {
            return export_rows(conn.run("rows_with_ids",
                                        "SELECT id, kiosk_id, occurred_at, received_at, data "
                                        "FROM events WHERE id = ANY($1::text[])",
                                        {text_array(ids)}));
        });
    }

    std::vector<ExportRow> latest_per_kiosk(const std::string& type) override {
        return with_connection([&](PgConnection& conn) {
            return export_rows(conn.run("latest_per_kiosk", kLatestPerKioskSql, {type}));
        });
    }

    std::size_t forget_before(const std::string& type, const std::string& cutoff) override {
        return with_connection([&](PgConnection& conn) {
            return conn
                .run("forget_before", "DELETE FROM events WHERE type = $1 AND occurred_at < $2",
                     {type, cutoff})
                .affected();
        });
    }

    std::vector<StoredEvent> page_after(const std::string& after, std::size_t limit) override {
        return with_connection([&](PgConnection& conn) { return read_page(conn, after, limit); });
    }

    int schema_version() override {
        return with_connection([](PgConnection& conn) { return version_of(conn); });
    }

    std::string describe() const override { return label_; }

  private:
    // Runs work on a pooled connection. When the connection turns out lost (PostgreSQL was
    // restarted, or ended it), work runs once more on a new one: nothing was committed on the
    // lost one but what the ids make a duplicate of.
    template <typename Work>
    auto with_connection(Work&& work) -> decltype(work(std::declval<PgConnection&>())) {
        for (int attempt = 0;; ++attempt) {
            auto conn = pool_.take();
            try {
                return work(*conn);
            } catch (const StoreFailure&) {
                if (attempt > 0 || !conn->broken()) {
                    throw;
                }
            }
        }
    }

    static std::vector<StoreOutcome> insert_in_order(PgConnection& conn,
                                                     const std::vector<StoredEvent>& events,
                                                     const std::vector<std::size_t>& order) {
        std::vector<StoreOutcome> outcomes(events.size(), StoreOutcome::Stored);
        PgTransaction tx(conn);
        for (const std::size_t i : order) {
            const StoredEvent& e = events[i];
            const PgResult added = conn.run(
                "add_event",
                "INSERT INTO events (id, kiosk_id, type, occurred_at, schema, data, canonical, "
                "sent_at, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                "ON CONFLICT (id) DO NOTHING",
                {e.id, e.kiosk_id, e.type, e.occurred_at, std::to_string(e.schema), e.data_json,
                 e.canonical, e.sent_at, e.received_at});
            if (added.affected() == 1) {
                continue;
            }
            const PgResult found =
                conn.run("find_event", "SELECT canonical FROM events WHERE id = $1", {e.id});
            outcomes[i] = found.rows() == 1 && found.text(0, 0) == e.canonical
                              ? StoreOutcome::Duplicate
                              : StoreOutcome::Conflict;
        }
        tx.commit();
        return outcomes;
    }

    static std::vector<ExportRow> read_type(PgConnection& conn, const std::string& type,
                                            const std::string& occurred_from) {
        const PgResult r =
            conn.run("rows_of_type",
                     "SELECT id, kiosk_id, occurred_at, received_at, data FROM events "
                     "WHERE type = $1 AND occurred_at >= $2 ORDER BY occurred_at, id",
                     {type, occurred_from});
        return export_rows(r);
    }

    static std::vector<StoredEvent> read_page(PgConnection& conn, const std::string& after,
                                              std::size_t limit) {
        const PgResult r =
            conn.run("page_after",
                     "SELECT id, kiosk_id, type, occurred_at, schema, data, canonical, sent_at, "
                     "received_at FROM events WHERE id > $1 ORDER BY id LIMIT $2",
                     {after, std::to_string(limit)});
        std::vector<StoredEvent> rows;
        rows.reserve(static_cast<std::size_t>(r.rows()));
        for (int i = 0; i < r.rows(); ++i) {
            rows.push_back(stored_event(r, i));
        }
        return rows;
    }

    PgPool pool_;
    std::string label_;
};

} // namespace

std::unique_ptr<EventStore> open_postgres_store(const std::string& uri, bool read_only) {
    // As many connections as the server has worker threads, and one for export and upkeep.
    auto store = std::make_unique<PostgresEventStore>(uri, 5);
    {
        PgConnection conn(uri);
        if (!read_only) {
            migrate(conn);
        }
        const int version = version_of(conn);
        if (version > kStoreSchemaVersion) {
            throw StoreFailure(store->describe() + " was written by a newer receiver (schema " +
                               std::to_string(version) + "); run that receiver or a newer one");
        }
        if (version == 0) {
            throw StoreFailure(store->describe() + " is not a receiver database");
        }
    }
    return store;
}

} // namespace receiver
