// Headless UI: the information screens with the shipped content pack — topics, a
// substance and its sections, the mixing checker, emergency, help with its QR code.
#include "support/ui_harness.hpp"
#include "ui/widgets/qr_code.hpp"

#include <imgui.h>

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

TEST_CASE("from home a substance page is three taps away, with its sections") {
    UiHarness h;
    h.tap("home.tile.info");
    REQUIRE(h.visible("info.topic.substances"));
    h.tap("info.topic.substances");
    CHECK(h.screen() == "substances");
    h.tap("substance.cocaine");
    CHECK(h.screen() == "substance");
    CHECK(h.model().place().topic == "cocaine");
    CHECK(h.item("section.cocaine.what").label == "Wat is het?");
    h.tap("section.cocaine.risks"); // opens
    CHECK(h.ui().state().open_sections.at("section.cocaine.risks"));
    h.tap("section.cocaine.risks"); // and closes again
    CHECK_FALSE(h.ui().state().open_sections.at("section.cocaine.risks"));
}

TEST_CASE("every topic tile leads to a screen with content") {
    UiHarness h;
    for (const char* topic : {"substances", "mixing", "emergency", "safer_use", "drug_checking",
                              "infections", "mental_health", "help"}) {
        INFO(topic);
        if (h.screen() != "home")
            h.tap("nav.home");
        h.tap("home.tile.info");
        h.tap(std::string("info.topic.") + topic);
        CHECK(h.screen() != "info");
        CHECK(h.visible("nav.quick_exit"));
        CHECK(h.visible("nav.emergency"));
    }
}

TEST_CASE("the mixing checker: pick two substances, see the risk in words") {
    UiHarness h;
    h.apply(action::Open{{ScreenId::Mixing, ""}});
    h.step(2);
    h.tap("mixing.pick.alcohol");
    CHECK(h.model().mix_first() == "alcohol");
    CHECK_FALSE(h.visible("mixing.pick.alcohol")); // cannot pick the same twice
    h.tap("mixing.pick.ghb");
    CHECK(h.model().mix_second() == "ghb");
    REQUIRE(h.visible("mixing.result.dangerous"));
    CHECK(h.item("mixing.result.dangerous").label == "Gevaarlijk");
    h.tap("mixing.slot.1"); // tapping a chosen slot empties it
    CHECK(h.model().mix_second().empty());
    CHECK(h.visible("mixing.pick.cannabis"));
}

TEST_CASE("the mixing checker filters substances with the on-screen keyboard") {
    UiHarness h;
    h.apply(action::Open{{ScreenId::Mixing, ""}});
    h.step(2);
    h.tap("mixing.search");
    REQUIRE(h.visible("kb.latin.k"));
    h.type("keta");
    CHECK(h.model().mix_filter().text() == "keta");
    CHECK(h.visible("mixing.pick.ketamine"));
    CHECK_FALSE(h.visible("mixing.pick.alcohol"));
    h.tap("mixing.pick.ketamine");
    CHECK(h.model().mix_first() == "ketamine");
    CHECK(h.model().mix_filter().empty());
}

TEST_CASE("a substance page links its risky combinations to the mixing checker") {
    UiHarness h(kiosk::test::test_config(), 800, 1600); // tall: everything on screen
    h.apply(action::Open{{ScreenId::Substance, "ghb"}});
    h.step(2);
    for (const char* part : {"what", "effects", "risks", "safer_use", "overdose"})
        CHECK(h.visible(std::string("section.ghb.") + part));
    h.tap("section.ghb.what"); // close the open section so the list fits
    REQUIRE(h.visible("section.ghb.avoid"));
    h.tap("section.ghb.avoid");
    REQUIRE(h.visible("avoid.alcohol"));
    h.tap("avoid.alcohol");
    CHECK(h.screen() == "mixing");
    CHECK(h.model().mix_first() == "ghb");
    CHECK(h.model().mix_second() == "alcohol");
    CHECK(h.visible("mixing.result.dangerous"));
}

TEST_CASE("emergency is one tap from every visitor screen") {
    UiHarness h;
    for (ScreenId s : {ScreenId::Home, ScreenId::Info, ScreenId::Mixing, ScreenId::Help,
                       ScreenId::Groups, ScreenId::Search}) {
        h.apply(action::Home{});
        h.apply(action::Open{{s, ""}});
        h.step(2);
        INFO(screen_name(s));
        h.tap("nav.emergency");
        CHECK(h.screen() == "emergency");
    }
}

TEST_CASE("help: need, organisation, and its QR code, example data is marked") {
    UiHarness h;
    h.apply(action::Open{{ScreenId::Help, ""}});
    h.step(2);
    REQUIRE(h.visible("help.need.housing"));
    h.tap("help.need.housing");
    CHECK(h.screen() == "help-need");
    REQUIRE(h.visible("org.night_shelter"));
    h.tap("org.night_shelter");
    CHECK(h.screen() == "organisation");
    CHECK(h.model().place().topic == "night_shelter");
}

TEST_CASE("large text and high contrast are in reach everywhere and reset with the visit") {
    UiHarness h;
    h.tap("home.tile.info");
    h.tap("nav.display");
    h.tap("display.large_text");
    h.tap("display.high_contrast");
    CHECK(h.model().large_text());
    CHECK(h.model().high_contrast());
    CHECK(h.ui().theme_for(h.model()).body_px > h.ui().theme().body_px);
    h.tap("display.close");
    CHECK_FALSE(h.visible("display.close"));
    h.tap("nav.quick_exit");
    CHECK_FALSE(h.model().large_text());
    CHECK_FALSE(h.model().high_contrast());
}

TEST_CASE("a substance the pack does not have says so instead of failing") {
    UiHarness h;
    h.apply(action::Open{{ScreenId::Substance, "no-such-thing"}});
    h.step(2);
    CHECK(h.screen() == "substance");
    CHECK(h.runner().consecutive_failures() == 0);
}

TEST_CASE("search finds substances by street name") {
    UiHarness h;
    h.tap("home.tile.search");
    h.type("coke");
    REQUIRE(h.visible("search.result.substance.cocaine"));
    h.tap("search.result.substance.cocaine");
    CHECK(h.screen() == "substance");
}

TEST_CASE("the organisation screen's QR code encodes its link, impossible text is refused") {
    UiHarness h;
    bool drawn = false, refused = true;
    h.set_draw_override([&] {
        ImGui::Begin("qr-test");
        drawn = ui::qr_code("https://example.org/night-shelter", 200);
        refused = ui::qr_code(std::string(8000, 'x'), 200); // beyond QR capacity
        ImGui::End();
    });
    h.step();
    CHECK(drawn);
    CHECK_FALSE(refused);
}

TEST_CASE("a passage the pack lacks in the visitor's language says it is shown in English") {
    UiHarness h;
    auto pack = std::make_shared<content::ContentPack>(*h.model().content());
    for (auto& s : pack->substances)
        if (s.meta.id == "ketamine")
            s.text.erase("ru");
    h.model().set_content(pack);
    h.apply(action::ChooseLanguage{"ru"});
    h.apply(action::Open{{ScreenId::Substance, "ketamine"}});
    h.step(2);
    CHECK(h.shows("Эта часть пока не на твоём языке. Она показана на английском."));
    CHECK(h.item("section.ketamine.what").label == "Что это?"); // headings stay Russian
    h.apply(action::Open{{ScreenId::Substance, "cocaine"}});
    h.step(2);
    CHECK_FALSE(h.shows("Эта часть пока не на твоём языке"));
}

TEST_CASE("search and the mixing filter find a substance by its Dutch or English street name") {
    UiHarness h;
    h.apply(action::ChooseLanguage{"pl"});
    h.apply(action::Open{{ScreenId::Search, ""}});
    h.step(2);
    h.type("pillen");       // Dutch only
    h.tap("kb.latin.done"); // the keyboard makes room for the results
    CHECK(h.visible("search.result.substance.mdma"));
    h.apply(action::Open{{ScreenId::Mixing, ""}});
    h.step(2);
    h.tap("mixing.search");
    h.type("whizz"); // English only
    CHECK(h.visible("mixing.pick.amphetamine"));
    CHECK_FALSE(h.visible("mixing.pick.alcohol"));
}

TEST_CASE("a dangerous mix leads straight to overdose first aid") {
    UiHarness h;
    h.apply(action::ChooseLanguage{"en"});
    h.apply(action::CheckMix{"alcohol", "ghb"});
    h.step(2);
    REQUIRE(h.visible("mixing.result.dangerous"));
    h.tap("mixing.first_aid");
    CHECK(h.screen() == "emergency");
    h.apply(action::CheckMix{"cannabis", "lsd"});
    h.step(2);
    CHECK_FALSE(h.visible("mixing.first_aid")); // "caution": take care, not first aid
}

namespace {

// Whether the emergency screen, scrolled to its end, shows `text` (one harness at a time:
// they share ImGui's context).
bool emergency_shows(const std::string& address, const std::string& text) {
    Config config = kiosk::test::test_config();
    config.location_address = address;
    UiHarness h(config);
    h.apply(action::ChooseLanguage{"en"});
    h.apply(action::Open{{ScreenId::Emergency, ""}});
    h.step(2);
    h.scroll_to("section.emergency.naloxone");
    return h.shows(text);
}

} // namespace

TEST_CASE("the emergency screen shows this kiosk's address or says to ask staff") {
    CHECK(emergency_shows("Voorbeeldstraat 1, Amsterdam",
                          "The address here: Voorbeeldstraat 1, Amsterdam"));
    CHECK(emergency_shows("", "Ask a staff member for the address here."));
    CHECK_FALSE(emergency_shows("", "The address here:"));
}
