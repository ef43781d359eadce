// Calendar arithmetic (days from civil dates and back) and small lookups on the schedule.
#include "schedule.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace kiosk::groups {

namespace {

constexpr std::array<const char*, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

// Reads `count` decimal digits at `at`; -1 when any is not a digit.
int digits(std::string_view text, std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

long floor_div(long a, long b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

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

std::optional<LocalDate> LocalDate::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const LocalDate date{digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)};
    if (date.y < 1 || date.m < 1 || date.m > 12 || date.d < 1 ||
        date.d > days_in_month(date.y, date.m))
        return std::nullopt;
    return date;
}

// Howard Hinnant's days_from_civil.
long LocalDate::days() const {
    const long y1 = m <= 2 ? y - 1 : y;
    const long era = floor_div(y1, 400);
    const long yoe = y1 - era * 400;
    const long mp = (m + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Howard Hinnant's civil_from_days.
LocalDate LocalDate::from_days(long days) {
    const long z = days + 719468;
    const long era = floor_div(z, 146097);
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d};
}

std::string LocalDate::format() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

LocalDate LocalDate::add_days(int n) const {
    return from_days(days() + n);
}

int LocalDate::weekday() const {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return static_cast<int>(((days() + 3) % 7 + 7) % 7);
}

bool operator==(const LocalDate& a, const LocalDate& b) {
    return a.y == b.y && a.m == b.m && a.d == b.d;
}
bool operator!=(const LocalDate& a, const LocalDate& b) {
    return !(a == b);
}
bool operator<(const LocalDate& a, const LocalDate& b) {
    if (a.y != b.y)
        return a.y < b.y;
    if (a.m != b.m)
        return a.m < b.m;
    return a.d < b.d;
}
bool operator<=(const LocalDate& a, const LocalDate& b) {
    return !(b < a);
}
bool operator>(const LocalDate& a, const LocalDate& b) {
    return b < a;
}
bool operator>=(const LocalDate& a, const LocalDate& b) {
    return !(a < b);
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
    const int h = digits(text, 0, 2);
    const int m = digits(text, 3, 2);
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
