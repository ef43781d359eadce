// Calendar arithmetic for the peer-group store: civil dates to day numbers (H. Hinnant's
// algorithm) and ISO 8601 week numbers.
#include "store/groups_dates.hpp"

namespace kiosk::store::groups_detail {

namespace {

struct Civil {
    int year;
    int month;
    int day;
};

bool is_leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

int number(const std::string& text, std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool all_digits(const std::string& text, std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    return true;
}

Civil parse(const std::string& date) {
    return {number(date, 0, 4), number(date, 5, 2), number(date, 8, 2)};
}

std::int64_t from_civil(Civil c) {
    const int y = c.month <= 2 ? c.year - 1 : c.year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (c.month + (c.month > 2 ? -3 : 9)) + 2) / 5 + c.day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

Civil to_civil(std::int64_t day) {
    const std::int64_t z = day + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400) + (m <= 2 ? 1 : 0);
    return {y, m, d};
}

std::string two_digits(int value) {
    return std::string(1, static_cast<char>('0' + value / 10)) +
           static_cast<char>('0' + value % 10);
}

} // namespace

bool is_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text, 0, 4) ||
        !all_digits(text, 5, 2) || !all_digits(text, 8, 2)) {
        return false;
    }
    const Civil c = parse(text);
    return c.year >= 1000 && c.month >= 1 && c.month <= 12 && c.day >= 1 &&
           c.day <= days_in_month(c.year, c.month);
}

std::int64_t day_number(const std::string& date) {
    return from_civil(parse(date));
}

std::string date_of_day(std::int64_t day) {
    const Civil c = to_civil(day);
    return std::to_string(c.year) + "-" + two_digits(c.month) + "-" + two_digits(c.day);
}

std::string add_days(const std::string& date, int days) {
    return date_of_day(day_number(date) + days);
}

std::int64_t monday_of(std::int64_t day) {
    // 1970-01-01 was a Thursday: (day + 3) mod 7 counts days since Monday.
    const std::int64_t since_monday = ((day + 3) % 7 + 7) % 7;
    return day - since_monday;
}

IsoWeek iso_week(std::int64_t day) {
    // The ISO week belongs to the year of its Thursday.
    const std::int64_t thursday = monday_of(day) + 3;
    const int year = to_civil(thursday).year;
    const std::int64_t first_day = from_civil({year, 1, 1});
    return {year, static_cast<int>((thursday - first_day) / 7) + 1};
}

} // namespace kiosk::store::groups_detail
