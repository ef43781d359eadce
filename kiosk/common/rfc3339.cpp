// Fixed-width parsing by hand (no sscanf, no locale), calendar checks by LocalDate.
#include "rfc3339.hpp"

#include "calendar.hpp"

#include <array>
#include <cstdio>

namespace kiosk {

namespace {

constexpr std::array<std::string_view, 7> kDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The number in text[at, at + count) when all are digits, else -1.
int number_at(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!is_digit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// Seconds of the day from "HH:MM:SS" at `at`, or -1.
std::int64_t clock_at(std::string_view text, std::size_t at) {
    if (at + 8 > text.size() || text[at + 2] != ':' || text[at + 5] != ':')
        return -1;
    const int h = number_at(text, at, 2), m = number_at(text, at + 3, 2),
              s = number_at(text, at + 6, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60)
        return -1;
    return h * 3600 + m * 60 + (s == 60 ? 59 : s);
}

struct Parts {
    LocalDate date;
    int h, m, s, weekday;
};

Parts parts_of(std::int64_t unix_seconds) {
    const std::int64_t day =
        unix_seconds >= 0 ? unix_seconds / 86400 : -((-unix_seconds + 86399) / 86400);
    const auto second_of_day = static_cast<int>(unix_seconds - day * 86400);
    const LocalDate date = LocalDate::from_days(day);
    return {date, second_of_day / 3600, second_of_day / 60 % 60, second_of_day % 60,
            date.weekday()};
}

std::int64_t seconds_of(std::chrono::system_clock::time_point time) {
    return std::chrono::floor<std::chrono::seconds>(time.time_since_epoch()).count();
}

} // namespace

std::string format_utc_unix(std::int64_t unix_seconds) {
    const Parts p = parts_of(unix_seconds);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", p.date.format().c_str(), p.h, p.m, p.s);
    return buf;
}

std::string format_utc(std::chrono::system_clock::time_point time) {
    return format_utc_unix(seconds_of(time));
}

std::optional<std::int64_t> parse_utc(std::string_view text, Fraction fraction) {
    if (text.size() < 20 || text.back() != 'Z' || text[10] != 'T')
        return std::nullopt;
    const auto date = LocalDate::parse(text.substr(0, 10));
    const std::int64_t clock = clock_at(text, 11);
    if (!date || clock < 0)
        return std::nullopt;
    if (text.size() > 20) {
        // A fraction: a dot and at least one digit before the Z.
        if (fraction == Fraction::Refused || text[19] != '.' || text.size() < 22)
            return std::nullopt;
        for (std::size_t i = 20; i + 1 < text.size(); ++i)
            if (!is_digit(text[i]))
                return std::nullopt;
    }
    return date->days() * 86400 + clock;
}

std::string http_date(std::chrono::system_clock::time_point time) {
    const Parts p = parts_of(seconds_of(time));
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT",
                  kDays[static_cast<std::size_t>(p.weekday)].data(), p.date.d,
                  kMonths[static_cast<std::size_t>(p.date.m - 1)].data(), p.date.y, p.h, p.m, p.s);
    return buf;
}

std::optional<std::int64_t> parse_http_date(std::string_view text) {
    // "Sun, 06 Nov 1994 08:49:37 GMT": every field at a fixed place.
    if (text.size() != 29 || text.substr(3, 2) != ", " || text[7] != ' ' || text[11] != ' ' ||
        text[16] != ' ' || text.substr(25) != " GMT")
        return std::nullopt;
    int month = 0;
    while (month < 12 && kMonths[static_cast<std::size_t>(month)] != text.substr(8, 3))
        ++month;
    const int day = number_at(text, 5, 2), year = number_at(text, 12, 4);
    const std::int64_t clock = clock_at(text, 17);
    const auto date = LocalDate::from_ymd(year, month + 1, day);
    bool day_name = false; // a wrong weekday is forgiven, an unknown one is not
    for (std::string_view name : kDays)
        day_name = day_name || name == text.substr(0, 3);
    if (!date || clock < 0 || !day_name)
        return std::nullopt;
    return date->days() * 86400 + clock;
}

} // namespace kiosk
