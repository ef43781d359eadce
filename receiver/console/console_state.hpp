// The console's own small store (docs/console.md, "Console state and audit log"): a SQLite
// file apart from the receiver's events, which the console only reads. It holds which signals
// a coordinator marked as reviewed (by whom, when), the alerts published on the alert channel
// and its last version (console_state_alerts.cpp), and the audit log: who did or viewed what,
// when, and which event. Created when missing, with a schema version (PRAGMA user_version)
// and one migration per version. Thread-safe: one connection behind a mutex.
#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <functional>
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

// An alert published from the console, as the state keeps it.
struct ChannelAlert {
    std::string id;
    std::string block;   // its [[alert]] block of alerts.toml, exactly as published
    std::string level;   // red, warning, notice
    std::string title;   // the English title, for the list
    std::string issued;  // YYYY-MM-DD
    std::string expires; // YYYY-MM-DD
    std::string published_by;
    std::string published_at; // RFC 3339 UTC
    std::string withdrawn_by; // "" while it is on the channel
    std::string withdrawn_at;
    std::string signal_id; // the signal report it was made from ("" for none)

    bool on_channel() const { return withdrawn_at.empty(); }
};

// The newest schema this console writes.
inline constexpr int kStateSchemaVersion = 2;

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

    // Every alert ever published here, newest first.
    std::vector<ChannelAlert> channel_alerts();
    // One transaction: saves `alert` (new, or the same id now withdrawn), takes the channel's
    // next version (above every one before, and at least version_floor), calls
    // publish(version, the alerts now on the channel, oldest first), and appends `audit`.
    // When publish throws nothing is saved, and the exception goes on. Returns the version.
    using PublishAlerts =
        std::function<void(std::int64_t version, const std::vector<ChannelAlert>& on_channel)>;
    std::int64_t change_alert(const ChannelAlert& alert, const AuditEntry& audit,
                              std::int64_t version_floor, const PublishAlerts& publish);
    // The alert channel's last version (0: never published).
    std::int64_t alert_version();

    int schema_version();
    const std::string& path() const { return path_; }

  private:
    std::int64_t append_locked(const AuditEntry& entry);

    std::string path_;
    std::mutex mutex_;
    kiosk::store::Database db_;
};

} // namespace console
