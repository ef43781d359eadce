// Staff edits of the weekly pattern, of a group's place and capacity, and of the holidays
// (docs/groups.md, "Staff editing"): applied over the schedule file, which stays the base,
// and checked before they are stored.
#pragma once

#include "schedule.hpp"

#include <string>
#include <vector>

namespace kiosk::groups {

struct ScheduleEdit {
    enum Kind { AddSlot, ChangeSlot, RemoveSlot, ChangeGroup, AddHoliday, RemoveHoliday };
    Kind kind = AddSlot;
    std::string group_id; // "" for holidays
    // Slot and group edits: in force from this date on (earlier sessions stay as they were).
    // Holidays: the holiday's date.
    LocalDate from;
    WeeklySlot slot;     // AddSlot, ChangeSlot: the new weekday, start and end
    int old_weekday = 0; // ChangeSlot, RemoveSlot: the slot in force on `from` with this
    int old_start = 0;   // weekday and start
    std::string place;   // ChangeGroup
    int capacity = 0;    // ChangeGroup
};

// The schedule with the edits applied in the order they were made:
// - AddSlot adds a slot in force from `from` on.
// - ChangeSlot ends the slot in force on `from` (old weekday and start) the day before, and
//   adds the new one from `from` until the old one's end (none, or a later planned change).
// - RemoveSlot ends that slot the day before `from`.
// - ChangeGroup gives the group a place and capacity from `from` on.
// - AddHoliday and RemoveHoliday add or drop a holiday (one from the file too).
// An edit naming an unknown group or a slot not in force on its date changes nothing.
Schedule apply_edits(const Schedule& base, const std::vector<ScheduleEdit>& edits);

// The slot of g in force on `date` with this weekday and start; null if there is none.
const WeeklySlot* slot_in_force(const Group& g, int weekday, int start_min, const LocalDate& date);

// The slots of g that are in force on `today` or later, by weekday and start.
std::vector<WeeklySlot> current_and_planned_slots(const Group& g, const LocalDate& today);

// Why an edit cannot be stored (checked against the schedule with the earlier edits).
enum class EditProblem {
    None,
    UnknownGroup,
    InThePast, // `from` (or the holiday) is before today
    EndNotAfterStart,
    OutsideDay, // a time outside 00:00..23:59
    Overlaps,   // another slot of the group on that weekday overlaps (see `other`)
    SlotGone,   // the slot to change or remove is not in force on `from`
    NothingChanged,
    CapacityRange, // capacity must be 1..100
    PlaceEmpty,
    HolidayExists,
    NoSuchHoliday
};

struct EditCheck {
    EditProblem problem = EditProblem::None;
    WeeklySlot other; // the slot it overlaps (Overlaps)
};

inline constexpr int kMinStaffCapacity = 1;
inline constexpr int kMaxStaffCapacity = 100;

EditCheck check_edit(const Schedule& schedule, const ScheduleEdit& edit, const LocalDate& today);

} // namespace kiosk::groups
