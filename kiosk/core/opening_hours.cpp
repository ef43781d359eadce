// Parsing opening hours and deciding whether the screen is on.
#include "opening_hours.hpp"

#include <cstdio>

namespace kiosk {

namespace {

const char* const kWeekdays[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                  "friday", "saturday", "sunday"};

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return "";
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// "HH:MM" with 00:00-23:59, or 24:00 when `allow_24` (the end of the day).
std::optional<int> parse_hhmm(const std::string& s, bool allow_24) {
    if (s.size() != 5 || s[2] != ':')
        return std::nullopt;
    for (int i : {0, 1, 3, 4})
        if (s[i] < '0' || s[i] > '9')
            return std::nullopt;
    const int h = (s[0] - '0') * 10 + (s[1] - '0');
    const int m = (s[3] - '0') * 10 + (s[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !allow_24)))
        return std::nullopt;
    return h * 60 + m;
}

bool in_range(const TimeRange& r, int minute, bool day_before) {
    if (day_before)
        return r.crosses_midnight() && minute < r.end_min;
    return minute >= r.start_min && (r.crosses_midnight() || minute < r.end_min);
}

} // namespace

LocalClock local_clock(const TimeZone& zone, std::chrono::system_clock::time_point time) {
    const auto wall =
        zone.local(std::chrono::floor<std::chrono::seconds>(time.time_since_epoch()).count());
    return {wall.date.weekday(), wall.minutes};
}

std::optional<std::vector<TimeRange>> parse_day_hours(const std::string& text, std::string& error) {
    std::vector<TimeRange> ranges;
    if (trim(text) == "closed")
        return ranges;
    std::size_t pos = 0;
    while (true) {
        const auto comma = text.find(',', pos);
        const std::string part =
            trim(text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
        const auto dash = part.find('-');
        std::optional<int> start, end;
        if (dash != std::string::npos) {
            start = parse_hhmm(trim(part.substr(0, dash)), false);
            end = parse_hhmm(trim(part.substr(dash + 1)), true);
        }
        if (!start || !end || *start == *end) {
            error = "\"" + part +
                    "\" is not a time range; write \"09:00-17:00\", several as "
                    "\"09:00-12:30, 13:30-17:00\", past midnight as \"20:00-02:00\", "
                    "or \"closed\"";
            return std::nullopt;
        }
        ranges.push_back({*start, *end});
        if (comma == std::string::npos)
            return ranges;
        pos = comma + 1;
    }
}

std::string format_day_hours(const std::vector<TimeRange>& ranges) {
    if (ranges.empty())
        return "closed";
    std::string text;
    char buf[32];
    for (const TimeRange& r : ranges) {
        std::snprintf(buf, sizeof buf, "%02d:%02d-%02d:%02d", r.start_min / 60, r.start_min % 60,
                      r.end_min / 60, r.end_min % 60);
        text += (text.empty() ? "" : ", ") + std::string(buf);
    }
    return text;
}

const char* weekday_name(int index) {
    return index >= 0 && index < 7 ? kWeekdays[index] : "";
}

int weekday_index(const std::string& name) {
    for (int i = 0; i < 7; ++i)
        if (name == kWeekdays[i])
            return i;
    return -1;
}

bool is_open(const OpeningHours& hours, LocalClock now) {
    for (const TimeRange& r : hours.days[static_cast<std::size_t>(now.weekday)])
        if (in_range(r, now.minute, false))
            return true;
    for (const TimeRange& r : hours.days[static_cast<std::size_t>((now.weekday + 6) % 7)])
        if (in_range(r, now.minute, true))
            return true;
    return false;
}

bool screen_should_be_on(LocalClock now, const OpeningHours& hours,
                         std::optional<std::chrono::seconds> since_last_touch,
                         std::chrono::seconds awake_after_touch) {
    if (since_last_touch && *since_last_touch < awake_after_touch)
        return true;
    return is_open(hours, now);
}

} // namespace kiosk
