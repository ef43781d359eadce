// Headless UI: moving between screens, choosing a language, quick exit, stable ids.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kiosk;
using kiosk::test::UiHarness;

TEST_CASE("home shows every enabled language by its own name, the tiles and quick exit") {
    UiHarness h;
    CHECK(h.screen() == "home");
    for (const auto& [code, name] :
         std::vector<std::pair<std::string, std::string>>{{"nl", "Nederlands"},
                                                          {"en", "English"},
                                                          {"pl", "Polski"},
                                                          {"ru", "Русский"},
                                                          {"uk", "Українська"},
                                                          {"tr", "Türkçe"}}) {
        INFO(code);
        CHECK(h.item("home.lang." + code).label == name);
    }
    CHECK(h.visible("home.tile.info"));
    CHECK(h.visible("home.tile.groups"));
    CHECK(h.visible("home.tile.search"));
    CHECK(h.visible("nav.quick_exit"));
    CHECK(h.visible("nav.emergency"));
    // Back and Home would lead nowhere here: the bar leaves them out (and keeps one row).
    CHECK_FALSE(h.visible("nav.home"));
    CHECK_FALSE(h.visible("nav.back"));
}

TEST_CASE("tiles open their screens, Back and Home bring the visitor back") {
    UiHarness h;
    h.tap("home.tile.info");
    CHECK(h.screen() == "info");
    CHECK(h.visible("nav.back"));
    h.tap("nav.back");
    CHECK(h.screen() == "home");
    h.tap("home.tile.groups");
    CHECK(h.screen() == "groups");
    h.tap("nav.home");
    CHECK(h.screen() == "home");
    h.tap("home.tile.search");
    CHECK(h.screen() == "search");
    CHECK(h.model().can_go_back());
}

TEST_CASE("choosing a language changes every label but no widget id") {
    UiHarness h;
    auto ids_nl = h.visible_ids();
    const std::string exit_nl = h.item("nav.quick_exit").label;
    h.tap("home.lang.en");
    CHECK(h.model().language() == "en");
    CHECK(h.item("nav.quick_exit").label == "Quick exit");
    CHECK(h.item("nav.quick_exit").label != exit_nl);
    CHECK(h.item("home.lang.en").label == "English");
    auto ids_en = h.visible_ids();
    std::sort(ids_nl.begin(), ids_nl.end());
    std::sort(ids_en.begin(), ids_en.end());
    CHECK(ids_nl == ids_en);
}

TEST_CASE("quick exit is on every visitor screen and wipes the visit at once") {
    UiHarness h;
    h.tap("home.lang.ru");
    h.tap("home.tile.search");
    h.type("кокаин");
    REQUIRE(h.model().search_text().text() == "кокаин");
    for (const char* screen : {"search", "info", "groups"}) {
        h.apply(action::Open{{*parse_screen_name(screen), ""}});
        h.step(2);
        INFO(screen);
        CHECK(h.visible("nav.quick_exit"));
    }
    const auto generation = h.model().visit_generation();
    h.tap("nav.quick_exit");
    CHECK(h.screen() == "home");
    CHECK(h.model().language() == "nl");
    CHECK(h.model().search_text().empty());
    CHECK_FALSE(h.model().can_go_back());
    CHECK(h.model().visit_generation() == generation + 1);
    CHECK(h.model().visit_is_neutral());
}

TEST_CASE("the UI fits at every supported screen size with all main controls reachable") {
    for (const auto& [w, h_] : std::vector<std::pair<float, float>>{
             {800, 480}, {1024, 600}, {1280, 720}, {1920, 1080}, {720, 1280}}) {
        UiHarness h(kiosk::test::test_config(), w, h_);
        INFO(w << "x" << h_);
        for (const char* id :
             {"nav.emergency", "nav.quick_exit", "home.tile.info", "home.tile.groups",
              "home.tile.search", "home.lang.nl", "home.lang.tr"}) {
            INFO(id);
            const auto& item = h.item(id);
            // Whole items, inside the screen, at least 48 px in both directions.
            CHECK(item.min.x >= 0);
            CHECK(item.max.x <= w);
            CHECK(item.max.y <= h_);
            CHECK(item.max.x - item.min.x >= 48);
            CHECK(item.max.y - item.min.y >= 48);
        }
    }
}
