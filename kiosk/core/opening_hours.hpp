// Opening hours per weekday and the screen rule built on them: the screen is on while the
// drop-in is open, and for a few minutes after any touch. Local wall-clock time (the
// kiosk's time zone, Europe/Amsterdam on a kiosk), so DST days follow the clock on the
// wall; a range whose end is not after its start runs past midnight into the next day.
#pragma once

#include "common/time_zone.hpp"

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// A moment on the local wall clock.
struct LocalClock {
    int weekday = 0; // 0 = Monday ... 6 = Sunday
    int minute = 0;  // minutes since local midnight, 0-1439
};

// The wall-clock moment of `time` in the kiosk's time zone.
LocalClock local_clock(const TimeZone& zone, std::chrono::system_clock::time_point time);

struct TimeRange {
    int start_min = 0; // 0-1439
    int end_min = 0;   // 1-1440; at or before start_min: ends on the next day
    bool crosses_midnight() const { return end_min <= start_min; }
};

struct OpeningHours {
    std::array<std::vector<TimeRange>, 7> days; // Monday first; empty: closed all day
};

// "09:00-17:00", "09:00-12:30, 13:30-17:00", "20:00-02:00", "00:00-24:00" or "closed".
// Returns nothing and sets `error` (what is wrong, with examples) for anything else.
std::optional<std::vector<TimeRange>> parse_day_hours(const std::string& text, std::string& error);

// The text parse_day_hours reads back: "closed", or "09:00-12:30, 13:30-17:00".
std::string format_day_hours(const std::vector<TimeRange>& ranges);

// "monday" ... "sunday" -> 0 ... 6; -1 for anything else.
int weekday_index(const std::string& name);
// 0 ... 6 -> "monday" ... "sunday"; "" for anything else.
const char* weekday_name(int index);

// True when `now` falls in a range of its own day, or in the part after midnight of a
// range of the day before.
bool is_open(const OpeningHours& hours, LocalClock now);

// The screen rule: on while open, or while the last touch is less than `awake_after_touch`
// ago (so a visitor at closing time is never cut off, and a touch at night lights it up).
// `since_last_touch` is steady time, so a DST jump does not stretch or cut it.
bool screen_should_be_on(LocalClock now, const OpeningHours& hours,
                         std::optional<std::chrono::seconds> since_last_touch,
                         std::chrono::seconds awake_after_touch);

} // namespace kiosk
