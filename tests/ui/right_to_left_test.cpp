// Arabic and Persian screens are mirrored as a whole: the top bar, tiles, icons and the
// groups' track flow from the right; text, numbers and member codes still read correctly;
// a touch lands on what is drawn under the finger.
#include "support/ui_harness.hpp"

#include "core/content/content_pack.hpp"
#include "ui/rotate_draw_data.hpp"
#include "ui/text/mirror.hpp"
#include "ui/text/text_layout.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

float centre_x(const Rect& r) {
    return r.x + r.w / 2;
}

// Mean x on the physical screen of the vertices of colour `col` inside `area`.
float mean_x_of_colour(const Rect& area, ImU32 col) {
    ImDrawData* dd = ImGui::GetDrawData();
    double sum = 0;
    int n = 0;
    for (int l = 0; l < dd->CmdListsCount; ++l)
        for (const ImDrawVert& v : dd->CmdLists[l]->VtxBuffer)
            if (v.col == col && area.contains(Point{v.pos.x, v.pos.y})) {
                sum += v.pos.x;
                ++n;
            }
    return n ? static_cast<float>(sum / n) : -1.0f;
}

} // namespace

TEST_CASE("in Arabic the top bar is mirrored: back at the right of home, quick exit at the left") {
    UiHarness h;
    h.tap("home.tile.info");
    // Dutch: [logo] [emergency] ... [back] [home] [quick exit].
    CHECK(centre_x(h.on_screen("nav.back")) < centre_x(h.on_screen("nav.home")));
    CHECK(centre_x(h.on_screen("nav.quick_exit")) > 400);
    CHECK(centre_x(h.on_screen("nav.logo")) < 400);
    h.tap("nav.home");
    h.tap("home.lang.ar");
    h.tap("home.tile.info");
    // Arabic: [quick exit] [home] [back] ... [emergency] [logo].
    CHECK(centre_x(h.on_screen("nav.back")) > centre_x(h.on_screen("nav.home")));
    CHECK(centre_x(h.on_screen("nav.quick_exit")) < 400);
    CHECK(centre_x(h.on_screen("nav.logo")) > 400);
    CHECK(centre_x(h.on_screen("nav.emergency")) > 400);
    CHECK(h.model().language() == "ar");
}

TEST_CASE("in Persian a tap lands on what is drawn under the finger") {
    UiHarness h;
    h.tap("home.lang.fa");
    // The emergency button's place on the glass, not in the layout.
    const Rect r = h.on_screen("nav.emergency");
    h.tap_physical(Point{centre_x(r), r.y + r.h / 2});
    CHECK(h.screen() == "emergency");
    // And the layout's own spot, mirrored, is somewhere else: a miss there does nothing.
    h.tap("nav.home");
    const ui::TapItem& item = h.item("home.tile.info");
    const Rect glass = h.on_screen("home.tile.info");
    CHECK(std::abs(centre_x(glass) - (item.min.x + item.max.x) / 2) > 50);
}

TEST_CASE("in Arabic a tile's icon is right of its label") {
    UiHarness h;
    h.tap("home.lang.ar");
    h.tap("home.tile.info");
    h.step(2);
    const std::string tile = "info.topic.substances";
    REQUIRE(h.visible(tile));
    const Rect area = h.on_screen(tile);
    ImDrawData* dd = ImGui::GetDrawData();
    ui::rotate_draw_data(dd, h.transform()); // to the glass, mirrored
    const ui::Theme& t = h.ui().theme();
    const float icon_x = mean_x_of_colour(area, t.primary);
    const float text_x = mean_x_of_colour(area, t.text);
    REQUIRE(icon_x > 0);
    REQUIRE(text_x > 0);
    CHECK(icon_x > text_x);
}

TEST_CASE("in Arabic the groups' track runs right to left") {
    UiHarness h(kiosk::test::test_config(), 1920, 1080);
    h.tap("home.lang.ar");
    h.tap("home.tile.groups");
    const float first = centre_x(h.on_screen("groups.step.experience"));
    const float second = centre_x(h.on_screen("groups.step.coaching"));
    const float last = centre_x(h.on_screen("groups.step.training"));
    CHECK(first > second);
    CHECK(second > last);
}

TEST_CASE("in Arabic 112 stays whole, left to right, in its place in the sentence") {
    UiHarness h;
    h.tap("home.lang.ar");
    const std::string call = h.model().tr("emergency.call"); // "اتصل بالرقم 112"
    REQUIRE(call.find("112") != std::string::npos);
    REQUIRE(call.find("112") > 0);
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const auto& layout =
        ui::text::layout_text(font, 24, call, 0, ui::text::BaseDirection::RightToLeft);
    REQUIRE(layout.lines.size() == 1);
    const auto glyphs = layout.lines[0].glyphs;
    // "112" in visual order: 1, 1, 2 next to each other, left to right.
    std::size_t at = glyphs.size();
    for (std::size_t i = 0; i + 2 < glyphs.size(); ++i)
        if (glyphs[i].ch == '1' && glyphs[i + 1].ch == '1' && glyphs[i + 2].ch == '2')
            at = i;
    REQUIRE(at < glyphs.size());
    CHECK(glyphs[at].x < glyphs[at + 2].x);
    // The sentence starts at the right: the Arabic words before "112" are right of it.
    float arabic_right = 0;
    for (std::size_t i = at + 3; i < glyphs.size(); ++i)
        if (glyphs[i].ch >= 0xE000)
            arabic_right = std::max(arabic_right, glyphs[i].x);
    CHECK(arabic_right > glyphs[at + 2].x);
    for (std::size_t i = 0; i < at; ++i)
        CHECK(glyphs[i].ch < 0xE000); // nothing Arabic left of the number
}

TEST_CASE("every glyph the Arabic and Persian texts shape into is in the font atlas") {
    for (const std::string lang : {"ar", "fa"}) {
        INFO(lang);
        UiHarness h;
        h.tap("home.lang." + lang); // builds the Arabic glyphs
        const Catalog& catalog = h.model().catalog();
        int missing = 0, glyphs = 0;
        for (ImFont* font : ImGui::GetIO().Fonts->Fonts)
            for (const auto& key : catalog.keys(lang)) {
                const auto& layout =
                    ui::text::layout_text(font, font->FontSize, catalog.text(lang, key), 0,
                                          ui::text::BaseDirection::RightToLeft);
                for (const auto& line : layout.lines)
                    for (const auto& g : line.glyphs) {
                        ++glyphs;
                        if (!font->FindGlyphNoFallback(g.ch)) {
                            ++missing;
                            UNSCOPED_INFO(key << ": U+" << std::hex << g.ch << std::dec);
                        }
                    }
            }
        CHECK(glyphs > 1000);
        CHECK(missing == 0);
    }
}

TEST_CASE("Arabic and Persian visitors type on their own keyboard and find a substance") {
    for (const std::string lang : {"ar", "fa"}) {
        INFO(lang);
        UiHarness h;
        h.tap("home.lang." + lang);
        h.tap("home.tile.search");
        CHECK(h.visible(lang == "ar" ? "kb.arabic.ض" : "kb.persian.چ"));
        const auto* pack = h.model().content();
        REQUIRE(pack);
        const content::Substance* cocaine = nullptr;
        for (const auto& s : pack->substances)
            if (s.meta.id == "cocaine")
                cocaine = &s;
        REQUIRE(cocaine);
        // The name as written in the visitor's language, typed key by key on the keyboard
        // the search starts with, which leaves room above it for the first result.
        const std::string name = cocaine->text.at(lang).name;
        h.type(name);
        CHECK(h.model().search_text().text() == name);
        CHECK(h.visible("kb." + std::string(lang == "ar" ? "arabic" : "persian") + ".space"));
        CHECK(h.visible("search.result.substance.cocaine"));
        h.tap("search.result.substance.cocaine");
        CHECK(h.screen() == "substance");
    }
}

TEST_CASE("on a mirrored screen an English line (a fallback) reads left to right, its full stop "
          "at the right") {
    UiHarness h;
    h.tap("home.lang.fa");
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const auto& layout = ui::text::layout_text(font, 24, "Take a quarter at most.", 0,
                                               ui::text::BaseDirection::RightToLeft);
    REQUIRE(layout.lines.size() == 1);
    CHECK_FALSE(layout.lines[0].right_to_left);
    const auto& glyphs = layout.lines[0].glyphs;
    float stop = -1, first = 1e9f;
    for (const auto& g : glyphs) {
        if (g.ch == '.')
            stop = g.x;
        if (g.ch == 'T')
            first = g.x;
    }
    CHECK(stop > first);
}
