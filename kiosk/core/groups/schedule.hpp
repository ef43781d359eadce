// The peer-group schedule of one location (docs/groups.md): group types, groups with their
// weekly and one-off meetings, cancelled dates and holidays, and the calendar date type.
#pragma once

#include "common/calendar.hpp"
#include "common/time_zone.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::groups {

// The four steps of the track, in the order a visitor takes them.
enum class GroupType { Experience, Coaching, Work, Training };

const char* type_name(GroupType type); // "experience", "coaching", "work", "training"
std::optional<GroupType> parse_type(std::string_view name);
const std::vector<GroupType>& all_types();

// Calendar dates are the shared LocalDate (common/calendar.hpp).
using kiosk::LocalDate;

// Weekdays by their schedule-file names: 0 = "monday" .. 6 = "sunday".
const char* weekday_name(int weekday);
std::optional<int> parse_weekday(std::string_view name);

// Wall-clock minutes since midnight <-> "HH:MM" (00:00 .. 23:59, two digits each).
std::optional<int> parse_clock(std::string_view text);
std::string format_clock(int minutes);

// Texts by language code ("nl", "en", ...).
using Texts = std::map<std::string, std::string>;

struct WeeklySlot {
    int weekday = 0; // Monday = 0
    int start_min = 0;
    int end_min = 0;
    // Set by staff edits (schedule_edits.hpp): the slot runs from..until (inclusive). The
    // file's slots have neither.
    std::optional<LocalDate> from{};
    std::optional<LocalDate> until{};

    // Whether this slot is in force on `date` (any weekday).
    bool in_force_on(const LocalDate& date) const;
    // Whether it meets on `date`: in force and on its weekday.
    bool meets_on(const LocalDate& date) const;
};

struct OneOffSlot {
    LocalDate date;
    int start_min = 0;
    int end_min = 0;
};

// A place and capacity a group has from a date on (set by staff edits).
struct GroupTerms {
    LocalDate from;
    std::string place;
    int capacity = 0;
};

struct Group {
    std::string id; // a-z 0-9 -
    GroupType type = GroupType::Experience;
    std::string place; // from the file; see place_on
    int capacity = 0;  // 1..200, from the file; see capacity_on
    Texts name;
    Texts leader;
    std::vector<WeeklySlot> weekly;
    std::vector<OneOffSlot> one_off;
    std::vector<LocalDate> cancelled; // dates whose weekly sessions do not take place
    std::optional<LocalDate> valid_from;
    std::optional<LocalDate> valid_until; // inclusive
    std::vector<GroupTerms> terms;        // staff changes, in the order they were made

    // Whether weekly sessions run on `date` (within valid_from..valid_until).
    bool runs_weekly_on(const LocalDate& date) const;
    // The place and capacity on `date`: of the terms with the latest `from` on or before it
    // (the later-made one when two share a date), else the file's.
    const std::string& place_on(const LocalDate& date) const;
    int capacity_on(const LocalDate& date) const;
    bool is_cancelled(const LocalDate& date) const;
};

struct Holiday {
    LocalDate date;
    Texts name;
};

struct Schedule {
    std::string location;
    std::string timezone; // e.g. "Europe/Amsterdam"; empty: the system's zone
    TimeZone zone;        // the zone it names, which every local time is in
    std::vector<Group> groups;
    std::vector<Holiday> holidays;

    const Group* group(const std::string& id) const; // null when unknown
    const Holiday* holiday(const LocalDate& date) const;
};

} // namespace kiosk::groups
