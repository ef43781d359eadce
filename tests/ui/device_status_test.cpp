// Headless UI: while the clock cannot be trusted, staff see it on their page (with the
// time the kiosk thinks it is and a way to vouch for it), the groups show no sessions and
// nothing that records a time can be done; screen switch problems reach staff too.
#include "core/pin_hash.hpp"
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

// Monday 23 November 2026, 10:00 UTC: the example schedule has sessions that week.
constexpr std::int64_t kMonday = 1795428000;

Config staff_config() {
    Config c = kiosk::test::test_config();
    c.staff_pins = {{"Sam", "peer leader", hash_pin("2468")}};
    return c;
}

void open_staff_page(UiHarness& h) {
    h.model().apply(action::Open{{ScreenId::StaffPin, ""}}, h.now());
    h.step(2);
    for (char d : std::string("2468"))
        h.tap(std::string("pin.") + d);
    h.tap("pin.ok");
    REQUIRE(h.screen() == "staff");
}

DeviceStatus untrusted_clock() {
    DeviceStatus d;
    d.clock_trusted = false;
    d.clock_text = "2026-03-01 04:12";
    return d;
}

bool emitted_confirm(const std::vector<Action>& actions) {
    for (const auto& a : actions)
        if (std::holds_alternative<action::ConfirmClock>(a))
            return true;
    return false;
}

} // namespace

TEST_CASE("staff see that the clock is not synchronised and can say it is right") {
    UiHarness h(staff_config());
    h.model().set_device(untrusted_clock());
    open_staff_page(h);
    h.take_actions();
    REQUIRE(h.visible("staff.clock_confirm"));
    CHECK(h.item("staff.clock_confirm").label == "Datum en tijd kloppen");
    CHECK(h.model().catalog().format("en", "staff.device.clock_now",
                                     {{"time", h.model().device().clock_text}}) ==
          "The kiosk's clock says: 2026-03-01 04:12.");
    h.tap("staff.clock_confirm");
    CHECK(emitted_confirm(h.take_actions()));

    // The app trusts the clock: the notice and its button are gone.
    h.model().set_device(DeviceStatus{});
    h.step(2);
    CHECK_FALSE(h.visible("staff.clock_confirm"));
}

TEST_CASE("a clock earlier than the software cannot be vouched for") {
    UiHarness h(staff_config());
    DeviceStatus d = untrusted_clock();
    d.clock_text = "1970-01-01 01:00";
    d.clock_before_build = true;
    h.model().set_device(d);
    open_staff_page(h);
    CHECK_FALSE(h.visible("staff.clock_confirm"));
    CHECK(h.visible("staff.groups")); // the rest of the page still works
}

TEST_CASE("until the clock is trusted the groups have no sessions and record nothing") {
    UiHarness h(staff_config());
    h.enable_groups(kMonday);
    REQUIRE_FALSE(h.model().groups().sessions.empty());
    h.groups()->set_clock_trusted(false);
    h.groups()->refresh(h.model(), kMonday);
    CHECK(h.model().groups().sessions.empty()); // rather none than wrong ones
    CHECK(h.model().groups().clock_unknown);

    h.tap("home.tile.groups");
    REQUIRE(h.screen() == "groups");
    h.tap("groups.interest"); // disabled: an interest form would record a time
    h.tap("groups.cancel");
    CHECK(h.screen() == "groups");

    // Even if an action got through, the service refuses to record it.
    h.groups()->handle(action::SubmitInterest{false}, h.model(), kMonday);
    CHECK(h.model().interest().failed);
    h.groups()->handle(action::ExportAttendance{"/tmp"}, h.model(), kMonday);
    CHECK(h.model().staff_export().written.empty());
    CHECK(h.model().staff_export().error.find("clock") != std::string::npos);

    h.groups()->set_clock_trusted(true);
    h.groups()->refresh(h.model(), kMonday);
    CHECK_FALSE(h.model().groups().sessions.empty());
    CHECK_FALSE(h.model().groups().clock_unknown);
}

TEST_CASE("a screen that cannot be switched is on the staff page with what to do") {
    UiHarness h(staff_config());
    DeviceStatus d;
    d.screen_switch = "backlight /sys/class/backlight/10-0045";
    d.problems = {"no permission to write /sys/class/backlight/10-0045/bl_power: add the "
                  "kiosk's user to the group \"video\""};
    h.model().set_device(d);
    open_staff_page(h);
    CHECK(h.model()
              .catalog()
              .format("en", "staff.device.screen_problem", {{"detail", d.problems[0]}})
              .rfind("The screen cannot be switched off and on: no permission", 0) == 0);
    CHECK(h.visible("staff.groups"));
}
