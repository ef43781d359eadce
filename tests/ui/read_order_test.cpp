// What read aloud says, from the frame's own list: the title first, texts in reading order,
// then the buttons by their labels; the same order in a right-to-left language; the bars'
// own buttons only on the home screen; the mixing risk in words; and nothing the speech
// bar shows counts as a text of the screen (it would cut the reading the moment Listen is on).
#include "support/signup_steps.hpp"
#include "support/ui_harness.hpp"

#include "ui/speech_script.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

using kiosk::test::speaking_config;

namespace {

std::vector<std::string> said(UiHarness& h) {
    std::vector<std::string> out;
    for (const auto& line : ui::speech_script(h.model(), h.ui().texts(), false))
        out.push_back(line.text);
    return out;
}

std::ptrdiff_t position(const std::vector<std::string>& lines, const std::string& text) {
    const auto it = std::find(lines.begin(), lines.end(), text);
    return it == lines.end() ? -1 : it - lines.begin();
}

} // namespace

TEST_CASE("the home screen is read from its title down, then its buttons, in nl, en and ar") {
    for (const char* lang : {"nl", "en", "ar"}) {
        UiHarness h(speaking_config());
        h.apply(action::ChooseLanguage{lang});
        h.step(2);
        INFO(lang);
        const auto lines = said(h);
        REQUIRE(lines.size() > 4);
        CHECK(lines[0] == h.model().tr("home.welcome"));
        CHECK(lines[1] == h.model().tr("home.anonymous"));
        CHECK(lines[2] == h.model().tr("home.choose_language"));
        const auto emergency =
            position(lines, h.model().catalog().format(lang, "speech.button",
                                                       {{"label", h.model().tr("nav.emergency")}}));
        // A tile is said with its title and its line: "Information. Drugs, ..., button".
        const auto info = std::find_if(lines.begin(), lines.end(), [&](const std::string& l) {
            return l.rfind(h.model().tr("home.info_title") + ". ", 0) == 0;
        });
        CHECK(emergency > 2);
        CHECK(info - lines.begin() > emergency);
        // The display button shows "Aa" but is said by its name.
        CHECK(position(lines,
                       h.model().catalog().format(lang, "speech.button",
                                                  {{"label", h.model().tr("display.title")}})) > 0);
    }
}

TEST_CASE("with Listen on, the speech bar adds no text to the screen and its buttons are said at "
          "home only") {
    UiHarness h(speaking_config());
    h.step(2);
    const auto before = said(h);
    h.tap("nav.listen");
    h.step(2);
    REQUIRE(h.visible("speech.louder"));
    const auto lines = said(h);
    std::vector<std::string> texts_before(before.begin(), before.begin() + 3);
    CHECK(std::vector<std::string>(lines.begin(), lines.begin() + 3) == texts_before);
    for (const auto& line : lines)
        CHECK(line.find("70%") == std::string::npos); // the volume is said only when it changes
    const std::string louder = h.model().catalog().format(
        "nl", "speech.button", {{"label", h.model().tr("speech.louder")}});
    CHECK(position(lines, louder) >= 0);
    h.tap("home.tile.info");
    CHECK(position(said(h), louder) == -1);
    CHECK(said(h).front() == h.model().tr("info.title"));
}

TEST_CASE("the mixing result is read with its risk in words") {
    UiHarness h(speaking_config());
    h.apply(action::ChooseLanguage{"en"});
    h.apply(action::CheckMix{"alcohol", "ghb"});
    h.step(2);
    const auto lines = said(h);
    const auto risk = std::find_if(lines.begin(), lines.end(), [&](const std::string& l) {
        return l.find(h.model().tr("mixing.risk.dangerous")) != std::string::npos;
    });
    CHECK(risk != lines.end());
}

TEST_CASE("an error that appears on the same screen is read out on its own (5.1.3.15)") {
    for (const std::string lang : {"nl", "ar"}) {
        INFO(lang);
        UiHarness h(speaking_config());
        h.enable_groups(test::kScheduleMonday);
        h.apply(action::ChooseLanguage{lang});
        h.apply(action::ToggleListening{});
        h.step(2); // the speech bar is in place before the next tap
        test::open_signup(h, "coaching");
        h.tap("consent.agree");
        h.tap("signup.yes_code");
        REQUIRE(h.screen() == "code-entry");
        const auto before = ui::speech_script(h.model(), h.ui().texts(), false);
        h.type("ZZZ222");
        // What is typed is never said on its own (a code, on a speaker).
        for (const auto& line :
             ui::lines_added(before, ui::speech_script(h.model(), h.ui().texts(), false)))
            CHECK(line.text.find("ZZZ") == std::string::npos);
        h.tap("signup.confirm");
        REQUIRE(h.screen() == "code-entry");
        const auto after = ui::speech_script(h.model(), h.ui().texts(), false);
        const auto added = ui::lines_added(before, after);
        const std::string refused = h.model().tr("signup.unknown_code");
        REQUIRE(added.size() >= 1);
        CHECK(added.front().text == refused); // said first, not the whole screen again
        CHECK(ui::lines_added(after, after).empty());
    }
}

TEST_CASE("with listening on, the PIN pad and the staff screens say nothing (5.1.3.8)") {
    Config config = speaking_config();
    config.staff_pins = test::staff_test_config().staff_pins;
    UiHarness h(config);
    h.apply(action::ToggleListening{});
    h.step(2);
    REQUIRE_FALSE(said(h).empty()); // the home screen does speak
    h.apply(action::Open{{ScreenId::StaffPin, ""}});
    h.step(2);
    REQUIRE(h.screen() == "staff-pin");
    for (const char digit : std::string("246")) {
        h.tap(std::string("pin.") + digit);
        CHECK(said(h).empty());
    }
    h.tap("pin.8");
    h.tap("pin.ok");
    REQUIRE(h.screen() == "staff");
    CHECK(said(h).empty());
    h.tap("staff.speech");
    CHECK(said(h).empty());
}
