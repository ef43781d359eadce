// Staff edits of the weekly pattern, a group's place and capacity, and the holidays
// (docs/groups.md, "Staff editing"). Stored here in the order they were made; core applies
// them over the schedule file (core/groups/schedule_edits.hpp). The store does not check
// them against the schedule: the caller does that first.
#pragma once

#include "store/database.hpp"
#include "store/event_kinds.hpp"

#include <string>
#include <vector>

namespace kiosk::store {

enum class ScheduleEditKind {
    SlotAdded,
    SlotChanged,
    SlotRemoved,
    GroupChanged,
    HolidayAdded,
    HolidayRemoved
};

// "slot_added", ... as stored in schedule_edits.kind.
const char* to_string(ScheduleEditKind kind);
// The outbox event an edit of this kind records ("schedule.slot_added", ...).
EventKind event_kind_of(ScheduleEditKind kind);

struct ScheduleEditRecord {
    ScheduleEditKind kind = ScheduleEditKind::SlotAdded;
    std::string group_id;             // "" for holidays
    std::string from_date;            // YYYY-MM-DD: in force from; for holidays the holiday's date
    int weekday = 0;                  // slot added / changed: the new slot (0 = Monday)
    std::string start_time, end_time; // HH:MM
    int old_weekday = 0;              // slot changed / removed: the slot it was
    std::string old_start;            // HH:MM
    std::string place;                // group changed
    int capacity = 0;                 // group changed
    std::string staff_name;
    std::string changed_at; // RFC 3339 UTC (set by record_schedule_edit)
};

// Stores the edit and its event (type "schedule.<kind>", schema 1; data: group_id, from, the
// slot's weekday name, start and end, old_weekday and old_start, place and capacity as the
// kind has them, and staff) in one Transaction of its own. Fields the kind does not use are
// ignored. Malformed values (group id, date, weekday outside 0..6, time not HH:MM, capacity
// below 1, empty place or staff name, now_utc) throw StoreError (SQLITE_MISUSE) and write
// nothing; so do SQLite failures (disk full, busy), with their own codes.
void record_schedule_edit(Database& db, const ScheduleEditRecord& edit, const std::string& now_utc);

// Every edit, in the order it was made.
std::vector<ScheduleEditRecord> schedule_edits(Database& db);

} // namespace kiosk::store
