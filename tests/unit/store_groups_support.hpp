// Helpers for the peer-group store tests: a migrated database, single numbers from SQL with
// text parameters, members to sign up, a session with sign-ups and its states as text, and
// counting outbox events by type.
#pragma once

#include "store/groups_store.hpp"
#include "store/schema.hpp"

#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

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

inline constexpr const char* kLater = "2026-11-23T09:00:00Z";

inline int total_changes(Database& db) {
    return sqlite3_total_changes(db.handle());
}

// A database with members A..n signed up for kTue with the given capacity.
inline Database with_signups(const std::vector<std::string>& codes, int capacity) {
    Database db = migrated_memory();
    for (const std::string& code : codes) {
        add_member(db, code);
        sign_up(db, kTue, capacity, code, kNow);
    }
    return db;
}

inline std::string states(Database& db, const std::string& session_id) {
    std::string out;
    for (const SignupView& view : signups_for(db, session_id)) {
        out += view.code + ":" + to_string(view.state) +
               (view.position > 0 ? std::to_string(view.position) : "") +
               (view.mark ? std::string("=") + to_string(*view.mark) : "") + " ";
    }
    return out;
}

} // namespace kiosk::store::test
