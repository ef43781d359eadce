// The outbox: events recorded in the same transaction as the state change they describe,
// waiting to be delivered.
#pragma once

#include "store/database.hpp"
#include "store/event_kinds.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::store {

struct Event {
    std::string id;          // lower-case UUID v4
    std::string type;        // e.g. "signup.created" (event_kinds.hpp)
    std::string occurred_at; // RFC 3339 UTC, e.g. 2026-11-22T17:05:00Z
    int schema = 1;          // version of this event type's data layout
    std::string data_json;   // a JSON object
};

// The outbox states, as stored in events.state.
inline constexpr const char* kQueued = "queued";
inline constexpr const char* kInFlight = "in_flight";
inline constexpr const char* kDelivered = "delivered";
inline constexpr const char* kQuarantined = "quarantined";

// A new random event id: lower-case UUID v4 text (36 characters).
std::string new_event_id();

// Queues one event and returns its id. Must run inside a Transaction, together with the state
// change it records; throws StoreError (and writes nothing) otherwise, or when data_json is not
// a JSON object, or occurred_at is not RFC 3339 UTC ("...Z").
std::string append_event(Database& db, EventKind kind, const std::string& data_json,
                         const std::string& occurred_at, int schema = 1);

// How many events are in state (one of the k* states above; others throw StoreError).
std::int64_t count_events(Database& db, const std::string& state);

// Up to limit events in state, oldest first (by seq).
std::vector<Event> events_in_state(Database& db, const std::string& state, int limit);

} // namespace kiosk::store
