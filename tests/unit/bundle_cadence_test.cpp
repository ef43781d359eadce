// How often a kiosk asks for a bundle (sync/bundle_cadence.hpp), and the figure issue #14 asks
// for: how long a published alert takes to be installed on a kiosk with network. The kiosk is
// driven on an injected clock: the real updater asks a scripted server at the times the
// cadence gives, the organisation publishes an alert-only bundle at every other minute of an hour,
// and the time from publication to the alert being installed and current is measured.
#include "bundle_support.hpp"
#include "common/rfc3339.hpp"
#include "core/content/alerts.hpp"
#include "sync/bundle_cadence.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

using namespace kiosk::sync;
using namespace kiosk::sync::test;
using Outcome = BundleCheckResult::Outcome;
using std::chrono::minutes;

namespace {

constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kDay = 24 * 60 * kMinute;
const std::int64_t kStart = *kiosk::parse_utc("2026-12-03T09:00:00Z");

struct Timeline {
    std::int64_t published = 0;            // when the alert bundle is offered
    std::int64_t outage_from = 0;          // the server does not answer from here ...
    std::int64_t outage_until = 0;         // ... to here
    std::optional<std::int64_t> installed; // when the kiosk installed it
    int checks = 0;
};

// A kiosk whose content bundle is three days old runs from kStart; returns when it installed
// the alert bundle published at t.published (none within six hours).
void run(Timeline& t, const BundleCadence& cadence) {
    BundleKiosk k;
    static const std::string content = bundle_test::make_bundle(1);
    k.server.offered = bundle_answer(content, "\"v1\"");
    REQUIRE(k.updater.check(kiosk::format_utc_unix(kStart - 3 * kDay)).outcome ==
            Outcome::Installed);
    static const std::string alert_bundle =
        bundle_test::make_bundle(2, "*", bundle_test::test_keys(), alerts_only(example_alerts()));
    for (std::int64_t now = kStart; now < t.published + 6 * 60 * kMinute;) {
        if (now >= t.outage_from && now < t.outage_until)
            k.server.offered = answer(503);
        else if (now >= t.published)
            k.server.offered = bundle_answer(alert_bundle, "\"v2\"");
        else
            k.server.offered = bundle_answer(content, "\"v1\"");
        const auto outcome = k.updater.check(kiosk::format_utc_unix(now)).outcome;
        ++t.checks;
        if (outcome == Outcome::Installed) {
            t.installed = now;
            const auto active = active_bundle(k.data);
            REQUIRE(active);
            REQUIRE(active->alerts_file);
            const auto alerts = kiosk::content::load_alerts(*active->alerts_file, {"nl", "en"});
            REQUIRE(alerts.alerts);
            const std::string today = kiosk::format_utc_unix(now).substr(0, 10);
            CHECK(kiosk::content::alert_is_current(alerts.alerts->front(), today, true));
            return;
        }
        now +=
            next_bundle_check(cadence, outcome, active_bundle_installed_unix(k.data), now).count() *
            kMinute;
    }
}

} // namespace

TEST_CASE("the bundle cadence asks often while news is fresh or the server was not reached",
          "[bundle][cadence]") {
    const BundleCadence cadence{minutes(30), minutes(10)};
    const std::int64_t now = kStart;
    CHECK(next_bundle_check(cadence, Outcome::NotModified, now - 3 * kDay, now) == minutes(30));
    CHECK(next_bundle_check(cadence, Outcome::NoBundle, std::nullopt, now) == minutes(30));
    CHECK(next_bundle_check(cadence, Outcome::Refused, std::nullopt, now) == minutes(30));
    CHECK(next_bundle_check(cadence, Outcome::NotModified, now - kDay + 60, now) == minutes(10));
    CHECK(next_bundle_check(cadence, Outcome::NotModified, now - kDay, now) == minutes(30));
    CHECK(next_bundle_check(cadence, Outcome::Installed, now, now) == minutes(10));
    CHECK(next_bundle_check(cadence, Outcome::Failed, now - 3 * kDay, now) == minutes(10));
    // A clock set back below the install time: fresh rather than never.
    CHECK(next_bundle_check(cadence, Outcome::NotModified, now + kDay, now) == minutes(10));
    // A configured interval shorter than the fresh one wins.
    const BundleCadence quick{minutes(5), minutes(10)};
    CHECK(next_bundle_check(quick, Outcome::Failed, std::nullopt, now) == minutes(5));
}

namespace {

struct Latency {
    std::int64_t mean = 0, worst = 0, worst_outage = 0; // minutes
};

// Publication at every other minute of an hour, with and without a 20-minute outage right after.
Latency measure(const BundleCadence& cadence) {
    std::int64_t total = 0, worst = 0, worst_outage = 0;
    for (std::int64_t offset = 0; offset < 60; offset += 2) {
        Timeline t;
        t.published = kStart + offset * kMinute;
        run(t, cadence);
        REQUIRE(t.installed);
        worst = std::max(worst, *t.installed - t.published);
        total += *t.installed - t.published;

        Timeline outage;
        outage.published = t.published;
        outage.outage_from = t.published;
        outage.outage_until = t.published + 20 * kMinute;
        run(outage, cadence);
        REQUIRE(outage.installed);
        worst_outage = std::max(worst_outage, *outage.installed - outage.published);
    }
    return {total / 30 / kMinute, worst / kMinute, worst_outage / kMinute};
}

} // namespace

TEST_CASE("a published alert is installed within the hour, even after a missed check",
          "[bundle][cadence][alerts]") {
    const Latency now = measure(BundleCadence{}); // the defaults: bundle_check_minutes = 30
    const Latency before = measure(BundleCadence{minutes(60), minutes(60)}); // until 2026-12
    std::printf(
        "alert latency, publication to installed (injected clock, one every 2 min for an hour):\n"
        "  cadence 30/10 min: mean %lld min, worst %lld, worst with a 20-min outage %lld\n"
        "  reference 60 min:  mean %lld min, worst %lld, worst with a 20-min outage %lld\n",
        static_cast<long long>(now.mean), static_cast<long long>(now.worst),
        static_cast<long long>(now.worst_outage), static_cast<long long>(before.mean),
        static_cast<long long>(before.worst), static_cast<long long>(before.worst_outage));
    CHECK(now.worst <= 30);
    CHECK(now.worst_outage < 60);
}
