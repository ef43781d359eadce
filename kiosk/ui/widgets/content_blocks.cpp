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

int tile_grid(UiFrame& frame, const std::vector<TileSpec>& tiles, float min_width, float height) {
    const int columns = columns_that_fit(frame, min_width * frame.theme.scale);
    const float w = column_width(frame, columns);
    int tapped = -1;
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        if (i % static_cast<std::size_t>(columns) != 0)
            ImGui::SameLine();
        const TileSpec& tile = tiles[i];
        if (touch_button(frame, {tile.id, tile.title, ImVec2(w, height * frame.theme.scale),
                                 ButtonKind::Tile, tile.icon, tile.detail}))
            tapped = static_cast<int>(i);
    }
    return tapped;
}

} // namespace kiosk::ui
