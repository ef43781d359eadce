// Listen in the top bar: where the kiosk can speak, every visitor screen offers it, whole and
// tappable at every supported size and in every language, without pushing the home screen's
// tiles off an 800x480 screen; a tap turns listening on and quick exit turns it off again.
#include "support/ui_harness.hpp"

#include "core/screen_id.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

using kiosk::test::speaking_config;

namespace {

bool overlaps(const ui::TapItem& a, const ui::TapItem& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

} // namespace

TEST_CASE("Listen is whole and apart from the other top bar buttons on every visitor screen") {
    for (const auto& [w, hgt] :
         {std::pair{800.0f, 480.0f}, std::pair{720.0f, 1280.0f}, std::pair{1920.0f, 1080.0f}})
        for (const char* lang : {"nl", "ru", "ar"})
            for (const bool large : {false, true}) {
                UiHarness h(speaking_config(), w, hgt);
                h.apply(action::ChooseLanguage{lang});
                if (large)
                    h.apply(action::ToggleLargeText{});
                for (const char* screen : {"home", "info", "substances", "emergency", "search"}) {
                    h.apply(action::Open{{*parse_screen_name(screen), ""}});
                    h.step(2);
                    INFO(w << "x" << hgt << " " << lang << (large ? " large " : " ") << screen);
                    REQUIRE(h.visible("nav.listen"));
                    const auto& listen = h.item("nav.listen");
                    CHECK(listen.min.x >= 0);
                    CHECK(listen.max.x <= h.transform().logical_width());
                    CHECK(listen.max.x - listen.min.x >= 48);
                    CHECK(listen.max.y - listen.min.y >= 48);
                    CHECK_FALSE(listen.clipped);
                    for (const char* other :
                         {"nav.emergency", "nav.display", "nav.quick_exit", "nav.back", "nav.home"})
                        if (h.visible(other)) {
                            INFO(other);
                            CHECK_FALSE(overlaps(listen, h.item(other)));
                        }
                }
            }
}

TEST_CASE("with Listen the home screen's bar keeps one row at 800x480, so its tiles stay whole") {
    const char* const tiles[] = {"home.tile.info", "home.tile.groups", "home.tile.search"};
    for (const char* lang : {"nl", "en", "ar", "fa", "pl", "ro", "ru", "uk", "es", "fr", "tr"}) {
        INFO(lang);
        float whole[3] = {};
        {
            // The tiles' whole height, seen with the page scrolled to its end (one harness at
            // a time: each owns the ImGui context).
            UiHarness scrolled(speaking_config(), 800, 480);
            scrolled.apply(action::ChooseLanguage{lang});
            scrolled.step(2);
            scrolled.drag({400, 440}, -400, 8, 16);
            scrolled.step(60); // let a fling settle
            for (int i = 0; i < 3; ++i)
                whole[i] = scrolled.item(tiles[i]).max.y - scrolled.item(tiles[i]).min.y;
        }
        UiHarness h(speaking_config(), 800, 480);
        h.apply(action::ChooseLanguage{lang});
        h.step(2);
        const auto& listen = h.item("nav.listen");
        const auto& exit = h.item("nav.quick_exit");
        CHECK(listen.min.y == exit.min.y); // one row
        CHECK(h.item("nav.emergency").min.y == exit.min.y);
        for (int i = 0; i < 3; ++i) {
            INFO(tiles[i]);
            REQUIRE(h.visible(tiles[i]));
            const auto& seen = h.item(tiles[i]); // clipped to what is on screen
            CHECK(seen.max.y - seen.min.y >= whole[i] - 0.5f);
        }
    }
}

TEST_CASE("a tap on Listen starts listening, a second tap stops it, quick exit ends it") {
    UiHarness h(speaking_config());
    CHECK_FALSE(h.model().listening());
    h.tap("nav.listen");
    CHECK(h.model().listening());
    h.tap("nav.listen");
    CHECK_FALSE(h.model().listening());
    h.tap("nav.listen");
    h.tap("home.tile.info");
    CHECK(h.model().listening()); // the mode lasts the visit: each new screen is read
    h.tap("nav.quick_exit");
    CHECK_FALSE(h.model().listening());
}

TEST_CASE("without speech the bar has no Listen") {
    Config c = kiosk::test::test_config();
    c.speech.enabled = false;
    UiHarness h(c);
    h.tap("home.tile.info");
    CHECK_FALSE(h.visible("nav.listen"));
    CHECK(h.visible("nav.emergency"));
}
