// Helpers shared by the peer-group store modules (checks of ids and times, current marks,
// recording events). Internal to kiosk_store: not part of its API.
#pragma once

#include "store/database.hpp"
#include "store/event_kinds.hpp"
#include "store/groups_types.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace kiosk::store::groups_detail {

// Group ids: a-z 0-9 -. Session ids: "<group id>/<YYYY-MM-DD>T<HH:MM>". Clock times: HH:MM
// from 00:00 to 23:59.
bool is_group_id(const std::string& text);
bool is_session_id(const std::string& text);
bool is_clock_time(const std::string& text);

// Each throws StoreError(SQLITE_MISUSE) naming the caller when the value is malformed: these
// are faults in the calling code, not something a visitor or staff member can cause.
void require_session_id(const std::string& session_id, const char* caller);
void require_group_id(const std::string& group_id, const char* caller);
void require_utc(const std::string& utc, const char* caller);    // 2026-11-22T17:05:00Z
void require_date(const std::string& date, const char* caller);  // 2026-11-22, a real date
void require_clock(const std::string& time, const char* caller); // 14:00
void require_text(const std::string& value, const char* what, const char* caller); // not empty

// Parts of a (checked) session id.
std::string group_of(const std::string& session_id);
std::string date_of(const std::string& session_id);

bool session_is_closed(Database& db, const std::string& session_id);
bool member_is_known(Database& db, const std::string& code);

// The current mark of every code marked for the session (anonymous head counts excluded).
std::map<std::string, Mark> current_marks(Database& db, const std::string& session_id);
std::optional<Mark> current_mark_of(Database& db, const std::string& session_id,
                                    const std::string& code);

// One integer from a query with one text parameter (?1) that returns one row.
std::int64_t query_int(Database& db, const std::string& sql, const std::string& param);
// Rows changed by the last INSERT, UPDATE or DELETE on db.
int changes(Database& db);

// Appends an outbox event with data (schema 1) in the caller's Transaction; returns its id.
std::string record(Database& db, EventKind kind, const nlohmann::json& data,
                   const std::string& now_utc);

} // namespace kiosk::store::groups_detail
