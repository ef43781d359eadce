// Headless UI: staff set read aloud on the kiosk itself (the staff "Read aloud" screen): the
// volume every visit starts at, the sound output, private listening. Each change holds at
// once, asks for a test sound where it changes what is heard, is kept in the database over
// the config file (read back as at a restart), and "use the config file" brings the file's
// values back. Private listening decides whether a member code is spoken.
#include "services/speech_settings.hpp"
#include "store/kiosk_settings.hpp"
#include "support/signup_steps.hpp"
#include "support/ui_harness.hpp"
#include "ui/speech_script.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

const std::string kJack = "plughw:CARD=Headphones,DEV=0";

// What the app's speech link reports: speech works, and the outputs ALSA listed.
ui::SpeechStaffView working_speech() {
    ui::SpeechStaffView v;
    v.enabled = true;
    v.output = "ALSA device default";
    v.outputs = {{"", "default"}, {kJack, "bcm2835 Headphones"}};
    return v;
}

void open_speech_screen(UiHarness& h) {
    h.log_in_staff();
    h.tap("staff.speech");
    REQUIRE(h.screen() == "staff-speech");
}

// What read aloud would say on the screen now, with the kiosk's private-listening setting.
std::string said(UiHarness& h) {
    std::string all;
    for (const auto& line :
         ui::speech_script(h.model(), h.ui().texts(), h.model().speech().private_output))
        all += line.text + "\n";
    return all;
}

std::string sign_up_new(UiHarness& h) {
    test::open_signup(h, "experience");
    h.tap("consent.agree");
    h.tap("signup.new_code");
    h.tap("symbol.fish");
    h.tap("signup.skip");
    REQUIRE(h.screen() == "signup-done");
    return h.model().outcome().code;
}

} // namespace

TEST_CASE("staff change read aloud on the kiosk: in force at once, kept over the config file") {
    const Config config = test::staff_test_config();
    UiHarness h(config);
    h.set_speech_status(working_speech());
    open_speech_screen(h);
    const Catalog& c = h.model().catalog();
    CHECK(h.shows(c.format(h.model().language(), "staff.speech.volume", {{"percent", "70"}})));
    CHECK_FALSE(h.visible("staff.speech.use_config")); // nothing changed here yet

    const std::uint64_t tests = h.model().speech_test_cue();
    h.tap("staff.speech.test");
    CHECK(h.model().speech_test_cue() == tests + 1);

    h.tap("staff.speech.louder");
    CHECK(h.model().speech().volume == 80);
    CHECK(h.model().speech_test_cue() == tests + 2); // staff hear the new volume
    CHECK(h.shows(c.format(h.model().language(), "staff.speech.volume", {{"percent", "80"}})));
    h.tap("staff.speech.output." + kJack);
    CHECK(h.model().speech().device == kJack);
    CHECK(h.model().speech_test_cue() == tests + 3); // and the new output
    h.tap("staff.speech.private.on");
    CHECK(h.model().speech().private_output);
    CHECK(h.shows(c.text(h.model().language(), "staff.speech.kept")));
    CHECK(h.visible("staff.speech.use_config"));

    // Kept in the database: what the next start reads, by whom.
    const SpeechSettings again = services::load_speech_settings(h.db(), config.speech);
    CHECK(again.speech == h.model().speech());
    CHECK(again.changed_here);
    CHECK(again.changed_by == "Sam");
    CHECK(store::read_kiosk_settings(h.db()).size() == 3);

    // The next visit starts at the new volume; a visitor's own change ends with the visit.
    h.tap("staff.logout");
    CHECK(h.model().volume() == 80);
    h.model().step_volume(-30);
    CHECK(h.model().volume() == 50);
    h.apply(action::QuickExit{});
    CHECK(h.model().volume() == 80);

    // Back to the config file: its values, nothing kept.
    open_speech_screen(h);
    h.tap("staff.speech.use_config");
    CHECK(h.model().speech() == config.speech);
    CHECK_FALSE(h.model().speech_settings().changed_here);
    CHECK(store::read_kiosk_settings(h.db()).empty());
    CHECK_FALSE(h.visible("staff.speech.use_config"));
    CHECK(services::load_speech_settings(h.db(), config.speech).speech == config.speech);
}

TEST_CASE("a stored setting that is not allowed is skipped and the config file's value holds") {
    const Config config = test::staff_test_config();
    UiHarness h(config);
    store::put_kiosk_setting(h.db(), {"speech.volume", "loud", "Sam", "2026-12-04T08:00:00Z"});
    store::put_kiosk_setting(h.db(), {"speech.device", "hw:0 ; rm", "Sam", "2026-12-04T08:00:00Z"});
    store::put_kiosk_setting(h.db(),
                             {"speech.private_output", "true", "Ana", "2026-12-04T09:00:00Z"});
    const SpeechSettings loaded = services::load_speech_settings(h.db(), config.speech);
    CHECK(loaded.speech.volume == config.speech.volume);
    CHECK(loaded.speech.device == config.speech.device);
    CHECK(loaded.speech.private_output);
    CHECK(loaded.changed_by == "Ana");
}

TEST_CASE("private listening decides whether a new member code is read aloud") {
    const Config config = test::staff_test_config();
    UiHarness h(config);
    h.enable_groups(test::kScheduleMonday);
    h.set_speech_status(working_speech());
    const std::string read_there = h.model().tr("speech.read_from_screen");

    sign_up_new(h);
    std::string heard = said(h);
    CHECK(heard.find(read_there) != std::string::npos);
    CHECK(heard.find(h.item("signup.code").label) == std::string::npos);

    h.apply(action::QuickExit{});
    open_speech_screen(h);
    h.tap("staff.speech.private.on");
    h.tap("staff.logout");
    sign_up_new(h);
    heard = said(h);
    CHECK(heard.find(h.item("signup.code").label) != std::string::npos);
    CHECK(heard.find(read_there) == std::string::npos);
}

TEST_CASE("an output chosen earlier but not found now is still shown, marked, and chosen") {
    Config config = test::staff_test_config();
    config.speech.device = "plughw:CARD=Device,DEV=0"; // a USB headset, unplugged
    UiHarness h(config);
    h.set_speech_status(working_speech());
    open_speech_screen(h);
    h.scroll_to("staff.speech.output.plughw:CARD=Device,DEV=0");
    const ui::TapItem& missing = h.item("staff.speech.output.plughw:CARD=Device,DEV=0");
    CHECK(missing.label == h.model().catalog().format(h.model().language(),
                                                      "staff.speech.output_missing",
                                                      {{"device", config.speech.device}}));
    h.tap("staff.speech.output.");
    CHECK(h.model().speech().device.empty()); // ALSA's default
}
