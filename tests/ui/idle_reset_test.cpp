// Headless UI: "Still there?" and the full reset, with an injected clock.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using namespace std::chrono_literals;
using kiosk::test::UiHarness;

TEST_CASE("after the idle time the prompt appears and the visitor can continue") {
    UiHarness h;
    h.tap("home.lang.en");
    h.tap("home.tile.search");
    h.type("help");
    h.advance(89s);
    h.step();
    CHECK_FALSE(h.visible("idle.continue"));
    h.advance(2s);
    h.step();
    REQUIRE(h.visible("idle.continue"));
    CHECK(h.visible("idle.start_over"));
    CHECK_FALSE(h.visible("nav.quick_exit")); // only the prompt's buttons are live
    h.tap("idle.continue");
    CHECK_FALSE(h.visible("idle.continue"));
    CHECK(h.model().search_text().text() == "help");
    CHECK(h.model().language() == "en");
}

TEST_CASE("the prompt gives at least 20 seconds, then everything of the visit is wiped") {
    UiHarness h;
    h.tap("home.lang.pl");
    h.tap("home.tile.groups");
    h.drag(Point{400, 400}, -200); // scroll the page
    h.step(40);
    h.tap("nav.home");
    h.tap("home.tile.search");
    h.type("tajne");
    h.tap("kb.latin.to-digits");
    const auto generation = h.model().visit_generation();

    h.advance(91s);
    h.step();
    REQUIRE(h.visible("idle.continue"));
    h.advance(19s);
    h.step();
    CHECK(h.visible("idle.continue")); // still waiting for an answer after 19 s
    h.advance(11s);
    h.step(2);

    CHECK(h.model().visit_generation() == generation + 1);
    CHECK(h.screen() == "home");
    CHECK(h.model().language() == "nl");
    CHECK(h.model().search_text().empty());
    CHECK_FALSE(h.model().can_go_back());
    CHECK(h.ui().state().scrolls.size() <= 1); // only the home page, freshly at the top
    for (const auto& [id, scroll] : h.ui().state().scrolls)
        CHECK(scroll.scroll_y == 0);
    CHECK(h.ui().state().keyboard_layout.empty());
    // Nothing typed is anywhere on screen.
    for (const auto& item : h.ui().taps())
        CHECK(item.label.find("tajne") == std::string::npos);
    h.tap("home.tile.search");
    CHECK(h.visible("kb.latin.q")); // keyboard back on its default page
    CHECK(h.model().search_text().empty());
}

TEST_CASE("start over from the prompt resets at once") {
    UiHarness h;
    h.tap("home.tile.info");
    h.advance(95s);
    h.step();
    h.tap("idle.start_over");
    CHECK(h.screen() == "home");
    CHECK(h.model().visit_is_neutral());
}

TEST_CASE("a neutral home screen is never interrupted by the prompt") {
    UiHarness h;
    h.advance(3600s);
    h.step();
    CHECK_FALSE(h.visible("idle.continue"));
    CHECK_FALSE(h.model().next_deadline(h.now()).has_value());
}
