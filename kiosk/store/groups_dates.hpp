// Calendar arithmetic on "YYYY-MM-DD" dates for the peer-group store: day numbers, adding
// days and ISO weeks. Internal to kiosk_store.
#pragma once

#include <cstdint>
#include <string>

namespace kiosk::store::groups_detail {

// A real date in the Gregorian calendar written YYYY-MM-DD (year 1000-9999).
bool is_date(const std::string& text);

// Days since 1970-01-01 of a date that is_date accepts, and back.
std::int64_t day_number(const std::string& date);
std::string date_of_day(std::int64_t day);

// date plus days (days may be negative).
std::string add_days(const std::string& date, int days);

struct IsoWeek {
    int year = 0; // the ISO week-numbering year (may differ from the calendar year)
    int week = 0; // 1-53
};
IsoWeek iso_week(std::int64_t day);
// The Monday that starts the ISO week of day.
std::int64_t monday_of(std::int64_t day);

} // namespace kiosk::store::groups_detail
