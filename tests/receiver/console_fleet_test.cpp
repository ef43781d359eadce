// The fleet's "not seen" flag against the drop-in's opening hours, which the kiosk's health
// report carries: a night, a closed weekend or a closed day is no silence; two hours of
// opening time are. A report without opening hours keeps the older rule.
#include "fleet.hpp"

#include "common/rfc3339.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using console::FleetFlag;

namespace {

// A report at `when` (UTC) with these extra fields of the kiosk.health data.
console::KioskHealth report_at(const std::string& when, const std::string& fields) {
    receiver::ExportRow row;
    row.kiosk_id = "kiosk-a";
    row.occurred_at = when;
    row.data_json = R"({"version":"1.0.0","queue_depth":0,"screen_on":true)" + fields + "}";
    return console::read_health(row);
}

const std::string kWeekdays =
    R"(,"time_zone":"Europe/Amsterdam","opening_hours":{"monday":"09:00-17:00",)"
    R"("tuesday":"09:00-17:00","wednesday":"09:00-17:00","thursday":"09:00-17:00",)"
    R"("friday":"09:00-17:00","saturday":"closed","sunday":"closed"})";

bool not_seen(const console::KioskHealth& k, const std::string& now) {
    const auto flags = console::flags_for(k, *kiosk::parse_utc(now, kiosk::Fraction::Allowed));
    return std::find(flags.begin(), flags.end(), FleetFlag::NotSeen) != flags.end();
}

} // namespace

TEST_CASE("console: a kiosk is not seen after 2 hours of its opening time, not of the night",
          "[console]") {
    // Last heard Friday 4 December 2026 at 16:30 in Amsterdam (15:30 UTC), screen on.
    const auto friday = report_at("2026-12-04T15:30:00Z", kWeekdays);
    REQUIRE(friday.opening_hours);
    CHECK_FALSE(not_seen(friday, "2026-12-04T20:00:00Z")); // that night: 30 min of opening
    CHECK_FALSE(not_seen(friday, "2026-12-06T20:00:00Z")); // Sunday night: still 30 min
    CHECK_FALSE(not_seen(friday, "2026-12-07T09:00:00Z")); // Monday 10:00: 1 h 30 min
    CHECK(not_seen(friday, "2026-12-07T09:31:00Z"));       // Monday 10:31: over 2 h
    // Heard Tuesday 10:00 local: silent until 12:01 local is two hours of opening time.
    const auto tuesday = report_at("2026-12-08T09:00:00Z", kWeekdays);
    CHECK_FALSE(not_seen(tuesday, "2026-12-08T10:59:00Z"));
    CHECK(not_seen(tuesday, "2026-12-08T11:01:00Z"));
}

TEST_CASE("console: without opening hours in the report the older rule holds", "[console]") {
    const auto on = report_at("2026-12-04T15:30:00Z", "");
    CHECK_FALSE(on.opening_hours);
    CHECK_FALSE(not_seen(on, "2026-12-04T17:29:00Z"));
    CHECK(not_seen(on, "2026-12-04T17:31:00Z")); // 2 h with the screen on
    // Unreadable hours or an unknown zone are no hours: never a guess.
    CHECK_FALSE(report_at("2026-12-04T15:30:00Z",
                          R"(,"time_zone":"Mars/Olympus","opening_hours":{"monday":"9-5"})")
                    .opening_hours);
    CHECK_FALSE(report_at("2026-12-04T15:30:00Z",
                          R"(,"time_zone":"Europe/Amsterdam","opening_hours":{"monday":"9-5"})")
                    .opening_hours);
}

TEST_CASE("console: a kiosk of a drop-in that opened for less than 2 hours in 15 days is still "
          "not seen after those days",
          "[console]") {
    const std::string one_hour_a_week =
        R"(,"time_zone":"Europe/Amsterdam","opening_hours":{"monday":"closed",)"
        R"("tuesday":"closed","wednesday":"10:00-10:30","thursday":"closed",)"
        R"("friday":"closed","saturday":"closed","sunday":"closed"})";
    const auto k = report_at("2026-11-01T12:00:00Z", one_hour_a_week);
    REQUIRE(k.opening_hours);
    CHECK_FALSE(not_seen(k, "2026-11-14T12:00:00Z")); // 13 days: four half hours at most
    CHECK(not_seen(k, "2026-11-17T12:00:00Z"));       // past 15 days
}
