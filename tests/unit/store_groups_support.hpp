// Helpers for the peer-group store tests: a migrated database, single numbers from SQL with
// text parameters, members to sign up, and counting outbox events by type.
#pragma once

#include "store/groups_store.hpp"
#include "store/schema.hpp"

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>

namespace kiosk::store::test {

inline constexpr const char* kNow = "2026-11-22T17:05:00Z";
inline constexpr const char* kTue = "exp-tue/2026-12-01T14:00";
inline constexpr const char* kStaff = "Anna";

inline Database migrated_memory() {
    Database db = Database::open(":memory:");
    migrate(db);
    return db;
}

// The first column of the first row of sql, with ?1, ?2, ... bound to params.
inline std::int64_t scalar(Database& db, const std::string& sql,
                           std::initializer_list<std::string> params = {}) {
    Statement query = db.prepare(sql);
    int index = 1;
    for (const std::string& param : params) {
        query.bind(index++, param);
    }
    if (!query.step()) {
        throw std::runtime_error("no row from " + sql);
    }
    return query.column_int64(0);
}

inline std::string text(Database& db, const std::string& sql,
                        std::initializer_list<std::string> params = {}) {
    Statement query = db.prepare(sql);
    int index = 1;
    for (const std::string& param : params) {
        query.bind(index++, param);
    }
    if (!query.step()) {
        throw std::runtime_error("no row from " + sql);
    }
    return query.column_text(0);
}

inline std::int64_t events_of(Database& db, const std::string& type) {
    return scalar(db, "SELECT COUNT(*) FROM events WHERE type = ?1", {type});
}

inline std::int64_t all_events(Database& db) {
    return scalar(db, "SELECT COUNT(*) FROM events");
}

// Events of type whose data names this session and code.
inline std::int64_t events_for(Database& db, const std::string& type, const std::string& session_id,
                               const std::string& code) {
    return scalar(db,
                  "SELECT COUNT(*) FROM events WHERE type = ?1 AND "
                  "json_extract(data, '$.session_id') = ?2 AND json_extract(data, '$.code') = ?3",
                  {type, session_id, code});
}

inline void add_member(Database& db, const std::string& code, const char* now = kNow) {
    if (create_member(db, code, "sun", std::nullopt, now) != CreateMemberOutcome::Created) {
        throw std::runtime_error("member " + code + " exists already");
    }
}

} // namespace kiosk::store::test
