// The console's own small store (docs/console.md, "Console state and audit log"): a SQLite
// file apart from the receiver's events, which the console only reads. It holds which signals
// a coordinator marked as reviewed (by whom, when), and the audit log: who did or viewed what,
// when, and which event. Created when missing, with a schema version (PRAGMA user_version)
// and one migration per version. Thread-safe: one connection behind a mutex.
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace console {

struct Review {
    std::string by; // the coordinator's name
    std::string at; // RFC 3339 UTC
};

struct AuditEntry {
    std::int64_t seq = 0; // its place in the log, from 1; set by the store
    std::string at;       // RFC 3339 UTC
    std::string user;     // the coordinator's name
    std::string action;   // what was done or viewed, e.g. "signal marked reviewed"
    std::string event_id; // the event it concerned, "" for none
};

// The newest schema this console writes.
inline constexpr int kStateSchemaVersion = 1;

class ConsoleState {
  public:
    // Opens path, creating it when missing, and migrates it to kStateSchemaVersion; ":memory:"
    // keeps it in memory (lost when the console stops). Throws kiosk::store::StoreError, or
    // std::runtime_error for a file of a newer console.
    explicit ConsoleState(const std::string& path);

    // Marks the signal reviewed by user at `at` and writes it to the audit log, in one
    // transaction; false (and nothing written) when it was marked already.
    bool mark_reviewed(const std::string& signal_id, const std::string& user,
                       const std::string& at);
    // Every mark, by signal id.
    std::map<std::string, Review> reviews();

    // Appends to the audit log; returns the entry's seq.
    std::int64_t append_audit(const AuditEntry& entry);
    // The newest `limit` entries of the log, newest first.
    std::vector<AuditEntry> audit_log(std::size_t limit = 200);

    int schema_version();
    const std::string& path() const { return path_; }

  private:
    std::int64_t append_locked(const AuditEntry& entry);

    std::string path_;
    std::mutex mutex_;
    kiosk::store::Database db_;
};

} // namespace console
