// Content building blocks.
#include "content_blocks.hpp"

#include "text_blocks.hpp"
#include "touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

void bullet_lines(UiFrame& frame, const std::vector<std::string>& lines) {
    const Theme& t = frame.theme;
    for (const auto& line : lines) {
        ImGuiWindow* w = ImGui::GetCurrentWindow();
        const ImVec2 at = w->DC.CursorPos;
        w->DrawList->AddCircleFilled(ImVec2(at.x + t.pad * 0.6f, at.y + t.body_px * 0.55f),
                                     3.5f * t.scale, t.text);
        ImGui::Indent(t.pad * 1.6f);
        paragraph(frame, line);
        ImGui::Unindent(t.pad * 1.6f);
    }
}

bool section_header(UiFrame& frame, const std::string& id, const std::string& title,
                    bool open_by_default) {
    auto& open_sections = frame.state.open_sections;
    const auto found = open_sections.find(id);
    const bool open = found == open_sections.end() ? open_by_default : found->second;
    const float w = ImGui::GetContentRegionAvail().x;
    // Open or closed shows in the chevron's direction and the border, not colour alone.
    ButtonSpec spec(id, title, ImVec2(w, frame.theme.touch),
                    open ? ButtonKind::Selected : ButtonKind::Normal,
                    open ? Icon::ChevronDown : Icon::ChevronRight);
    if (touch_button(frame, spec))
        open_sections[id] = !open;
    return open;
}

void content_missing(UiFrame& frame) {
    callout(frame, Icon::Warning, frame.tr("content.missing"), frame.theme.danger);
}

void fallback_note(UiFrame& frame, const std::string& shown_language) {
    callout(frame, Icon::Info, frame.tr("content.shown_in_" + shown_language), frame.theme.primary);
}

int tile_grid(UiFrame& frame, const std::vector<TileSpec>& tiles, float min_width, float height) {
    const Theme& t = frame.theme;
    // Columns narrow enough to fit, wide enough that no title's word has to break.
    float needed = min_width * t.scale;
    for (const TileSpec& tile : tiles)
        needed = std::max(needed, tile_width_for_words(frame, tile.title, tile.detail));
    const int columns = columns_that_fit(frame, needed);
    const float w = column_width(frame, columns);
    const auto spec_of = [&](const TileSpec& tile, float h) {
        return ButtonSpec(tile.id, tile.title, ImVec2(w, h), ButtonKind::Tile, tile.icon,
                          tile.detail);
    };
    int tapped = -1;
    const std::size_t per_row = static_cast<std::size_t>(columns);
    for (std::size_t row = 0; row < tiles.size(); row += per_row) {
        // Every tile of a row as tall as the one with the most lines.
        const std::size_t end = std::min(tiles.size(), row + per_row);
        float h = height * t.scale;
        for (std::size_t i = row; i < end; ++i)
            h = std::max(h, button_height(frame, spec_of(tiles[i], height * t.scale)));
        for (std::size_t i = row; i < end; ++i) {
            if (i != row)
                ImGui::SameLine();
            if (touch_button(frame, spec_of(tiles[i], h)))
                tapped = static_cast<int>(i);
        }
    }
    return tapped;
}

} // namespace kiosk::ui
