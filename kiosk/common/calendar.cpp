// Calendar arithmetic through date.h's days_from_civil and civil_from_days.
#include "calendar.hpp"

#include <date/date.h>

#include <cstdio>

namespace kiosk {

namespace {

date::sys_days to_sys(const LocalDate& d) {
    return date::sys_days{date::year{d.y} / static_cast<unsigned>(d.m) /
                          static_cast<unsigned>(d.d)};
}

} // namespace

std::optional<LocalDate> LocalDate::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    return from_ymd(decimal_digits(text, 0, 4), decimal_digits(text, 5, 2),
                    decimal_digits(text, 8, 2));
}

std::optional<LocalDate> LocalDate::from_ymd(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok())
        return std::nullopt;
    return LocalDate{y, m, d};
}

LocalDate LocalDate::from_days(std::int64_t days) {
    const date::year_month_day ymd{date::sys_days{date::days{days}}};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::int64_t LocalDate::days() const {
    return to_sys(*this).time_since_epoch().count();
}

std::string LocalDate::format() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

LocalDate LocalDate::add_days(std::int64_t n) const {
    return from_days(days() + n);
}

int LocalDate::weekday() const {
    // ISO encoding: Monday 1 .. Sunday 7.
    return static_cast<int>(date::weekday{to_sys(*this)}.iso_encoding()) - 1;
}

LocalDate LocalDate::monday() const {
    return add_days(-weekday());
}

int LocalDate::iso_year() const {
    // The ISO week belongs to the year of its Thursday.
    return monday().add_days(3).y;
}

int LocalDate::iso_week() const {
    const LocalDate thursday = monday().add_days(3);
    return static_cast<int>((thursday.days() - LocalDate{thursday.y, 1, 1}.days()) / 7) + 1;
}

int decimal_digits(std::string_view text, std::size_t at, std::size_t count) {
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace kiosk
