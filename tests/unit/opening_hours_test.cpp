// Tests for opening hours and the screen rule: parsing, ranges past midnight, the touch
// that keeps the screen on, and the two DST nights in Europe/Amsterdam.
#include "core/opening_hours.hpp"
#include "support/test_time.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::amsterdam;
using kiosk::test::utc;
using namespace std::chrono_literals;

namespace {

constexpr int kMonday = 0, kFriday = 4, kSaturday = 5, kSunday = 6;

std::vector<TimeRange> day(const std::string& text) {
    std::string error;
    const auto ranges = parse_day_hours(text, error);
    INFO(error);
    REQUIRE(ranges);
    return *ranges;
}

int at(int h, int m) {
    return h * 60 + m;
}

bool open_at(const OpeningHours& hours, int weekday, int h, int m) {
    return is_open(hours, LocalClock{weekday, at(h, m)});
}

bool on_at(const OpeningHours& hours, std::chrono::system_clock::time_point t) {
    return screen_should_be_on(local_clock(amsterdam(), t), hours, std::nullopt, 5min);
}

} // namespace

TEST_CASE("opening hours are read as ranges, several a day, past midnight, or closed") {
    CHECK(day("09:00-17:00").size() == 1);
    CHECK(day("09:00-17:00")[0].start_min == at(9, 0));
    CHECK(day("09:00-17:00")[0].end_min == at(17, 0));
    const auto split = day("09:00-12:30, 13:30-17:00");
    REQUIRE(split.size() == 2);
    CHECK(split[1].start_min == at(13, 30));
    CHECK(day("20:00-02:00")[0].crosses_midnight());
    CHECK_FALSE(day("00:00-24:00")[0].crosses_midnight());
    CHECK(day("closed").empty());

    for (const char* bad : {"", "9-17", "09:00", "09:00-", "25:00-26:00", "09:60-17:00",
                            "24:00-02:00", "10:00-10:00", "09:00-17:00,", "open", "09.00-17.00"}) {
        CAPTURE(bad);
        std::string error;
        CHECK_FALSE(parse_day_hours(bad, error));
        CHECK(error.find("09:00-17:00") != std::string::npos); // says how to write it
    }
    CHECK(weekday_index("monday") == 0);
    CHECK(weekday_index("sunday") == 6);
    CHECK(weekday_index("Monday") == -1);
    CHECK(weekday_index("maandag") == -1);
}

TEST_CASE("a range past midnight belongs to the day it starts on") {
    OpeningHours hours;
    hours.days[kFriday] = day("20:00-02:00");
    hours.days[kSunday] = day("22:00-01:00"); // into Monday: the week wraps
    CHECK_FALSE(open_at(hours, kFriday, 19, 59));
    CHECK(open_at(hours, kFriday, 20, 0));
    CHECK(open_at(hours, kFriday, 23, 59));
    CHECK(open_at(hours, kSaturday, 0, 0));
    CHECK(open_at(hours, kSaturday, 1, 59));
    CHECK_FALSE(open_at(hours, kSaturday, 2, 0));
    CHECK_FALSE(open_at(hours, kSaturday, 20, 0)); // Saturday itself has no hours
    CHECK_FALSE(open_at(hours, kFriday, 1, 0));    // Thursday night was closed
    CHECK(open_at(hours, kMonday, 0, 30));
    CHECK_FALSE(open_at(hours, kMonday, 1, 0));
}

TEST_CASE("the screen stays on a few minutes after a touch, open or not") {
    OpeningHours hours;
    hours.days[kMonday] = day("09:00-17:00");
    const LocalClock night{kMonday, at(23, 0)};
    const LocalClock noon{kMonday, at(12, 0)};
    CHECK_FALSE(screen_should_be_on(night, hours, std::nullopt, 5min));
    CHECK(screen_should_be_on(night, hours, 0s, 5min));
    CHECK(screen_should_be_on(night, hours, 299s, 5min));
    CHECK_FALSE(screen_should_be_on(night, hours, 300s, 5min));
    CHECK(screen_should_be_on(noon, hours, std::nullopt, 5min));
    CHECK(screen_should_be_on(noon, hours, 3h, 5min));
    // Closing time with a visitor still busy: the screen waits for them.
    CHECK(screen_should_be_on(LocalClock{kMonday, at(17, 2)}, hours, 60s, 5min));
    CHECK_FALSE(screen_should_be_on(noon, OpeningHours{}, std::nullopt, 5min)); // never open
}

TEST_CASE("local_clock gives the Amsterdam weekday and minute, summer and winter") {
    const LocalClock winter = local_clock(amsterdam(), utc(2026, 11, 23, 10, 0)); // Monday, CET
    CHECK(winter.weekday == kMonday);
    CHECK(winter.minute == at(11, 0));
    const LocalClock summer =
        local_clock(amsterdam(), utc(2026, 7, 5, 22, 30)); // Sunday 5 July, CEST
    CHECK(summer.weekday == kMonday);                      // already Monday there
    CHECK(summer.minute == at(0, 30));
}

TEST_CASE("spring forward: the night and the next morning follow the wall clock") {
    // Sunday 29 March 2026, 02:00 CET becomes 03:00 CEST (01:00 UTC).
    OpeningHours hours;
    hours.days[kSaturday] = day("20:00-02:00");
    hours.days[kSunday] = day("09:00-17:00");
    CHECK(on_at(hours, utc(2026, 3, 28, 19, 0)));       // Saturday 20:00 CET
    CHECK(on_at(hours, utc(2026, 3, 29, 0, 59)));       // Sunday 01:59 CET
    CHECK_FALSE(on_at(hours, utc(2026, 3, 29, 1, 0)));  // 03:00 CEST: the hour 02:00 never was
    CHECK_FALSE(on_at(hours, utc(2026, 3, 29, 6, 59))); // 08:59 CEST
    CHECK(on_at(hours, utc(2026, 3, 29, 7, 0)));        // 09:00 CEST, an hour earlier in UTC
    CHECK(on_at(hours, utc(2026, 3, 29, 14, 59)));      // 16:59 CEST
    CHECK_FALSE(on_at(hours, utc(2026, 3, 29, 15, 0))); // 17:00 CEST
}

TEST_CASE("fall back: the repeated hour is judged by the wall clock both times") {
    // Sunday 25 October 2026, 03:00 CEST becomes 02:00 CET (01:00 UTC).
    OpeningHours hours;
    hours.days[kSaturday] = day("20:00-02:30");
    hours.days[kSunday] = day("09:00-17:00");
    CHECK(on_at(hours, utc(2026, 10, 24, 23, 59)));      // Sunday 01:59 CEST
    CHECK(on_at(hours, utc(2026, 10, 25, 0, 15)));       // 02:15 CEST
    CHECK_FALSE(on_at(hours, utc(2026, 10, 25, 0, 45))); // 02:45 CEST
    CHECK(on_at(hours, utc(2026, 10, 25, 1, 15)));       // 02:15 CET, the hour again
    CHECK_FALSE(on_at(hours, utc(2026, 10, 25, 1, 30))); // 02:30 CET
    CHECK_FALSE(on_at(hours, utc(2026, 10, 25, 7, 59))); // 08:59 CET
    CHECK(on_at(hours, utc(2026, 10, 25, 8, 0)));        // 09:00 CET, an hour later in UTC
    CHECK_FALSE(on_at(hours, utc(2026, 10, 25, 16, 0))); // 17:00 CET
}
