// DeviceControl with fakes and an injected clock: the watchdog ping cadence (also when
// idle), readiness and stop messages, the screen schedule with touches, and the clock
// trust that holds the schedule and the recording back.
#include "services/device_control.hpp"
#include "support/fake_device.hpp"
#include "support/test_time.hpp"

#include <catch2/catch.hpp>

#include <memory>

using namespace kiosk;
using namespace kiosk::services;
using namespace std::chrono_literals;
using kiosk::test::amsterdam;
using kiosk::test::FakeClockStatus;
using kiosk::test::FakeScreenPower;
using kiosk::test::FakeWatchdog;
using kiosk::test::utc;

namespace {

// Monday 23 November 2026, 20:00 in Amsterdam (19:00 UTC): after closing time.
const WallTime kMondayEvening = utc(2026, 11, 23, 19, 0);
const std::int64_t kBuilt = 1767225600; // 1 January 2026

struct Rig {
    explicit Rig(std::optional<std::chrono::microseconds> watchdog = std::nullopt,
                 bool with_hours = false, bool check_clock = false, bool synced = true,
                 WallTime start = kMondayEvening)
        : watchdog(watchdog), wall(start) {
        clock.synced = synced;
        if (with_hours) {
            OpeningHours hours;
            std::string error;
            hours.days[0] = *parse_day_hours("09:00-17:00", error);
            config.open = hours;
        }
        device = std::make_unique<DeviceControl>(
            DeviceParts{this->watchdog, screen, clock, config, check_clock, kBuilt, amsterdam()},
            now, wall);
    }
    DeviceControl::Changes tick() { return device->tick(now, wall); }
    void advance(std::chrono::seconds by) {
        now += by;
        wall += by;
    }
    // Sleeps as the idle frame loop does: until the device's next deadline, then ticks.
    DeviceControl::Changes wake_at_deadline() {
        const auto next = device->next_deadline();
        REQUIRE(next);
        if (*next > now) {
            const auto by = std::chrono::duration_cast<std::chrono::seconds>(*next - now);
            advance(by);
        }
        return tick();
    }

    FakeWatchdog watchdog;
    FakeScreenPower screen;
    FakeClockStatus clock;
    ScreenConfig config;
    SteadyTime now = SteadyTime{} + 1000h;
    WallTime wall;
    std::unique_ptr<DeviceControl> device;
};

} // namespace

TEST_CASE("the watchdog is pinged every third of WatchdogSec, also while the kiosk idles") {
    Rig r(30s);
    REQUIRE(r.device->next_deadline());
    CHECK(*r.device->next_deadline() <= r.now); // the first ping is due at once
    r.tick();
    CHECK(r.watchdog.count("WATCHDOG=1") == 1);
    CHECK(*r.device->next_deadline() == r.now + 10s);
    r.advance(5s);
    r.tick(); // a frame in between: too early for another ping
    CHECK(r.watchdog.count("WATCHDOG=1") == 1);
    r.advance(5s);
    r.tick();
    CHECK(r.watchdog.count("WATCHDOG=1") == 2);

    // Idle: nothing but the device wakes the loop. Ten minutes, a ping every 10 s.
    const SteadyTime start = r.now;
    SteadyTime last_ping = r.now;
    std::chrono::seconds longest_gap{0};
    while (r.now < start + 10min) {
        const int before = r.watchdog.count("WATCHDOG=1");
        r.wake_at_deadline();
        if (r.watchdog.count("WATCHDOG=1") > before) {
            longest_gap = std::max(
                longest_gap, std::chrono::duration_cast<std::chrono::seconds>(r.now - last_ping));
            last_ping = r.now;
        }
    }
    CHECK(r.watchdog.count("WATCHDOG=1") == 2 + 60);
    CHECK(longest_gap <= 15s); // never more than WatchdogSec/2

    // A hung frame never returns to the loop, so tick() does not run: the pings stop and
    // systemd restarts the kiosk. There is no other thread that could ping for it.
    const int before_hang = r.watchdog.count("WATCHDOG=1");
    r.advance(60s);
    CHECK(r.watchdog.count("WATCHDOG=1") == before_hang);
}

TEST_CASE("without a watchdog nothing is pinged and nothing wakes the loop") {
    Rig r;
    CHECK_FALSE(r.device->next_deadline());
    r.tick();
    r.advance(1h);
    r.tick();
    CHECK(r.watchdog.count("WATCHDOG=1") == 0);
    CHECK(r.screen.calls.empty()); // no schedule: the screen is never touched
}

TEST_CASE("systemd hears READY after the first frame, a short status, and STOPPING") {
    Rig r(30s);
    r.tick();
    CHECK(r.watchdog.count("READY=1") == 0);
    r.device->frame_presented();
    r.device->frame_presented();
    CHECK(r.watchdog.count("READY=1") == 1);
    CHECK(r.watchdog.count("STATUS=screen on; clock synchronised") == 1);
    r.device->stopping();
    CHECK(r.watchdog.messages.back() == "STOPPING=1");
}

TEST_CASE("outside opening hours the screen goes off, a touch wakes it, and it goes off again") {
    Rig r(std::nullopt, true);
    REQUIRE(r.screen.calls == std::vector<bool>{true}); // the start counts as a touch
    CHECK(r.device->screen_on());
    r.advance(4min);
    CHECK_FALSE(r.tick().screen_off);
    CHECK(r.device->screen_on());

    r.advance(1min);
    const auto off = r.tick();
    CHECK(off.screen_off); // the loop wipes the visit on this
    CHECK_FALSE(r.device->screen_on());
    CHECK(r.screen.calls == std::vector<bool>{true, false});
    CHECK_FALSE(r.device->blackout());

    r.advance(2h);
    CHECK(r.device->touch(r.now)); // only wakes: this touch must not press anything
    CHECK(r.device->screen_on());
    CHECK(r.screen.calls.back());
    CHECK_FALSE(r.device->touch(r.now + 1s)); // the screen is on: a normal touch
    r.advance(4min);
    CHECK_FALSE(r.tick().screen_off);
    r.advance(2min);
    CHECK(r.tick().screen_off);

    // Tuesday has no hours either; Monday next week opens at 09:00.
    int wakes = 0;
    while (!r.device->screen_on() && wakes < 20000) {
        r.wake_at_deadline();
        ++wakes;
    }
    CHECK(r.device->screen_on());
    CHECK(local_clock(amsterdam(), r.wall).weekday == 0);
    CHECK(local_clock(amsterdam(), r.wall).minute == 9 * 60);
}

TEST_CASE("a screen that cannot be switched is blacked out, and staff are told why") {
    Rig r(std::nullopt, true);
    r.screen.failure =
        "no permission to write /sys/class/backlight/x/bl_power: add the kiosk's user to the "
        "group \"video\"";
    r.advance(6min);
    r.tick();
    CHECK_FALSE(r.device->screen_on());
    CHECK(r.device->blackout()); // the loop draws black instead
    REQUIRE(r.device->status().problems.size() == 1);
    CHECK(r.device->status().problems[0].find("group \"video\"") != std::string::npos);

    r.screen.failure.clear();
    r.device->touch(r.now);
    CHECK(r.device->status().problems.size() == 1); // until the status is refreshed
    r.tick();
    CHECK(r.device->status().problems.empty());

    r.screen.later_failure = "\"ddcutil setvcp d6 04\" failed (exit code 1)";
    r.tick();
    CHECK(r.device->status().problems.size() == 1);
}

TEST_CASE("with no way to switch the screen it is blacked out outside opening hours") {
    FakeWatchdog watchdog;
    FakeScreenPower screen;
    screen.switchable = false;
    FakeClockStatus clock;
    ScreenConfig config;
    config.open = OpeningHours{};
    SteadyTime now = SteadyTime{} + 1h;
    DeviceControl device(DeviceParts{watchdog, screen, clock, config, false, kBuilt, amsterdam()},
                         now, kMondayEvening);
    CHECK(device.status().screen_switch == "none (black picture)");
    device.tick(now + 6min, kMondayEvening + 6min);
    CHECK_FALSE(device.screen_on());
    CHECK(device.blackout());
}

TEST_CASE("until NTP has synchronised the clock, the schedule waits and staff see the time") {
    Rig r(std::nullopt, true, true, false);
    CHECK_FALSE(r.device->clock_trusted());
    CHECK_FALSE(r.device->status().clock_trusted);
    CHECK(r.device->status().clock_text == "2026-11-23 20:00");
    REQUIRE(r.device->next_deadline());
    CHECK(*r.device->next_deadline() <= r.now + DeviceControl::kClockCheck);
    r.advance(10min);
    CHECK_FALSE(r.tick().screen_off); // it may say night at noon: the screen stays on
    CHECK(r.device->screen_on());
    CHECK(r.device->status().clock_text == "2026-11-23 20:10");

    r.clock.synced = true;
    const int asked = r.clock.asked;
    r.advance(1s);
    r.tick();
    CHECK(r.clock.asked == asked); // looked at every few seconds, not every frame
    r.advance(DeviceControl::kClockCheck);
    const auto changes = r.tick();
    CHECK(changes.clock_trusted);
    CHECK(changes.status);
    CHECK(changes.screen_off); // now the schedule applies: closed, untouched for 10 minutes
    CHECK(r.device->status().clock_trusted);
    CHECK(r.device->status().clock_text.empty());

    r.clock.synced = false; // an internet outage later does not undo the trust
    r.advance(1h);
    r.tick();
    CHECK(r.device->clock_trusted());
}

TEST_CASE("staff can vouch for the clock, but not for one earlier than the software") {
    Rig unsynced(std::nullopt, false, true, false);
    const auto confirmed = unsynced.device->confirm_clock(unsynced.wall);
    CHECK(confirmed.clock_trusted);
    CHECK(unsynced.device->clock_trusted());

    // After a power cut without network the clock may start in 1970.
    Rig stale(std::nullopt, false, true, true, utc(1970, 1, 1, 0, 5));
    CHECK_FALSE(stale.device->clock_trusted()); // NTP's word alone is not enough then
    CHECK(stale.device->status().clock_before_build);
    CHECK_FALSE(stale.device->confirm_clock(stale.wall).clock_trusted);
    CHECK_FALSE(stale.device->clock_trusted());
}

TEST_CASE("the clock check can be left out, but never the build-time floor") {
    Rig dev(std::nullopt, false, false, false);
    CHECK(dev.device->clock_trusted());
    Rig wrong(std::nullopt, false, false, false, utc(2001, 1, 1, 12, 0));
    CHECK_FALSE(wrong.device->clock_trusted());
}

TEST_CASE("the screen goes off when the minutes awake are over, not at the next whole minute") {
    Rig r(std::nullopt, true, false, true, kMondayEvening + 16s);
    const SteadyTime start = r.now;
    while (r.device->screen_on() && r.now < start + 10min)
        r.wake_at_deadline();
    CHECK(r.now - start == 5min);
}
