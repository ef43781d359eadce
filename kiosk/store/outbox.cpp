// The outbox: new event ids, appending events inside the caller's transaction, reading them.
#include "store/outbox.hpp"

#include "common/rfc3339.hpp"

#include <uuid/uuid.h>

namespace kiosk::store {

namespace {

constexpr const char* kFixIt = "; this is a fault in the kiosk software, report it to the "
                               "kiosk maintainer";

void require_known_state(const std::string& state, const char* caller) {
    for (const char* known : {kQueued, kInFlight, kDelivered, kQuarantined}) {
        if (state == known) {
            return;
        }
    }
    throw StoreError(SQLITE_MISUSE, std::string(caller) + ": unknown outbox state '" + state +
                                        "' (use queued, in_flight, delivered or quarantined)" +
                                        kFixIt);
}

bool is_json_object(Database& db, const std::string& json) {
    Statement check =
        db.prepare("SELECT CASE WHEN json_valid(?1) THEN json_type(?1) = 'object' ELSE 0 END");
    check.bind(1, json);
    check.step();
    return check.column_int64(0) == 1;
}

std::string quoted_start(const std::string& text) {
    constexpr std::size_t kShown = 80;
    return "'" + (text.size() > kShown ? text.substr(0, kShown) + "..." : text) + "'";
}

} // namespace

std::string new_event_id() {
    uuid_t uuid;
    uuid_generate_random(uuid);
    char text[37];
    uuid_unparse_lower(uuid, text);
    return std::string(text);
}

std::string append_event(Database& db, EventKind kind, const std::string& data_json,
                         const std::string& occurred_at, int schema) {
    const std::string type(type_of(kind));
    if (sqlite3_get_autocommit(db.handle()) != 0) {
        throw StoreError(SQLITE_MISUSE, "append_event(" + type + ") on database " + db.path() +
                                            ": append_event must run inside a Transaction "
                                            "together with the state change it records" +
                                            kFixIt);
    }
    if (!is_utc_time(occurred_at, Fraction::Allowed)) {
        throw StoreError(SQLITE_MISUSE,
                         "append_event(" + type + "): occurred_at " + quoted_start(occurred_at) +
                             " is not RFC 3339 UTC like 2026-11-22T17:05:00Z" + kFixIt);
    }
    if (!is_json_object(db, data_json)) {
        throw StoreError(SQLITE_MISUSE, "append_event(" + type + "): data " +
                                            quoted_start(data_json) + " is not a JSON object" +
                                            kFixIt);
    }
    const std::string id = new_event_id();
    Statement insert =
        db.prepare("INSERT INTO events (id, seq, type, occurred_at, schema, data) "
                   "VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events), ?2, ?3, ?4, ?5)");
    insert.bind(1, id);
    insert.bind(2, type);
    insert.bind(3, occurred_at);
    insert.bind(4, schema);
    insert.bind(5, data_json);
    insert.run();
    return id;
}

std::int64_t count_events(Database& db, const std::string& state) {
    require_known_state(state, "count_events");
    Statement query = db.prepare("SELECT COUNT(*) FROM events WHERE state = ?1");
    query.bind(1, state);
    query.step();
    return query.column_int64(0);
}

std::vector<Event> events_in_state(Database& db, const std::string& state, int limit) {
    require_known_state(state, "events_in_state");
    Statement query = db.prepare("SELECT id, type, occurred_at, schema, data FROM events "
                                 "WHERE state = ?1 ORDER BY seq LIMIT ?2");
    query.bind(1, state);
    query.bind(2, limit);
    std::vector<Event> events;
    while (query.step()) {
        Event event;
        event.id = query.column_text(0);
        event.type = query.column_text(1);
        event.occurred_at = query.column_text(2);
        event.schema = static_cast<int>(query.column_int64(3));
        event.data_json = query.column_text(4);
        events.push_back(std::move(event));
    }
    return events;
}

} // namespace kiosk::store
