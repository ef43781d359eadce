// Navigation history, the idle policy, the frame scheduler and the PIN lock-out, all with
// an injected clock.
#include "core/frame_scheduler.hpp"
#include "core/idle_policy.hpp"
#include "core/navigator.hpp"
#include "core/pin_lockout.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using namespace std::chrono_literals;

namespace {
const SteadyTime t0 = SteadyTime{} + 10h;
}

TEST_CASE("navigator: open, back, home and no duplicate entries") {
    Navigator nav;
    CHECK(nav.current().screen == ScreenId::Home);
    CHECK_FALSE(nav.can_go_back());
    nav.open({ScreenId::Info, ""});
    nav.open({ScreenId::Info, ""});
    CHECK(nav.depth() == 2);
    nav.open({ScreenId::Info, "mixing"});
    CHECK(nav.current().topic == "mixing");
    nav.back();
    CHECK(nav.current() == Place{ScreenId::Info, ""});
    nav.open({ScreenId::Search, ""});
    nav.home();
    CHECK(nav.depth() == 1);
    CHECK(nav.current().screen == ScreenId::Home);
    nav.back();
    CHECK(nav.depth() == 1);
}

TEST_CASE("screen names round-trip") {
    for (const auto& s : kScreens)
        CHECK(parse_screen_name(screen_name(s.id)) == s.id);
    CHECK_FALSE(parse_screen_name("nope"));
}

TEST_CASE("idle policy prompts after the timeout and expires after the prompt") {
    IdlePolicy idle(90s, 30s);
    idle.restart(t0);
    CHECK(idle.phase(t0 + 89s, false) == IdlePolicy::Phase::Active);
    CHECK(idle.phase(t0 + 90s, false) == IdlePolicy::Phase::Prompting);
    CHECK(idle.seconds_left(t0 + 90s) == 30);
    CHECK(idle.seconds_left(t0 + 110500ms) == 10);
    CHECK(idle.phase(t0 + 120s, false) == IdlePolicy::Phase::Expired);
}

TEST_CASE("idle policy: a neutral visit never prompts and needs no timer") {
    IdlePolicy idle(90s, 30s);
    idle.restart(t0);
    CHECK(idle.phase(t0 + 1000s, true) == IdlePolicy::Phase::Active);
    CHECK_FALSE(idle.next_deadline(t0 + 5s, true));
}

TEST_CASE("idle policy: input resets the timer, but not while the prompt is up") {
    IdlePolicy idle(90s, 30s);
    idle.restart(t0);
    idle.on_input(t0 + 60s);
    CHECK(idle.phase(t0 + 149s, false) == IdlePolicy::Phase::Active);
    idle.on_input(t0 + 155s); // prompt is showing: a stray touch does not dismiss it
    CHECK(idle.phase(t0 + 156s, false) == IdlePolicy::Phase::Prompting);
    idle.restart(t0 + 156s); // "I'm still here"
    CHECK(idle.phase(t0 + 157s, false) == IdlePolicy::Phase::Active);
}

TEST_CASE("idle policy deadlines: the prompt time, then once a second during the countdown") {
    IdlePolicy idle(90s, 30s);
    idle.restart(t0);
    CHECK(idle.next_deadline(t0 + 10s, false) == t0 + 90s);
    CHECK(idle.next_deadline(t0 + 90s, false) == t0 + 91s);
    CHECK(idle.next_deadline(t0 + 100500ms, false) == t0 + 101s);
    CHECK(idle.next_deadline(t0 + 119500ms, false) == t0 + 120s);
}

TEST_CASE("frame scheduler renders a few frames after activity, then sleeps without timeout") {
    FrameScheduler s;
    for (int i = 0; i < FrameScheduler::kSettleFrames; ++i) {
        CHECK(s.should_render(false));
        s.frame_rendered();
    }
    CHECK_FALSE(s.should_render(false));
    CHECK_FALSE(s.wait_timeout(t0, false, std::nullopt).has_value());
    CHECK(*s.wait_timeout(t0, false, t0 + 2500ms) == Approx(2.5));
    CHECK(*s.wait_timeout(t0, true, std::nullopt) == 0.0);
    s.on_activity();
    CHECK(*s.wait_timeout(t0, false, std::nullopt) == 0.0);
    s.rest(); // the screen went off before the settling frames were drawn
    CHECK_FALSE(s.should_render(false));
    CHECK_FALSE(s.wait_timeout(t0, false, std::nullopt).has_value());
}

TEST_CASE("PIN lock-out: three free tries, then 30 s doubling up to 15 minutes") {
    PinLockout lock;
    lock.record_failure(t0);
    lock.record_failure(t0);
    CHECK_FALSE(lock.locked(t0));
    lock.record_failure(t0);
    CHECK(lock.locked(t0 + 29s));
    CHECK(lock.seconds_left(t0 + 29s) == 1);
    CHECK_FALSE(lock.locked(t0 + 30s));
    lock.record_failure(t0 + 30s);
    CHECK(lock.locked_until() == t0 + 90s);
    for (int i = 0; i < 10; ++i)
        lock.record_failure(t0 + 100s);
    CHECK(lock.locked_until() == t0 + 100s + PinLockout::kMaxLock);
    lock.record_success();
    CHECK(lock.failures() == 0);
}
