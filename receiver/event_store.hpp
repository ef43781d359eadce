// The receiver's store: every event once, keyed by its id, with who sent it and when. One
// interface, two databases behind it: SQLite (the embedded default) and PostgreSQL (for an
// organisation with many kiosks; docs/receiver.md). open_event_store picks one from the config.
#pragma once

#include "batch.hpp"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace receiver {

// The database failed or is not a receiver database; what() says which database, what went
// wrong and what to do. An upload that meets it is answered 500, so the kiosk tries again.
class StoreFailure : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

enum class StoreOutcome {
    Stored,    // new id: written now
    Duplicate, // id already stored with the same canonical content
    Conflict,  // id already stored with different content
    Skipped,   // the event carried a rejection and was not looked at
};

// One stored event, every column: what copying between stores moves.
struct StoredEvent {
    std::string id;
    std::string kiosk_id;
    std::string type;
    std::string occurred_at;
    std::int64_t schema = 0;
    std::string data_json;
    std::string canonical;
    std::string sent_at;
    std::string received_at;
};

struct ExportRow {
    std::string id;
    std::string kiosk_id;
    std::string occurred_at;
    std::string received_at;
    std::string data_json;
};

// Thread-safe: upload handlers call it from several threads at once.
class EventStore {
  public:
    virtual ~EventStore() = default;

    // Stores the batch's events without a rejection in one transaction, durable when this
    // returns; one outcome per event, in order. Throws StoreFailure and then stores nothing.
    std::vector<StoreOutcome> store(const Batch& batch, const std::string& received_at);

    // Writes events as they are (their own sent_at and received_at) in one transaction;
    // Stored, Duplicate or Conflict for each, in order. Throws StoreFailure.
    virtual std::vector<StoreOutcome> insert(const std::vector<StoredEvent>& events) = 0;

    // Every event of type, by occurred_at then id (byte order, the same in both stores).
    std::vector<ExportRow> rows_of_type(const std::string& type) {
        return rows_of_type_from(type, "");
    }
    // The same, only those that occurred at or after occurred_from (RFC 3339 UTC, or a prefix
    // of one such as a day "2026-11-23"; "" for all): a range of the (type, occurred_at) index.
    virtual std::vector<ExportRow> rows_of_type_from(const std::string& type,
                                                     const std::string& occurred_from) = 0;

    // Changes whenever an event was stored since it was last read (through this store or any
    // other connection); it may also change when nothing was. Cheap: no table is read.
    virtual std::string change_stamp() = 0;

    // How many events of type that occurred at or after occurred_from ("" for all) are stored
    // (a range of the (type, occurred_at, id) index alone).
    virtual std::int64_t count_of_type_from(const std::string& type,
                                            const std::string& occurred_from) = 0;

    // The id of each of those events, in no particular order (the index alone, no row read).
    virtual std::vector<std::string> ids_of_type_from(const std::string& type,
                                                      const std::string& occurred_from) = 0;

    // The events with these ids, in no particular order; an id not stored is left out.
    virtual std::vector<ExportRow> rows_with_ids(const std::vector<std::string>& ids) = 0;

    // Per kiosk, its newest event of type (by occurred_at), by kiosk_id: each kiosk's last
    // health report for the console's fleet page.
    virtual std::vector<ExportRow> latest_per_kiosk(const std::string& type) = 0;

    // Deletes the events of type that occurred before cutoff (RFC 3339 UTC); how many.
    virtual std::size_t forget_before(const std::string& type, const std::string& cutoff) = 0;

    // Up to limit events with an id after `after` (byte order; "" for the first), by id.
    virtual std::vector<StoredEvent> page_after(const std::string& after, std::size_t limit) = 0;

    // The schema version the database is at now.
    virtual int schema_version() = 0;

    // Which database, for the log: a path, or a PostgreSQL database and host (no password).
    virtual std::string describe() const = 0;
};

// The newest schema this receiver writes; both stores migrate up to it when opened to write.
inline constexpr int kStoreSchemaVersion = 2;

// True when database names a PostgreSQL server ("postgresql://..." or "postgres://...").
bool is_postgresql_uri(const std::string& database);

// Opens database (a SQLite file path or a PostgreSQL URI). To write, it is created or migrated
// to kStoreSchemaVersion; read_only (export, the copy's source) needs an existing receiver
// database and changes nothing. Throws StoreFailure.
std::unique_ptr<EventStore> open_event_store(const std::string& database, bool read_only);

// The events of a batch as stored at received_at: rejected ones left out. A signal keeps the
// day alone, because when it was sent and received would give its time (docs/signals.md).
std::vector<StoredEvent> events_to_store(const Batch& batch, const std::string& received_at);

} // namespace receiver
