// Wrapped text helpers.
#include "text_blocks.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {
// Wrap at the window edge unless the caller set a narrower wrap position (columns).
bool push_wrap() {
    if (ImGui::GetCurrentWindow()->DC.TextWrapPos >= 0.0f)
        return false;
    ImGui::PushTextWrapPos(0.0f);
    return true;
}
void pop_wrap(bool pushed) {
    if (pushed)
        ImGui::PopTextWrapPos();
}
} // namespace

void heading(UiFrame& frame, const std::string& text) {
    frame.note_text(text);
    ImGui::PushFont(frame.fonts.title);
    const bool pushed = push_wrap();
    ImGui::TextUnformatted(text.c_str());
    pop_wrap(pushed);
    ImGui::PopFont();
}

void paragraph(UiFrame& frame, const std::string& text, bool muted) {
    frame.note_text(text);
    ImGui::PushFont(frame.fonts.body);
    if (muted)
        ImGui::PushStyleColor(ImGuiCol_Text, frame.theme.text_muted);
    const bool pushed = push_wrap();
    ImGui::TextUnformatted(text.c_str());
    pop_wrap(pushed);
    if (muted)
        ImGui::PopStyleColor();
    ImGui::PopFont();
}

void bold_line(UiFrame& frame, const std::string& text) {
    frame.note_text(text);
    ImGui::PushFont(frame.fonts.bold);
    const bool pushed = push_wrap();
    ImGui::TextUnformatted(text.c_str());
    pop_wrap(pushed);
    ImGui::PopFont();
}

void callout(UiFrame& frame, Icon icon, const std::string& text, ImU32 border) {
    frame.note_text(text);
    const Theme& t = frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float width = ImGui::GetContentRegionAvail().x - 8.0f * t.scale;
    const float icon_size = 30.0f * t.scale;
    const float text_w = width - icon_size - t.pad * 3;
    const ImVec2 text_size =
        frame.fonts.body->CalcTextSizeA(t.body_px, FLT_MAX, text_w, text.c_str());
    const float height = std::max(text_size.y, icon_size) + t.pad * 2;
    const ImVec2 pos = window->DC.CursorPos;
    ImDrawList* d = window->DrawList;
    d->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), t.surface, t.radius);
    d->AddRect(pos, ImVec2(pos.x + width, pos.y + height), border, t.radius, 0, 3.0f * t.scale);
    draw_icon(d, icon, ImVec2(pos.x + t.pad + icon_size * 0.5f, pos.y + t.pad + icon_size * 0.5f),
              icon_size, border);
    d->AddText(frame.fonts.body, t.body_px, ImVec2(pos.x + icon_size + t.pad * 2, pos.y + t.pad),
               t.text, text.c_str(), nullptr, text_w);
    ImGui::Dummy(ImVec2(width, height));
}

} // namespace kiosk::ui
