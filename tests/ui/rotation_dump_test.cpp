// Headless UI: rotated rendering and touch agree, and the UI dump reports what is on
// screen in physical window pixels.
#include "support/ui_harness.hpp"
#include "ui/rotate_draw_data.hpp"
#include "ui/ui_dump.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <imgui.h>

#include <fstream>
#include <unistd.h>

using namespace kiosk;
using kiosk::test::UiHarness;

TEST_CASE("with the screen rotated, a touch at the visual spot hits the visual button") {
    for (Rotation r : {Rotation::R90, Rotation::R180, Rotation::R270}) {
        INFO(static_cast<int>(r));
        const bool quarter = r == Rotation::R90 || r == Rotation::R270;
        UiHarness h(kiosk::test::test_config(), quarter ? 480 : 800, quarter ? 800 : 480, r);
        // Where the button is drawn on the physical panel:
        const auto& tile = h.item("home.tile.groups");
        const Rect physical = h.transform().to_physical(
            Rect{tile.min.x, tile.min.y, tile.max.x - tile.min.x, tile.max.y - tile.min.y});
        h.tap_physical(physical.center());
        CHECK(h.screen() == "groups");
    }
}

TEST_CASE("rotating the draw data moves every vertex onto the physical panel") {
    UiHarness h(kiosk::test::test_config(), 480, 800, Rotation::R90);
    ImDrawData* dd = ImGui::GetDrawData();
    REQUIRE(dd != nullptr);
    REQUIRE(dd->CmdListsCount > 0);
    const ImVec2 before = dd->CmdLists[0]->VtxBuffer[0].pos;
    ui::rotate_draw_data(dd, h.transform());
    const ImVec2 after = dd->CmdLists[0]->VtxBuffer[0].pos;
    const Point expected = h.transform().to_physical(Point{before.x, before.y});
    CHECK(after.x == Approx(expected.x));
    CHECK(after.y == Approx(expected.y));
    CHECK(dd->DisplaySize.x == 480);
    CHECK(dd->DisplaySize.y == 800);
    for (int n = 0; n < dd->CmdListsCount; ++n)
        for (const ImDrawVert& v : dd->CmdLists[n]->VtxBuffer) {
            CHECK(v.pos.x >= -50);
            CHECK(v.pos.x <= 530);
        }
}

TEST_CASE("the UI dump lists visible items with ids, labels and physical rectangles") {
    UiHarness h(kiosk::test::test_config(), 480, 800, Rotation::R90);
    const auto json = nlohmann::json::parse(
        ui::ui_dump_json(7, h.screen(), h.model().language(), h.ui().taps(), h.transform()));
    CHECK(json["frame"] == 7);
    CHECK(json["screen"] == "home");
    CHECK(json["lang"] == "nl");
    bool found = false;
    for (const auto& item : json["items"]) {
        CHECK(item["x"].get<int>() >= 0);
        CHECK(item["x"].get<int>() + item["w"].get<int>() <= 481);
        CHECK(item["y"].get<int>() + item["h"].get<int>() <= 801);
        if (item["id"] == "nav.quick_exit") {
            found = true;
            CHECK(item["label"] == "Snel weg");
            // Top bar, right end, turned 90 degrees clockwise: the top-right physical corner.
            CHECK(item["x"].get<int>() > 380);
            CHECK(item["y"].get<int>() > 500);
        }
    }
    CHECK(found);
}

TEST_CASE("the dump file is replaced atomically") {
    const std::string path = "/tmp/kiosk-ui-dump-test-" + std::to_string(::getpid()) + ".json";
    CHECK(write_file_atomically(path, "{\"a\":1}").empty());
    CHECK(write_file_atomically(path, "{\"a\":2}").empty());
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text == "{\"a\":2}");
    std::remove(path.c_str());
    CHECK_FALSE(write_file_atomically("/nonexistent-dir/x.json", "{}").empty());
}
