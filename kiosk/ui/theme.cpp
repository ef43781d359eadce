// Scaling rules and the ImGui style derived from the theme.
#include "theme.hpp"

#include <algorithm>

namespace kiosk::ui {

Theme make_theme(float w, float h) {
    Theme t;
    // Short side 480 -> 1.0, but never so large that fewer than 480 units fit across.
    t.scale = std::max(1.0f, std::min(std::min(w, h) / 480.0f, w / 480.0f));
    t.touch = 56.0f * t.scale;
    t.pad = 12.0f * t.scale;
    t.radius = 10.0f * t.scale;
    t.narrow = w / t.scale < 600.0f;
    t.nav_h = 56.0f * t.scale;
    t.top_bar = t.narrow ? t.nav_h * 2 + t.pad * 1.5f : t.nav_h + t.pad;
    t.body_px = 24.0f * t.scale;
    t.title_px = 34.0f * t.scale;
    t.small_px = 20.0f * t.scale;
    return t;
}

Theme with_large_text(Theme t) {
    t.large_text = true;
    t.body_px *= 1.3f;
    t.title_px *= 1.3f;
    t.small_px = t.body_px / 1.3f; // small text becomes normal body size
    return t;
}

Theme with_high_contrast(Theme t) {
    t.high_contrast = true;
    t.background = IM_COL32(0, 0, 0, 255);
    t.surface = IM_COL32(0, 0, 0, 255);
    t.text = IM_COL32(255, 255, 255, 255);
    t.text_muted = IM_COL32(255, 255, 255, 255);
    t.border = IM_COL32(255, 255, 255, 255);
    t.primary = IM_COL32(255, 220, 0, 255);
    t.primary_text = IM_COL32(0, 0, 0, 255);
    t.pressed = IM_COL32(70, 70, 70, 255);
    t.primary_pressed = IM_COL32(200, 170, 0, 255);
    t.danger = IM_COL32(255, 130, 130, 255);
    t.danger_pressed = IM_COL32(240, 120, 120, 255);
    t.danger_text = IM_COL32(0, 0, 0, 255);
    t.top_bar_bg = IM_COL32(0, 0, 0, 255);
    t.top_bar_text = IM_COL32(255, 255, 255, 255);
    t.selected = IM_COL32(0, 0, 0, 255);
    t.selected_border = IM_COL32(255, 220, 0, 255);
    t.exit = IM_COL32(255, 220, 0, 255);
    t.exit_pressed = IM_COL32(200, 170, 0, 255);
    for (ImU32& r : t.risk)
        r = IM_COL32(255, 255, 255, 255); // icons and words carry the level here
    for (ImU32& r : t.on_risk)
        r = IM_COL32(0, 0, 0, 255);
    t.shadow = IM_COL32(0, 0, 0, 0);
    t.scroll_thumb = IM_COL32(255, 255, 255, 200);
    return t;
}

void apply_theme(const Theme& t) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(t.pad, t.pad);
    style.ItemSpacing = ImVec2(t.pad, t.pad);
    style.FramePadding = ImVec2(t.pad, t.pad * 0.5f);
    style.WindowRounding = 0;
    style.ChildRounding = 0;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.ScrollbarSize = 0;
    style.TouchExtraPadding = ImVec2(0, 0);
    ImVec4* c = style.Colors;
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(t.background);
    const ImVec4 text = ImGui::ColorConvertU32ToFloat4(t.text);
    c[ImGuiCol_WindowBg] = bg;
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = ImGui::ColorConvertU32ToFloat4(t.surface);
    c[ImGuiCol_Text] = text;
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(t.text_muted);
    c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(t.border);
    c[ImGuiCol_ModalWindowDimBg] = ImGui::ColorConvertU32ToFloat4(t.scrim);
}

} // namespace kiosk::ui
