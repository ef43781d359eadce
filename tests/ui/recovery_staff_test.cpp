// Headless UI: a throwing frame never reaches the visitor, and the staff entry behind the
// PIN pad with lock-out and automatic logout.
#include "core/pin_hash.hpp"
#include "store/staff_notices.hpp"
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

#include <imgui.h>

#include <stdexcept>

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::test::UiHarness;

TEST_CASE("a frame that throws is dropped, a calm screen follows, and the UI comes back") {
    UiHarness h;
    h.tap("home.tile.search");
    h.set_draw_override([] {
        ImGui::Begin("half-drawn");
        ImGui::BeginChild("inner");
        throw std::runtime_error("boom");
    });
    h.step();
    CHECK(h.runner().consecutive_failures() == 1);
    CHECK(h.runner().last_error() == "boom");
    CHECK(h.runner().recovering(h.now()));
    h.set_draw_override(nullptr);
    h.step(); // the calm "one moment" screen: nothing tappable
    CHECK(h.ui().taps().empty());
    h.advance(3s);
    h.step(2);
    CHECK(h.visible("nav.home")); // ImGui's stacks were repaired: normal frames again
    CHECK(h.runner().consecutive_failures() == 0);
}

TEST_CASE("after many failed frames in a row the runner gives up so systemd restarts us") {
    UiHarness h;
    h.set_draw_override([] { throw std::runtime_error("still broken"); });
    ui::FrameRunner::Result last = ui::FrameRunner::Result::Drawn;
    int frames = 0;
    while (last != ui::FrameRunner::Result::GiveUp && frames < 100) {
        h.advance(3s); // past each calm period, so the broken UI is tried again
        ImGui::GetIO().DeltaTime = 0.016f;
        last = h.runner().run(
            h.now(), [] { throw std::runtime_error("still broken"); }, [] {});
        ++frames;
    }
    CHECK(last == ui::FrameRunner::Result::GiveUp);
    CHECK(frames == 10);
}

namespace {
Config config_with_pin(const std::string& pin) {
    Config c = kiosk::test::test_config();
    c.staff_pins = {{"Sam", "peer leader", hash_pin(pin)}};
    c.staff_timeout_s = 60;
    return c;
}

void hold_logo(UiHarness& h, int frames, int frame_ms) {
    const auto& logo = h.item("nav.logo");
    h.set_frame_ms(frame_ms);
    h.press_physical(Point{(logo.min.x + logo.max.x) / 2, (logo.min.y + logo.max.y) / 2});
    h.step(frames);
    h.release();
    h.step(2);
    h.set_frame_ms(16);
}

void enter_pin(UiHarness& h, const std::string& pin) {
    for (char d : pin)
        h.tap(std::string("pin.") + d);
    h.tap("pin.ok");
}
} // namespace

TEST_CASE("a short tap on the logo does nothing, a 3 second hold opens the PIN pad") {
    UiHarness h(config_with_pin("2468"));
    hold_logo(h, 10, 100); // 1 s
    CHECK(h.screen() == "home");
    hold_logo(h, 35, 100); // 3.5 s
    CHECK(h.screen() == "staff-pin");
}

TEST_CASE("the right PIN opens the staff page, idle logout leaves nothing open") {
    UiHarness h(config_with_pin("2468"));
    hold_logo(h, 35, 100);
    enter_pin(h, "2468");
    CHECK(h.screen() == "staff");
    REQUIRE(h.model().staff_user());
    CHECK(h.model().staff_user()->name == "Sam");
    CHECK(h.visible("staff.logout"));
    CHECK_FALSE(h.visible("nav.quick_exit"));
    h.tap("nav.back"); // the PIN pad is not in the history
    CHECK(h.screen() == "home");
    h.apply(action::Open{{ScreenId::Staff, ""}});
    h.step(2);
    CHECK(h.screen() == "staff");
    h.advance(61s);
    h.step(2);
    CHECK(h.screen() == "home");
    CHECK_FALSE(h.model().staff_user());
}

TEST_CASE("wrong PINs lock the pad with a countdown, the PIN never shows") {
    UiHarness h(config_with_pin("2468"));
    hold_logo(h, 35, 100);
    enter_pin(h, "1111");
    CHECK(h.model().pin_was_wrong());
    enter_pin(h, "2222");
    enter_pin(h, "3333");
    CHECK(h.model().lockout().locked(h.now()));
    for (const auto& item : h.ui().taps())
        CHECK(item.label.find("3333") == std::string::npos);
    h.tap("pin.2"); // ignored while locked
    CHECK(h.model().pin_length() == 0);
    h.advance(31s);
    h.step(2);
    enter_pin(h, "2468");
    CHECK(h.screen() == "staff");
}

TEST_CASE("the staff page cannot be opened without the PIN") {
    UiHarness h(config_with_pin("2468"));
    h.apply(action::Open{{ScreenId::Staff, ""}});
    h.step(2);
    CHECK(h.screen() == "home");
}

TEST_CASE("quick exit and the staff logout both end the staff session") {
    UiHarness h(config_with_pin("2468"));
    hold_logo(h, 35, 100);
    enter_pin(h, "2468");
    REQUIRE(h.screen() == "staff");
    h.tap("staff.logout");
    CHECK(h.screen() == "home");
    CHECK_FALSE(h.model().staff_user());
}

TEST_CASE("staff notices show and can be marked as read") {
    UiHarness h(config_with_pin("2468"));
    store::add_notice(h.db(), "db_recovered", "The database moved.", "2026-11-22T10:00:00Z");
    hold_logo(h, 35, 100);
    enter_pin(h, "2468");
    REQUIRE(h.model().notices().size() == 1);
    const std::string ack = "staff.ack." + std::to_string(h.model().notices()[0].id);
    REQUIRE(h.visible(ack));
    h.tap(ack);
    CHECK(h.model().notices().empty());
    CHECK(store::open_notices(h.db()).empty()); // stored as read
}
