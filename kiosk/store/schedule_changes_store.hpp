// Staff changes to the group schedule (docs/groups.md): cancel a session, restore it, add a
// one-off session. Stored here and merged over the schedule file by core.
#pragma once

#include "store/database.hpp"

#include <string>
#include <vector>

namespace kiosk::store {

enum class ScheduleChangeKind { Cancel, Restore, Add };

struct ScheduleChange {
    std::string session_id; // "<group id>/<YYYY-MM-DD>T<HH:MM>", the start of the session
    ScheduleChangeKind kind = ScheduleChangeKind::Cancel;
    std::string end_time; // HH:MM local, for Add only ("" otherwise)
    std::string staff_name;
    std::string changed_at; // RFC 3339 UTC (set by record_schedule_change)
};

// Stores the change with its schedule.changed event (session_id, kind, end_time for Add,
// staff) in one Transaction of its own. A malformed session id, an Add without an HH:MM
// end_time, an empty staff name or a malformed now_utc throw StoreError (SQLITE_MISUSE).
void record_schedule_change(Database& db, const ScheduleChange& change, const std::string& now_utc);

// The group's changes in the order they were made (later ones override earlier ones).
std::vector<ScheduleChange> schedule_changes(Database& db, const std::string& group_id);

} // namespace kiosk::store
