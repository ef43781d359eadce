// The store's date helpers on "YYYY-MM-DD" text, through the shared LocalDate.
#include "store/groups_dates.hpp"

#include "common/calendar.hpp"

namespace kiosk::store::groups_detail {

bool is_date(const std::string& text) {
    const auto date = LocalDate::parse(text);
    return date && date->y >= 1000;
}

std::int64_t day_number(const std::string& date) {
    return LocalDate::parse(date).value_or(LocalDate{}).days();
}

std::string date_of_day(std::int64_t day) {
    return LocalDate::from_days(day).format();
}

std::string add_days(const std::string& date, int days) {
    return date_of_day(day_number(date) + days);
}

std::int64_t monday_of(std::int64_t day) {
    return LocalDate::from_days(day).monday().days();
}

IsoWeek iso_week(std::int64_t day) {
    const LocalDate date = LocalDate::from_days(day);
    return {date.iso_year(), date.iso_week()};
}

} // namespace kiosk::store::groups_detail
