// Tests for the in-memory reach counters: aggregation, the metric vocabulary, key checks,
// take() and local days.
#include "core/reach_counters.hpp"
#include "support/test_time.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>
#include <optional>

using kiosk::CounterDelta;
using kiosk::ReachCounters;
using kiosk::test::amsterdam;
using kiosk::test::utc;

namespace {

constexpr const char* kDay = "2026-11-22";

bool same(const CounterDelta& delta, const std::string& day, const std::string& metric,
          const std::string& key, std::int64_t count) {
    return delta.day == day && delta.metric == metric && delta.key == key && delta.count == count;
}

} // namespace

TEST_CASE("reach counters sum increments per day, metric and key", "[stats]") {
    ReachCounters counters;
    CHECK(counters.empty());
    CHECK(counters.count(kDay, "visit"));
    CHECK(counters.count(kDay, "visit"));
    CHECK(counters.count(kDay, "language", "nl"));
    CHECK(counters.count(kDay, "language", "en"));
    CHECK(counters.count(kDay, "language", "nl"));
    CHECK(counters.count("2026-11-23", "visit"));
    CHECK(counters.count(kDay, "emergency"));
    CHECK(counters.count(kDay, "qr", "mainline"));
    CHECK(counters.count(kDay, "referral", "mainline"));
    CHECK_FALSE(counters.empty());

    const std::vector<CounterDelta> deltas = counters.take();
    REQUIRE(deltas.size() == 7);
    CHECK(same(deltas[0], kDay, "emergency", "", 1));
    CHECK(same(deltas[1], kDay, "language", "en", 1));
    CHECK(same(deltas[2], kDay, "language", "nl", 2));
    CHECK(same(deltas[3], kDay, "qr", "mainline", 1));
    CHECK(same(deltas[4], kDay, "referral", "mainline", 1));
    CHECK(same(deltas[5], kDay, "visit", "", 2));
    CHECK(same(deltas[6], "2026-11-23", "visit", "", 1));
}

TEST_CASE("a mix is counted the same whichever substance came first", "[stats]") {
    CHECK(kiosk::mix_key("mdma", "alcohol") == "alcohol+mdma");
    CHECK(kiosk::mix_key("alcohol", "mdma") == "alcohol+mdma");

    ReachCounters counters;
    CHECK(counters.count(kDay, "mix", "mdma+alcohol"));
    CHECK(counters.count(kDay, "mix", "alcohol+mdma"));
    CHECK(counters.count(kDay, "mix", kiosk::mix_key("mdma", "alcohol")));
    CHECK(counters.count(kDay, "mix", "ghb+alcohol+cocaine"));
    const std::vector<CounterDelta> deltas = counters.take();
    REQUIRE(deltas.size() == 2);
    CHECK(same(deltas[0], kDay, "mix", "alcohol+cocaine+ghb", 1));
    CHECK(same(deltas[1], kDay, "mix", "alcohol+mdma", 3));

    for (const char* bad : {"", "alcohol", "alcohol+", "+mdma", "alcohol++mdma", "a b+c"}) {
        CAPTURE(bad);
        CHECK_FALSE(counters.count(kDay, "mix", bad));
    }
    CHECK(counters.empty());
}

TEST_CASE("unknown metrics, bad days and free-text keys are refused", "[stats]") {
    for (const char* metric :
         {"visit", "language", "topic", "substance", "mix", "referral", "qr", "emergency"}) {
        CHECK(kiosk::is_known_metric(metric));
    }
    ReachCounters counters;
    CHECK_FALSE(kiosk::is_known_metric("search"));
    CHECK_FALSE(kiosk::is_known_metric("Visit"));
    CHECK_FALSE(counters.count(kDay, "search", "heroin"));
    CHECK_FALSE(counters.count(kDay, ""));

    // A visit is only ever counted, never labelled.
    CHECK_FALSE(counters.count(kDay, "visit", "visitor-17"));
    // Keyed metrics need an id, and an id is never typed text.
    CHECK_FALSE(counters.count(kDay, "language"));
    CHECK_FALSE(counters.count(kDay, "topic", "how do I use safely"));
    CHECK_FALSE(counters.count(kDay, "substance", "ketamine\n"));
    CHECK_FALSE(counters.count(kDay, "topic", std::string(65, 'a')));
    CHECK(counters.count(kDay, "topic", std::string(64, 'a')));
    CHECK(counters.count(kDay, "language", "pt-BR"));
    CHECK(counters.count(kDay, "emergency", "home"));

    // Only a local date, never a time.
    for (const char* day : {"2026-11-22T17:05", "2026-11-22 17", "22-11-2026", "2026-13-01",
                            "2026-00-10", "2026-11-32", "2026-11-00", "2026/11/22", ""}) {
        CAPTURE(day);
        CHECK_FALSE(kiosk::is_day(day));
        CHECK_FALSE(counters.count(day, "visit"));
    }
    CHECK(counters.take().size() == 3);
}

TEST_CASE("take returns the pending counts and clears them", "[stats]") {
    ReachCounters counters;
    counters.count(kDay, "visit");
    counters.count(kDay, "substance", "ghb");
    CHECK(counters.take().size() == 2);
    CHECK(counters.empty());
    CHECK(counters.take().empty());

    counters.count(kDay, "visit");
    const std::vector<CounterDelta> again = counters.take();
    REQUIRE(again.size() == 1);
    CHECK(same(again[0], kDay, "visit", "", 1)); // counting starts again from zero
}

TEST_CASE("local_day is the date in the kiosk's time zone", "[stats]") {
    // Winter (CET, UTC+1).
    CHECK(kiosk::local_day(amsterdam(), utc(2026, 11, 22, 22, 59)) == "2026-11-22");
    CHECK(kiosk::local_day(amsterdam(), utc(2026, 11, 22, 23, 0)) == "2026-11-23");
    // Summer (CEST, UTC+2).
    CHECK(kiosk::local_day(amsterdam(), utc(2026, 7, 1, 21, 59)) == "2026-07-01");
    CHECK(kiosk::local_day(amsterdam(), utc(2026, 7, 1, 22, 0)) == "2026-07-02");
    // New year.
    CHECK(kiosk::local_day(amsterdam(), utc(2026, 12, 31, 23, 30)) == "2027-01-01");
    CHECK(kiosk::is_day(kiosk::local_day(amsterdam(), std::chrono::system_clock::now())));
}

TEST_CASE("counts made before the clock is trusted wait for a day, then get that day") {
    ReachCounters counters;
    CHECK(counters.count(ReachCounters::kUnknownDay, "visit"));
    CHECK(counters.count(ReachCounters::kUnknownDay, "substance", "ghb"));
    counters.count(kDay, "visit");
    const std::vector<CounterDelta> dated = counters.take();
    REQUIRE(dated.size() == 1); // the undated ones stay behind
    CHECK(same(dated[0], kDay, "visit", "", 1));
    CHECK_FALSE(counters.empty());

    counters.count(kDay, "visit");
    counters.date_unknown_day("not a day"); // refused: nothing moves
    counters.date_unknown_day(kDay);
    const std::vector<CounterDelta> later = counters.take();
    REQUIRE(later.size() == 2);
    CHECK(same(later[0], kDay, "substance", "ghb", 1));
    CHECK(same(later[1], kDay, "visit", "", 2));
    CHECK(counters.empty());
}
