// Home (also the attract screen): welcome, the language picker with each language in its
// own name, and the big tiles into the kiosk's areas.
#include "screens.hpp"

#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

void language_picker(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    bold_line(frame, m.tr("home.choose_language"));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(t.pad, t.pad * 0.6f));
    const auto& enabled = m.config().languages;
    // Wide enough for the longest name at body size. The chosen language's tick goes beside
    // its name where there is room; its thick border and tint mark it anyway (eleven
    // languages must leave room for the tiles below on a portrait screen).
    float widest = 130.0f * t.scale;
    for (const auto& lang : m.catalog().languages())
        widest = std::max(widest, button_width_for_label(frame, lang.native_name, Icon::None));
    const int columns = std::min(static_cast<int>(enabled.size()), columns_that_fit(frame, widest));
    const float w = column_width(frame, columns);
    int index = 0;
    for (const auto& lang : m.catalog().languages()) {
        if (std::find(enabled.begin(), enabled.end(), lang.code) == enabled.end())
            continue;
        if (index++ % columns != 0)
            ImGui::SameLine();
        const bool chosen = lang.code == m.language();
        // The chosen language gets a tick, a thick border and a tint: not colour alone.
        if (touch_button(frame, {"home.lang." + lang.code, lang.native_name, ImVec2(w, t.touch),
                                 chosen ? ButtonKind::Selected : ButtonKind::Normal,
                                 chosen ? Icon::Check : Icon::None}))
            frame.emit(action::ChooseLanguage{lang.code});
    }
    ImGui::PopStyleVar();
}

} // namespace

void home_screen(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    begin_page(frame, "page.home");
    heading(frame, m.tr("home.welcome"));
    paragraph(frame, m.tr("home.anonymous"));
    language_picker(frame);

    struct Tile {
        const char* id;
        ScreenId screen;
        Icon icon;
        std::string title;
        std::string text;
    };
    const Tile tiles[] = {
        {"home.tile.info", ScreenId::Info, Icon::Info, m.tr("home.info_title"),
         m.tr("home.info_text")},
        {"home.tile.groups", ScreenId::Groups, Icon::Groups, m.tr("home.groups_title"),
         m.tr("home.groups_text")},
        {"home.tile.search", ScreenId::Search, Icon::Search, m.tr("home.search_title"),
         m.tr("home.search_text")},
    };
    const int columns = columns_that_fit(frame, 200.0f * t.scale) >= 3 ? 3 : 1;
    const float w = column_width(frame, columns);
    const float h = (columns == 3 ? 118.0f : 96.0f) * t.scale;
    for (int i = 0; i < 3; ++i) {
        if (i % columns != 0)
            ImGui::SameLine();
        const Tile& tile = tiles[i];
        if (touch_button(
                frame, {tile.id, tile.title, ImVec2(w, h), ButtonKind::Tile, tile.icon, tile.text}))
            frame.emit(action::Open{{tile.screen, ""}});
    }
    end_page(frame);
}

} // namespace kiosk::ui
