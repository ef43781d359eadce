// Wrapped text helpers.
#include "text_blocks.hpp"

#include "ui/text/text_draw.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

// As wide as the window's wrap position allows (the window edge, or a narrower column set by
// the caller).
ImRect text_block(ImFont* font, float px, ImU32 colour, const std::string& text) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 pos = window->DC.CursorPos;
    const float width = ImGui::CalcWrapWidthForPos(pos, std::max(0.0f, window->DC.TextWrapPos));
    const ImVec2 size = measure_text(font, px, text, width);
    const ImRect box(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size);
    if (ImGui::ItemAdd(box, 0)) // else scrolled out of view
        draw_text(window->DrawList, font, px, pos, colour, text, width);
    return box;
}

namespace {

void noted_block(UiFrame& frame, ImFont* font, float px, ImU32 colour, const std::string& text) {
    const ImRect box = text_block(font, px, colour, text);
    frame.note_text(text, box.Min, box.Max);
}

} // namespace

void heading(UiFrame& frame, const std::string& text) {
    noted_block(frame, frame.fonts.title, frame.theme.title_px, frame.theme.text, text);
}

void paragraph(UiFrame& frame, const std::string& text, bool muted) {
    noted_block(frame, frame.fonts.body, frame.theme.body_px,
                muted ? frame.theme.text_muted : frame.theme.text, text);
}

void bold_line(UiFrame& frame, const std::string& text) {
    noted_block(frame, frame.fonts.bold, frame.theme.body_px, frame.theme.text, text);
}

void callout(UiFrame& frame, Icon icon, const std::string& text, ImU32 border) {
    const Theme& t = frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float width = ImGui::GetContentRegionAvail().x - 8.0f * t.scale;
    const float icon_size = 30.0f * t.scale;
    const float text_w = width - icon_size - t.pad * 3;
    const ImVec2 text_size = measure_text(frame.fonts.body, t.body_px, text, text_w);
    const float height = std::max(text_size.y, icon_size) + t.pad * 2;
    const ImVec2 pos = window->DC.CursorPos;
    ImDrawList* d = window->DrawList;
    d->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), t.surface, t.radius);
    d->AddRect(pos, ImVec2(pos.x + width, pos.y + height), border, t.radius, 0, 3.0f * t.scale);
    draw_icon(d, icon, ImVec2(pos.x + t.pad + icon_size * 0.5f, pos.y + t.pad + icon_size * 0.5f),
              icon_size, border);
    draw_text(d, frame.fonts.body, t.body_px, ImVec2(pos.x + icon_size + t.pad * 2, pos.y + t.pad),
              t.text, text, text_w);
    frame.note_text(text, pos, ImVec2(pos.x + width, pos.y + height));
    ImGui::Dummy(ImVec2(width, height));
}

} // namespace kiosk::ui
