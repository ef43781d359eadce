// Headless UI: while the clock cannot be trusted, staff see it on their page (with the
// time the kiosk thinks it is and a way to vouch for it), the groups show no sessions and
// nothing that records a time can be done; screen switch problems reach staff too.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

// Monday 23 November 2026, 10:00 UTC: the example schedule has sessions that week.
constexpr std::int64_t kMonday = 1795428000;

void open_staff_page(UiHarness& h) {
    h.log_in_staff();
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

// A harness whose device checks the clock (fake NTP, not synchronised yet).
Config checking_clock(Config c) {
    c.device.check_clock = true;
    return c;
}

TEST_CASE("staff see that the clock is not synchronised and can say it is right") {
    UiHarness h(checking_clock(kiosk::test::staff_test_config()));
    REQUIRE_FALSE(h.model().device().clock_trusted);
    open_staff_page(h);
    h.take_actions();
    REQUIRE(h.visible("staff.clock_confirm"));
    CHECK(h.item("staff.clock_confirm").label == "Datum en tijd kloppen");
    CHECK(h.model().catalog().format("en", "staff.device.clock_now",
                                     {{"time", h.model().device().clock_text}}) ==
          "The kiosk's clock says: " + h.model().device().clock_text + ".");
    h.tap("staff.clock_confirm");
    CHECK(emitted_confirm(h.take_actions()));

    // The action path told the device: the clock is trusted, the notice and its button go.
    CHECK(h.device().clock_trusted());
    CHECK(h.model().device().clock_trusted);
    h.step(2);
    CHECK_FALSE(h.visible("staff.clock_confirm"));
}

TEST_CASE("a clock earlier than the software cannot be vouched for") {
    UiHarness h(kiosk::test::staff_test_config());
    DeviceStatus d = untrusted_clock();
    d.clock_text = "1970-01-01 01:00";
    d.clock_before_build = true;
    h.model().set_device(d);
    open_staff_page(h);
    CHECK_FALSE(h.visible("staff.clock_confirm"));
    CHECK(h.visible("staff.groups")); // the rest of the page still works
}

TEST_CASE("until the clock is trusted the groups have no sessions and record nothing") {
    UiHarness h(checking_clock(kiosk::test::staff_test_config()));
    h.enable_groups(kMonday);
    CHECK(h.model().groups().sessions.empty()); // rather none than wrong ones
    CHECK(h.model().groups().clock_unknown);

    h.tap("home.tile.groups");
    REQUIRE(h.screen() == "groups");
    h.tap("groups.interest"); // disabled: an interest form would record a time
    h.tap("groups.cancel");
    CHECK(h.screen() == "groups");

    // Even if an action got through, the action path refuses to record it, and says why.
    h.apply(action::SubmitInterest{false});
    CHECK(h.model().interest().failed);
    h.log_in_staff();
    h.apply(action::ExportAttendance{"/tmp"});
    CHECK(h.model().staff_export().written.empty());
    CHECK(h.model().staff_export().error.find("clock") != std::string::npos);
    h.apply(action::Open{{ScreenId::StaffStats, "experience"}});
    CHECK(h.screen() == "staff"); // statistics need the date

    // NTP synchronises: the next look at the clock trusts it and the groups open.
    h.clock().synced = true;
    h.advance(std::chrono::seconds(6));
    h.step(1);
    CHECK(h.model().device().clock_trusted);
    CHECK_FALSE(h.model().groups().sessions.empty());
    CHECK_FALSE(h.model().groups().clock_unknown);
}

TEST_CASE("a screen that cannot be switched is on the staff page with what to do") {
    float groups_y = 0; // without a problem (one harness at a time: ImGui is global)
    {
        UiHarness plain(kiosk::test::staff_test_config());
        open_staff_page(plain);
        groups_y = plain.item("staff.groups").min.y;
    }

    UiHarness h(kiosk::test::staff_test_config());
    DeviceStatus d;
    d.screen_switch = "backlight /sys/class/backlight/10-0045";
    d.problems = {"no permission to write /sys/class/backlight/10-0045/bl_power: add the "
                  "kiosk's user to the group \"video\""};
    h.model().set_device(d);
    open_staff_page(h);
    // The problem is a callout at the top of the page: the buttons move down for it.
    CHECK(h.item("staff.groups").min.y > groups_y + 40);
    CHECK(h.model()
              .catalog()
              .format("en", "staff.device.screen_problem", {{"detail", d.problems[0]}})
              .rfind("The screen cannot be switched off and on: no permission", 0) == 0);
}
