// kiosk/common on its own: calendar dates and ISO weeks, RFC 3339 and HTTP dates, time zones
// across daylight saving changes, and RFC 4180 CSV.
#include "common/calendar.hpp"
#include "common/csv.hpp"
#include "common/rfc3339.hpp"
#include "common/time_zone.hpp"
#include "support/test_time.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace kiosk;
using kiosk::test::amsterdam;

namespace {
LocalDate day(const char* text) {
    const auto d = LocalDate::parse(text);
    REQUIRE(d);
    return *d;
}
} // namespace

TEST_CASE("dates: only real YYYY-MM-DD, arithmetic across months, years and eras") {
    CHECK(LocalDate::parse("2024-02-29"));
    CHECK_FALSE(LocalDate::parse("2025-02-29"));
    CHECK_FALSE(LocalDate::parse("2026-13-01"));
    CHECK_FALSE(LocalDate::parse("2026-1-01"));
    CHECK_FALSE(LocalDate::parse("2026-01-0x"));
    CHECK_FALSE(LocalDate::parse("0000-01-01"));
    CHECK(day("1970-01-01").days() == 0);
    CHECK(day("1969-12-31").days() == -1);
    CHECK(day("2026-12-31").add_days(1) == day("2027-01-01"));
    CHECK(day("2024-03-01").add_days(-1) == day("2024-02-29"));
    CHECK(LocalDate::from_days(day("2000-02-29").days()) == day("2000-02-29"));
    CHECK(day("2026-11-23").weekday() == 0); // a Monday
    CHECK(day("2026-11-29").weekday() == 6);
    CHECK(day("2026-11-26").monday() == day("2026-11-23"));
    CHECK(day("2026-01-01") < day("2026-01-02"));
    CHECK(day("2026-11-23").format() == "2026-11-23");
}

TEST_CASE("ISO weeks belong to the year of their Thursday") {
    CHECK(day("2026-01-01").iso_week() == 1); // a Thursday
    CHECK(day("2027-01-01").iso_year() == 2026);
    CHECK(day("2027-01-01").iso_week() == 53);
    CHECK(day("2024-12-30").iso_year() == 2025);
    CHECK(day("2024-12-30").iso_week() == 1);
}

TEST_CASE("RFC 3339 UTC: real calendar values, Z only, fractions where allowed") {
    CHECK(parse_utc("1994-11-06T08:49:37Z") == 784111777);
    CHECK(is_utc_time("2024-02-29T23:59:60Z"));
    CHECK_FALSE(is_utc_time("2026-11-22T17:05:00.123456Z"));
    CHECK(is_utc_time("2026-11-22T17:05:00.123456Z", Fraction::Allowed));
    CHECK_FALSE(is_utc_time("2025-02-29T10:00:00Z"));
    CHECK_FALSE(is_utc_time("2026-13-01T10:00:00Z"));
    CHECK_FALSE(is_utc_time("2026-11-22T24:00:00Z"));
    CHECK_FALSE(is_utc_time("2026-11-22T17:05:00+01:00", Fraction::Allowed));
    CHECK_FALSE(is_utc_time("2026-11-22 17:05:00Z"));
    CHECK_FALSE(is_utc_time("2026-11-22T17:05:00.Z", Fraction::Allowed));
    CHECK_FALSE(is_utc_time("2026-11-22T17:05:00"));
    CHECK_FALSE(is_utc_time(""));
    const auto t = std::chrono::system_clock::from_time_t(784111777);
    CHECK(format_utc(t) == "1994-11-06T08:49:37Z");
    CHECK(format_utc_unix(-1) == "1969-12-31T23:59:59Z");
    CHECK(parse_utc(format_utc_unix(1795428000)) == 1795428000);
}

TEST_CASE("HTTP dates are IMF-fixdate in GMT, both ways") {
    const auto t = std::chrono::system_clock::from_time_t(784111777);
    CHECK(http_date(t) == "Sun, 06 Nov 1994 08:49:37 GMT");
    CHECK(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT") == 784111777);
    CHECK(parse_http_date("Mon, 06 Nov 1994 08:49:37 GMT") == 784111777); // wrong day forgiven
    CHECK_FALSE(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"));       // RFC 850: refused
    CHECK_FALSE(parse_http_date("Sun, 06 Nov 1994 08:49:37 UTC"));
    CHECK_FALSE(parse_http_date("Sun, 31 Feb 1994 08:49:37 GMT"));
    CHECK_FALSE(parse_http_date("Xyz, 06 Nov 1994 08:49:37 GMT"));
}

TEST_CASE("time zones: Amsterdam across both daylight saving changes, without TZ") {
    const TimeZone& ams = amsterdam();
    const auto at = [](const char* date, int h, int m) {
        return day(date).days() * 86400 + h * 3600 + m * 60;
    };
    CHECK(ams.to_utc(day("2026-03-29"), 9 * 60) == at("2026-03-29", 7, 0)); // CEST
    CHECK(ams.to_utc(day("2026-10-25"), 9 * 60) == at("2026-10-25", 8, 0)); // CET
    CHECK(ams.to_utc(day("2026-03-28"), 23 * 60) == at("2026-03-28", 22, 0));
    CHECK(ams.to_utc(day("2026-03-29"), 2 * 60 + 30) == at("2026-03-29", 1, 30)); // in the gap
    CHECK(ams.to_utc(day("2026-10-25"), 2 * 60 + 30) == at("2026-10-25", 0, 30)); // first of two
    CHECK(ams.date_at(at("2026-03-28", 23, 30)) == day("2026-03-29"));
    CHECK(ams.date_at(at("2026-10-25", 22, 59)) == day("2026-10-25"));
    CHECK(ams.date_at(at("2026-10-25", 23, 0)) == day("2026-10-26"));
    CHECK(ams.local(at("2026-07-01", 22, 5)).minutes == 5); // 00:05 CEST on 2 July
    CHECK_FALSE(TimeZone::named("Mars/Olympus_Mons"));
    CHECK(TimeZone{}.to_utc(day("2026-03-29"), 60) == at("2026-03-29", 1, 0)); // UTC
}

TEST_CASE("time zones answer the same on several threads at once") {
    // Nothing touches the environment, so other threads (the uploader's libcurl) are safe.
    std::vector<LocalDate> expected;
    for (int i = 0; i < 2000; ++i)
        expected.push_back(amsterdam().date_at(1795428000 + std::int64_t{i} * 3600));
    std::vector<std::thread> threads;
    std::atomic<int> wrong{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i)
                if (amsterdam().date_at(1795428000 + std::int64_t{i} * 3600) != expected[i])
                    ++wrong;
        });
    for (auto& t : threads)
        t.join();
    CHECK(wrong == 0);
    CHECK(expected.back() == day("2027-02-14"));
}

TEST_CASE("CSV is RFC 4180: quoted only when needed, quotes doubled, CRLF lines") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field(R"({"a":1})") == R"("{""a"":1}")");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("cr\r") == "\"cr\r\"");
    CHECK(csv_line({"a", "", "b,c"}) == "a,,\"b,c\"\r\n");
    CHECK(csv_line({"", "x"}) == ",x\r\n");
}
