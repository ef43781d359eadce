// The uploader's side of the outbox: claiming a batch (queued -> in_flight), recording what
// the server said (delivered, quarantined, back to queued), crash recovery, and the summary
// staff see on the sync screen.
#pragma once

#include "store/database.hpp"
#include "store/outbox.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::store {

// Takes up to `limit` queued events, oldest first, and marks them in_flight (attempts + 1)
// in one transaction of its own, before anything is sent. A crash after this point leaves
// them in_flight; requeue_in_flight puts them back at the next start, so they are sent again
// (the server answers "duplicate" for any it already had).
std::vector<Event> claim_batch(Database& db, int limit);

// Every in_flight event back to queued; returns how many. Called once when the uploader
// starts, before its first claim.
int requeue_in_flight(Database& db);

// In one transaction: `delivered` ids become delivered (at now_utc); each rejected id becomes
// quarantined with its reason; `requeue` ids go back to queued with `error` as last_error.
// Only in_flight events change; ids that are not in flight are ignored.
struct Rejection {
    std::string id;
    std::string reason;
};
void settle_batch(Database& db, const std::vector<std::string>& delivered,
                  const std::vector<Rejection>& rejected, const std::vector<std::string>& requeue,
                  const std::string& error, const std::string& now_utc);

struct QuarantinedEvent {
    std::string id;
    std::string type;
    std::string occurred_at;
    std::string reason;
};

struct OutboxSummary {
    std::int64_t queued = 0;
    std::int64_t in_flight = 0;
    std::int64_t delivered = 0;
    std::int64_t quarantined = 0;
    std::optional<std::string> oldest_undelivered_at; // occurred_at of the oldest queued/in flight
    std::optional<std::string> last_delivered_at;     // newest delivered_at
    std::int64_t bytes = 0; // an estimate of the space all events take in the file
};
OutboxSummary outbox_summary(Database& db);

// Up to `limit` quarantined events, newest first.
std::vector<QuarantinedEvent> quarantined_events(Database& db, int limit);

// Deletes delivered events delivered before `before_utc` (they are on the server already).
// Returns how many.
int prune_delivered(Database& db, const std::string& before_utc);

} // namespace kiosk::store
