// Plain (left-to-right) text drawing: a text with a line break that also wraps draws every
// line under the one before, and takes exactly the height it was measured at (an alert's
// callout, "Red alert\n<a long title>", once drew its third line over its second).
#include "support/ui_harness.hpp"
#include "ui/text/text_draw.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace kiosk;

TEST_CASE("text with a line break and wrapping draws each line once, at its measured height",
          "[text]") {
    test::UiHarness h; // an ImGui context with the kiosk's fonts
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const float px = 20.0f;
    const std::string text = "Red alert\nEXAMPLE: pink pills with a very high dose";
    const float width = ui::measure_text(font, px, "EXAMPLE: pink pills with a").x + 1.0f;
    const ImVec2 measured = ui::measure_text(font, px, text, width);
    CHECK(measured.y == Approx(3 * px));

    ImDrawList list(ImGui::GetDrawListSharedData());
    list._ResetForNewFrame();
    list.PushClipRectFullScreen();
    list.PushTextureID(font->ContainerAtlas->TexID);
    const ImVec2 drawn = ui::draw_text(&list, font, px, ImVec2(0, 0), IM_COL32_WHITE, text, width);
    CHECK(drawn.y == Approx(measured.y));
    // Three rows of letters: the top of each glyph quad, to the line.
    std::set<int> rows;
    for (int i = 0; i + 3 < list.VtxBuffer.Size; i += 4)
        rows.insert(static_cast<int>(list.VtxBuffer[i].pos.y / px));
    CHECK(rows == std::set<int>{0, 1, 2});
}
