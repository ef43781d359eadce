// Small lookups on the schedule: group types, weekdays, clock times, terms and holidays.
#include "schedule.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace kiosk::groups {

namespace {

constexpr std::array<const char*, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};

} // namespace

const char* type_name(GroupType type) {
    switch (type) {
    case GroupType::Experience:
        return "experience";
    case GroupType::Coaching:
        return "coaching";
    case GroupType::Work:
        return "work";
    case GroupType::Training:
        return "training";
    }
    return "experience";
}

std::optional<GroupType> parse_type(std::string_view name) {
    for (GroupType t : all_types())
        if (name == type_name(t))
            return t;
    return std::nullopt;
}

const std::vector<GroupType>& all_types() {
    static const std::vector<GroupType> kTypes = {GroupType::Experience, GroupType::Coaching,
                                                  GroupType::Work, GroupType::Training};
    return kTypes;
}

const char* weekday_name(int weekday) {
    return weekday >= 0 && weekday < 7 ? kWeekdays[static_cast<std::size_t>(weekday)] : "";
}

std::optional<int> parse_weekday(std::string_view name) {
    for (std::size_t i = 0; i < kWeekdays.size(); ++i)
        if (name == kWeekdays[i])
            return static_cast<int>(i);
    return std::nullopt;
}

std::optional<int> parse_clock(std::string_view text) {
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    const int h = decimal_digits(text, 0, 2);
    const int m = decimal_digits(text, 3, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59)
        return std::nullopt;
    return h * 60 + m;
}

std::string format_clock(int minutes) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", (minutes / 60) % 100, minutes % 60);
    return buf;
}

bool WeeklySlot::in_force_on(const LocalDate& date) const {
    return (!from || date >= *from) && (!until || date <= *until);
}

bool WeeklySlot::meets_on(const LocalDate& date) const {
    return weekday == date.weekday() && in_force_on(date);
}

namespace {
const GroupTerms* terms_on(const std::vector<GroupTerms>& terms, const LocalDate& date) {
    const GroupTerms* found = nullptr;
    for (const auto& t : terms)
        if (t.from <= date && (!found || t.from >= found->from))
            found = &t;
    return found;
}
} // namespace

const std::string& Group::place_on(const LocalDate& date) const {
    const GroupTerms* t = terms_on(terms, date);
    return t ? t->place : place;
}

int Group::capacity_on(const LocalDate& date) const {
    const GroupTerms* t = terms_on(terms, date);
    return t ? t->capacity : capacity;
}

bool Group::runs_weekly_on(const LocalDate& date) const {
    return (!valid_from || date >= *valid_from) && (!valid_until || date <= *valid_until);
}

bool Group::is_cancelled(const LocalDate& date) const {
    return std::find(cancelled.begin(), cancelled.end(), date) != cancelled.end();
}

const Group* Schedule::group(const std::string& id) const {
    for (const auto& g : groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

const Holiday* Schedule::holiday(const LocalDate& date) const {
    for (const auto& h : holidays)
        if (h.date == date)
            return &h;
    return nullptr;
}

} // namespace kiosk::groups
