// The staff sync screen: reachable only through the PIN, says in plain words how far
// behind the kiosk is and what went wrong, lists refused events, and "send now" asks the
// uploader to try at once.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

constexpr std::int64_t kNow = 1795367109; // 2026-11-22T17:05:09Z

SyncStatusView behind_and_offline() {
    SyncStatusView s;
    s.now_unix = kNow;
    s.configured = true;
    s.server = "https://events.example.org";
    s.waiting = 42;
    s.oldest_waiting_unix = kNow - 3 * 86400;
    s.last_success_unix = kNow - 3 * 86400 - 600;
    s.problem = "offline";
    s.problem_detail = "Could not connect to server";
    s.problem_unix = kNow - 7200;
    s.next_attempt_unix = kNow + 300;
    s.quarantined = 1;
    s.quarantined_events = {{"signup.created", "2026-11-20T10:00:00Z",
                             "rejected by the server: id already stored with different content"}};
    s.pressure = "near";
    s.outbox_bytes = 85;
    s.outbox_cap_bytes = 100;
    return s;
}

std::string all_text(const UiHarness& h) {
    std::string text;
    for (const auto& line : h.ui().texts())
        if (line.button_id.empty())
            text += line.text + "\n";
    return text;
}

// What the uploader reports, and (for the bundle lines) what is installed on disk, as the
// action path reads them when staff open the sync screen.
void serve(UiHarness& h, const SyncStatusView& s) {
    h.set_wall_clock(kNow);
    h.uploads().status_shown = s;
    SyncStatusView on_disk;
    on_disk.bundle_version = s.bundle_version;
    on_disk.bundle_previous = s.bundle_previous;
    on_disk.bundle_can_roll_back = s.bundle_can_roll_back;
    h.actions().context().bundle_state = on_disk;
}

bool has_action_send_now(const std::vector<Action>& actions) {
    for (const auto& a : actions)
        if (std::holds_alternative<action::SendNow>(a))
            return true;
    return false;
}

} // namespace

TEST_CASE("the sync screen opens only for signed-in staff", "[ui][sync]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.apply(action::Open{{ScreenId::StaffSync, ""}});
    h.step(2);
    CHECK(h.screen() == "home");
    h.log_in_staff();
    REQUIRE(h.screen() == "staff");
    h.tap("staff.sync");
    CHECK(h.screen() == "staff-sync");
}

TEST_CASE("the sync screen tells staff how far behind the kiosk is and why", "[ui][sync]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.apply(action::ChooseLanguage{"en"});
    h.log_in_staff();
    serve(h, behind_and_offline());
    h.tap("staff.sync");
    h.step(2);
    const std::string text = all_text(h);
    CHECK_THAT(text, Catch::Contains("Waiting to be sent: 42"));
    CHECK_THAT(text, Catch::Contains("The oldest has been waiting for 3 days."));
    CHECK_THAT(text, Catch::Contains("Last sent 3 days ago."));
    CHECK_THAT(text, Catch::Contains("No connection to the server."));
    CHECK_THAT(text, Catch::Contains("Next try in 5 minutes."));
    CHECK_THAT(text, Catch::Contains("85% full"));
    CHECK_THAT(text, Catch::Contains("Refused by the server: 1"));
    CHECK_THAT(text, Catch::Contains("different content"));

    h.take_actions();
    h.tap("staff.sync.send_now");
    CHECK(has_action_send_now(h.take_actions()));
}

TEST_CASE("without an upload server the sync screen says everything stays local", "[ui][sync]") {
    UiHarness h(kiosk::test::staff_test_config());
    serve(h, SyncStatusView{}); // not configured
    h.apply(action::ChooseLanguage{"en"});
    h.log_in_staff();
    h.tap("staff.sync");
    h.step(2);
    CHECK_THAT(all_text(h), Catch::Contains("Sending is not set up on this kiosk"));
    CHECK_FALSE(h.visible("staff.sync.send_now"));
}

TEST_CASE("logging out wipes the sync screen from view", "[ui][sync]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.log_in_staff();
    serve(h, behind_and_offline());
    h.tap("staff.sync");
    h.apply(action::StaffLogout{});
    h.step(2);
    CHECK(h.screen() == "home");
}

TEST_CASE("the installed bundle is shown, with a refused one's reason and a way back",
          "[ui][sync]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.apply(action::ChooseLanguage{"en"});
    h.log_in_staff();
    SyncStatusView s = behind_and_offline();
    s.bundle_version = 7;
    s.bundle_checked_unix = kNow - 1800;
    s.bundle_problem = "bundle signature does not match the configured key";
    s.bundle_can_roll_back = true;
    serve(h, s);
    h.tap("staff.sync");
    h.step(2);
    const std::string text = all_text(h);
    CHECK_THAT(text, Catch::Contains("Installed update: version 7"));
    CHECK_THAT(text, Catch::Contains("Last checked 30 minutes ago."));
    CHECK_THAT(text, Catch::Contains("does not match the configured key"));
    h.take_actions();
    h.tap("staff.sync.roll_back");
    bool rolled_back = false;
    for (const auto& a : h.take_actions())
        rolled_back = rolled_back || std::holds_alternative<action::RollBackBundle>(a);
    CHECK(rolled_back);
    // The action path tried it (nothing to roll back in this test's data folder) and says so.
    CHECK_FALSE(h.actions().context().rollback_message.empty());
}

TEST_CASE("staff see the console's alert channel only when the kiosk takes it", "[ui][sync]") {
    const auto sync_screen_text = [](const SyncStatusView& s) {
        UiHarness h(kiosk::test::staff_test_config());
        h.apply(action::ChooseLanguage{"en"});
        h.log_in_staff();
        serve(h, s);
        h.tap("staff.sync");
        h.step(2);
        return all_text(h);
    };
    SyncStatusView s = behind_and_offline();
    CHECK_THAT(sync_screen_text(s), !Catch::Contains("from the console"));
    s.alerts_configured = true;
    CHECK_THAT(sync_screen_text(s), Catch::Contains("No drug alerts from the console yet."));
    s.alerts_version = 1796385600;
    s.alerts_problem = "the alert channel only takes drug alerts, and this bundle also carries "
                       "content/pack.toml";
    const std::string text = sync_screen_text(s);
    CHECK_THAT(text, Catch::Contains("Drug alerts from the console: version 1796385600"));
    CHECK_THAT(text, Catch::Contains("The last drug alerts from the console were refused: the "
                                     "alert channel only takes drug alerts"));
}

TEST_CASE("after a rollback to the built-in content the button offers the update again",
          "[ui][sync]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.apply(action::ChooseLanguage{"en"});
    h.log_in_staff();
    SyncStatusView s = behind_and_offline();
    s.bundle_previous = 7;
    s.bundle_can_roll_back = true;
    serve(h, s);
    h.tap("staff.sync");
    h.scroll_to("staff.sync.roll_back");
    CHECK(h.item("staff.sync.roll_back").label == "Use update version 7 again");
    CHECK_THAT(all_text(h), Catch::Contains("No update installed."));
}

TEST_CASE("the staff page says whether read aloud works, and why not in plain words") {
    UiHarness h(kiosk::test::staff_test_config());
    h.log_in_staff();
    CHECK(h.shows(h.model().tr("staff.speech.off")));

    ui::SpeechStaffView broken;
    broken.enabled = true;
    broken.output = "ALSA device default";
    broken.problem = "the sound device default cannot be opened: no such device";
    h.set_speech_status(broken);
    h.step(2);
    CHECK(all_text(h).find("cannot be opened: no such device") != std::string::npos);

    ui::SpeechStaffView working = broken;
    working.problem.clear();
    working.spoken = true;
    working.first_sound_ms = 87.4;
    h.set_speech_status(working);
    h.step(2);
    const std::string text = all_text(h);
    CHECK(text.find("ALSA device default") != std::string::npos);
    CHECK(text.find("87 ms") != std::string::npos);
    CHECK(text.find("cannot be opened") == std::string::npos);
}
