// Headless UI: drag-to-scroll, inertia, and a press that becomes a drag never taps.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

#include <imgui.h>
#include <imgui_internal.h>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {
float page_scroll(const char* page) {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string(w->Name).find(page) != std::string::npos)
            return w->Scroll.y;
    return -1;
}
} // namespace

TEST_CASE("dragging a long page scrolls it, and a fling keeps it moving then stops") {
    UiHarness h(kiosk::test::test_config(), 800, 320); // short screen: a long page
    h.apply(action::Open{{ScreenId::Groups, ""}});
    h.step(2);
    REQUIRE(page_scroll("page.groups") == 0);
    h.drag(Point{400, 300}, -120, 6, 16);
    h.step();
    const float after_drag = page_scroll("page.groups");
    CHECK(after_drag > 80);
    CHECK(h.last_frame_wanted_animation()); // inertia is running
    h.step(10);
    const float later = page_scroll("page.groups");
    CHECK(later > after_drag);
    h.step(200);
    CHECK_FALSE(h.last_frame_wanted_animation()); // and it comes to rest
    const float rest = page_scroll("page.groups");
    h.step(5);
    CHECK(page_scroll("page.groups") == rest);
}

TEST_CASE("a press that turns into a drag does not tap the button under the finger") {
    UiHarness h(kiosk::test::test_config(), 800, 360); // small: home must scroll
    const auto& english = h.item("home.lang.en");
    const Point start{(english.min.x + english.max.x) / 2, (english.min.y + english.max.y) / 2};
    h.take_actions();
    h.drag(start, -60, 6, 16);
    h.step(3);
    for (const Action& a : h.take_actions())
        CHECK_FALSE(std::holds_alternative<action::ChooseLanguage>(a));
    CHECK(h.model().language() == "nl");
}

TEST_CASE("a small wobble during a tap is still a tap") {
    UiHarness h;
    const auto& english = h.item("home.lang.en");
    const Point start{(english.min.x + english.max.x) / 2, (english.min.y + english.max.y) / 2};
    h.drag(start, 4, 2, 16);
    h.step(2);
    CHECK(h.model().language() == "en");
}

TEST_CASE("hover does not stick after a tap") {
    UiHarness h;
    h.tap("home.lang.en");
    h.step(2);
    CHECK(ImGui::GetIO().MousePos.x < -1e6f);
    CHECK(ImGui::GetCurrentContext()->HoveredId == 0);
}
