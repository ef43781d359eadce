// Upload timing: back-off ceilings and jitter bounds, Retry-After parsing, and the schedule's
// reaction to outcomes, recorded events, "send now" and a returning network (injected clock
// and randomness: no waiting).
#include "sync/retry_policy.hpp"
#include "sync/upload_schedule.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::sync;
using Clock = UploadSchedule::Clock;
using std::chrono::seconds;

namespace {

AttemptReport report(AttemptReport::Outcome outcome, std::optional<Seconds> retry = {},
                     Problem problem = Problem::None) {
    AttemptReport r;
    r.outcome = outcome;
    r.retry_after = retry;
    r.problem = problem;
    return r;
}

AttemptReport offline() {
    return report(AttemptReport::Outcome::Failed, {}, Problem::Offline);
}

double secs(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

} // namespace

TEST_CASE("back-off ceilings double from 5 s and stop at 15 minutes", "[sync][retry]") {
    CHECK(backoff_ceiling(1).count() == 5.0);
    CHECK(backoff_ceiling(2).count() == 10.0);
    CHECK(backoff_ceiling(3).count() == 20.0);
    CHECK(backoff_ceiling(8).count() == 640.0);
    CHECK(backoff_ceiling(9).count() == 900.0);
    CHECK(backoff_ceiling(500).count() == 900.0);
}

TEST_CASE("full jitter spreads the wait between 5 s and the ceiling", "[sync][retry]") {
    CHECK(backoff_wait(4, 0.0).count() == 5.0);
    CHECK(backoff_wait(4, 0.5).count() == Approx(22.5));
    CHECK(backoff_wait(4, 0.999999).count() == Approx(40.0).epsilon(1e-4));
    CHECK(backoff_wait(1, 0.7).count() == 5.0);
}

TEST_CASE("Retry-After in seconds or as an HTTP date, clamped", "[sync][retry]") {
    const double now = 1795367109.0; // Sun, 22 Nov 2026 17:05:09 GMT
    CHECK(parse_retry_after("2", now)->count() == 2.0);
    CHECK(parse_retry_after("0", now)->count() == 1.0);
    CHECK(parse_retry_after("86400", now)->count() == 900.0);
    CHECK(parse_retry_after("99999999999999", now)->count() == 900.0);
    CHECK(parse_retry_after("Sun, 22 Nov 2026 17:06:09 GMT", now)->count() == 60.0);
    CHECK(parse_retry_after("Sun, 22 Nov 2026 17:00:00 GMT", now)->count() == 1.0);
    CHECK_FALSE(parse_retry_after("", now));
    CHECK_FALSE(parse_retry_after("soon", now));
    CHECK_FALSE(parse_retry_after("-5", now));
    CHECK_FALSE(parse_retry_after("Sun, 22 Nov 2026 17:06:09 CET", now));
    CHECK_FALSE(parse_retry_after("Sun, 22 Foo 2026 17:06:09 GMT", now));
}

TEST_CASE("the schedule backs off after failures and starts over after progress",
          "[sync][schedule]") {
    const auto t0 = Clock::time_point{} + std::chrono::hours(1000);
    double r = 0.999999;
    UploadSchedule s(t0, [&] { return r; });
    CHECK(s.due(t0));
    std::vector<double> waits;
    for (int i = 0; i < 10; ++i) {
        s.after(report(AttemptReport::Outcome::Failed), t0);
        waits.push_back(secs(s.next_attempt() - t0));
    }
    CHECK(waits[0] == Approx(5.0).epsilon(1e-4));
    CHECK(waits[1] == Approx(10.0).epsilon(1e-4));
    CHECK(waits[2] == Approx(20.0).epsilon(1e-4));
    CHECK(waits[9] == Approx(900.0).epsilon(1e-4));
    CHECK(s.failures_in_a_row() == 10);

    s.after(report(AttemptReport::Outcome::Progress), t0);
    CHECK(s.failures_in_a_row() == 0);
    CHECK(s.due(t0)); // more may be queued: at once
    s.after(report(AttemptReport::Outcome::Failed), t0);
    CHECK(secs(s.next_attempt() - t0) == Approx(5.0).epsilon(1e-4));
}

TEST_CASE("recorded events are gathered briefly, but never cut a back-off short",
          "[sync][schedule]") {
    const auto t0 = Clock::time_point{} + std::chrono::hours(1000);
    UploadSchedule s(t0, [] { return 0.5; });
    s.after(report(AttemptReport::Outcome::Nothing), t0);
    CHECK(secs(s.next_attempt() - t0) == 15 * 60);
    s.events_recorded(t0 + seconds(10));
    CHECK(s.next_attempt() == t0 + seconds(12));

    s.after(offline(), t0);
    s.after(offline(), t0);
    const auto backing_off = s.next_attempt();
    s.events_recorded(t0 + seconds(1));
    CHECK(s.next_attempt() == backing_off);

    s.network_changed(t0 + seconds(2));
    CHECK(s.next_attempt() == t0 + seconds(2));
    s.after(offline(), t0 + seconds(2));
    CHECK(s.failures_in_a_row() == 3); // the back-off continues where it was
}

TEST_CASE("network news only hurries a kiosk that could not reach the server", "[sync][schedule]") {
    const auto t0 = Clock::time_point{} + std::chrono::hours(1000);
    UploadSchedule s(t0, [] { return 0.5; });
    s.after(report(AttemptReport::Outcome::Busy, Seconds(120)), t0);
    s.network_changed(t0 + seconds(1)); // an address refresh on a working network
    CHECK(s.next_attempt() == t0 + seconds(120));
    s.after(report(AttemptReport::Outcome::Refused), t0);
    s.network_changed(t0 + seconds(1));
    CHECK(s.next_attempt() == t0 + std::chrono::minutes(15));
    s.after(report(AttemptReport::Outcome::Failed, {}, Problem::ServerError), t0);
    const auto backing_off = s.next_attempt();
    s.network_changed(t0 + seconds(1));
    CHECK(s.next_attempt() == backing_off);
}

TEST_CASE("Retry-After is obeyed and does not count as a failure", "[sync][schedule]") {
    const auto t0 = Clock::time_point{} + std::chrono::hours(1000);
    UploadSchedule s(t0, [] { return 0.0; });
    s.after(report(AttemptReport::Outcome::Failed), t0);
    s.after(report(AttemptReport::Outcome::Busy, Seconds(42)), t0);
    CHECK(s.next_attempt() == t0 + seconds(42));
    CHECK(s.failures_in_a_row() == 1);
    s.events_recorded(t0);
    CHECK(s.next_attempt() == t0 + seconds(42));
}

TEST_CASE("refused credentials are retried every 15 minutes, send now tries at once",
          "[sync][schedule]") {
    const auto t0 = Clock::time_point{} + std::chrono::hours(1000);
    UploadSchedule s(t0, [] { return 0.0; });
    s.after(report(AttemptReport::Outcome::Refused), t0);
    CHECK(s.refused());
    CHECK(s.next_attempt() == t0 + std::chrono::minutes(15));
    s.events_recorded(t0);
    CHECK(s.next_attempt() == t0 + std::chrono::minutes(15));
    s.send_now(t0 + seconds(3));
    CHECK(s.due(t0 + seconds(3)));
    s.after(report(AttemptReport::Outcome::Progress), t0 + seconds(3));
    CHECK_FALSE(s.refused());
}
