// Home (also the attract screen): welcome, the language picker with each language in its
// own name, and the big tiles into the kiosk's areas.
#include "screens.hpp"

#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kiosk::ui {

namespace {

// The languages in as few rows as fit, about as many in each; in a row each name gets room in
// proportion to its length and the row fills the width. Eleven names then take two rows at
// 800x480 and leave the tiles below whole, where a grid of equal cells needed three.
void language_picker(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    bold_line(frame, m.tr("home.choose_language"));
    const auto& enabled = m.config().languages;
    std::vector<const Language*> shown;
    std::vector<float> natural;
    for (const auto& lang : m.catalog().languages()) {
        if (std::find(enabled.begin(), enabled.end(), lang.code) == enabled.end())
            continue;
        shown.push_back(&lang);
        natural.push_back(
            std::max(96.0f * t.scale, button_width_for_label(frame, lang.native_name, Icon::None)));
    }
    if (shown.empty())
        return;
    const float avail = ImGui::GetContentRegionAvail().x;
    const std::size_t n = shown.size();
    const auto per_row = [n](std::size_t rows) { return (n + rows - 1) / rows; };
    const auto fits = [&](std::size_t rows) {
        const std::size_t per = per_row(rows);
        for (std::size_t start = 0; start < n; start += per) {
            const std::size_t end = std::min(n, start + per);
            float sum = t.pad * static_cast<float>(end - start - 1);
            for (std::size_t i = start; i < end; ++i)
                sum += natural[i];
            if (sum > avail)
                return false;
        }
        return true;
    };
    std::size_t rows = 1;
    while (rows < n && !fits(rows))
        ++rows;
    const std::size_t per = per_row(rows);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(t.pad, t.pad * 0.6f));
    for (std::size_t start = 0; start < n; start += per) {
        const std::size_t end = std::min(n, start + per);
        float sum = 0;
        for (std::size_t i = start; i < end; ++i)
            sum += natural[i];
        const float share = (avail - t.pad * static_cast<float>(end - start - 1)) / sum;
        for (std::size_t i = start; i < end; ++i) {
            if (i != start)
                ImGui::SameLine();
            const Language& lang = *shown[i];
            const bool chosen = lang.code == m.language();
            // The chosen language gets a tick where there is room, a thick border and a tint:
            // not colour alone.
            if (touch_button(frame,
                             {"home.lang." + lang.code, lang.native_name,
                              ImVec2(std::floor(natural[i] * std::max(1.0f, share)), t.touch),
                              chosen ? ButtonKind::Selected : ButtonKind::Normal,
                              chosen ? Icon::Check : Icon::None}))
                frame.emit(action::ChooseLanguage{lang.code});
        }
    }
    ImGui::PopStyleVar();
}

} // namespace

void home_screen(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    begin_page(frame, "page.home");
    heading(frame, m.tr("home.welcome"));
    home_alerts(frame);
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
    float h = (columns == 3 ? 118.0f : 96.0f) * t.scale;
    // Under an alert's banner on a short screen the tiles give up their detail line, so they
    // stay whole without scrolling (their titles and icons say where they lead).
    const float room = ImGui::GetContentRegionAvail().y - t.pad;
    const bool compact = !m.current_alerts().empty() && columns == 3 && room < h;
    if (compact)
        h = std::max(t.touch, room);
    for (int i = 0; i < 3; ++i) {
        if (i % columns != 0)
            ImGui::SameLine();
        const Tile& tile = tiles[i];
        if (touch_button(frame, {tile.id, tile.title, ImVec2(w, h), ButtonKind::Tile, tile.icon,
                                 compact ? std::string() : tile.text}))
            frame.emit(action::Open{{tile.screen, ""}});
    }
    end_page(frame);
}

} // namespace kiosk::ui
