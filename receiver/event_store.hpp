// The receiver's database: every event once, keyed by its id, with who sent it and when.
#pragma once

#include "batch.hpp"
#include "store/database.hpp"

#include <mutex>
#include <string>
#include <vector>

namespace receiver {

// The kiosk's own SQLite layer (kiosk/store): one wrapper for both programs.
namespace store = kiosk::store;
using store::Database;
using store::Statement;
using store::Transaction;

enum class StoreOutcome {
    Stored,    // new id: written now
    Duplicate, // id already stored with the same canonical content
    Conflict,  // id already stored with different content
    Skipped,   // the event carried a rejection and was not looked at
};

struct ExportRow {
    std::string id;
    std::string kiosk_id;
    std::string occurred_at;
    std::string received_at;
    std::string data_json;
};

// Thread-safe: one connection behind a mutex (handlers run on several threads).
class EventStore {
  public:
    // Opens or creates the database and its table. read_only (for --export) needs an existing
    // receiver database. Throws store::StoreError.
    static EventStore open(const std::string& path, bool read_only);

    EventStore(EventStore&& other) noexcept : db_(std::move(other.db_)) {}

    // Stores the batch's events without a rejection in one transaction, durable when this
    // returns; one outcome per event, in order. Throws store::StoreError and then stores nothing.
    std::vector<StoreOutcome> store(const Batch& batch, const std::string& received_at);

    // Every event of type, by occurred_at then id.
    std::vector<ExportRow> rows_of_type(const std::string& type);

  private:
    explicit EventStore(Database db) : db_(std::move(db)) {}

    Database db_;
    std::mutex mutex_;
};

} // namespace receiver
