// What the staff schedule screens show and the edit in progress: plain view data the app
// fills from the schedule and the store, so screens need neither. Dates are YYYY-MM-DD
// (local), times minutes since midnight, weekdays 0 (Monday) to 6.
#pragma once

#include "text_field.hpp"

#include <map>
#include <string>
#include <vector>

namespace kiosk {

struct ScheduleSlotRow {
    int weekday = 0;
    int start_min = 0, end_min = 0;
    std::string from;  // "" or a date after today: the slot starts then
    std::string until; // "" or the last date it meets (a change is planned after it)
    bool operator==(const ScheduleSlotRow&) const = default;
};

// A place and capacity a group gets from a later date.
struct PlannedTermsRow {
    std::string from, place;
    int capacity = 0;
    bool operator==(const PlannedTermsRow&) const = default;
};

struct ScheduleGroupRow {
    std::string id;
    std::string place;                  // today's
    int capacity = 0;                   // today's
    std::vector<ScheduleSlotRow> slots; // in force today or later
    std::vector<PlannedTermsRow> planned;
    bool operator==(const ScheduleGroupRow&) const = default;
};

struct HolidayRow {
    std::string date;
    std::map<std::string, std::string> name; // per language; none for a staff-added holiday
    std::string added_by;                    // staff name for a staff-added holiday
    bool operator==(const HolidayRow&) const = default;
};

struct StaffScheduleView {
    std::string today;
    std::vector<ScheduleGroupRow> groups;
    std::vector<HolidayRow> holidays; // today and later, by date
    std::string message_key;          // a result to show ("" = none)
    int message_count = 0;            // fills {count} in the message
    std::string message_section;      // shown under this group's header, or "holidays"
    int message_id = 0;               // new for every message (the screen scrolls to it once)
    const ScheduleGroupRow* group(const std::string& id) const {
        for (const auto& g : groups)
            if (g.id == id)
                return &g;
        return nullptr;
    }
    bool operator==(const StaffScheduleView&) const = default;
};

// What a stepper on the schedule edit screen changes.
enum class ScheduleField { Start, End, From, Capacity };

// A staff edit of the schedule being made on the edit screen.
struct ScheduleDraft {
    enum class Kind {
        None,
        AddSlot,
        ChangeSlot,
        RemoveSlot,
        ChangeGroup,
        AddHoliday,
        RemoveHoliday
    };
    Kind kind = Kind::None;
    std::string group_id;
    int old_weekday = 0, old_start = 0, old_end = 0; // the slot changed or removed
    int weekday = 0, start_min = 0, end_min = 0;     // the new slot
    TextField place{60};
    int capacity = 0;
    std::string from;                  // in force from (the holiday's date for holidays)
    std::string first_from, last_from; // the range `from` can be stepped in

    // Set by the app when Save is tapped. problem: "" or what is wrong
    // (staff.schedule.problem_<problem>); for "overlaps", the slot it overlaps.
    std::string problem;
    int other_weekday = 0, other_start = 0, other_end = 0;
    // The edit takes sessions away that people signed up for, or leaves coming sessions with
    // more bookings than places: it waits for a second, confirmed Save.
    bool confirming = false;
    int affected_signups = 0, affected_sessions = 0;
    int over_capacity_sessions = 0;
    bool saved = false;

    void clear_result() {
        problem.clear();
        confirming = false;
        affected_signups = affected_sessions = over_capacity_sessions = 0;
    }
    bool operator==(const ScheduleDraft&) const = default;
};

} // namespace kiosk
