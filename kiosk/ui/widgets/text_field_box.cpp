// Drawing of the typed-text box.
#include "text_field_box.hpp"

#include "touch_button.hpp"
#include "ui/text/mirror.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

void text_field_box(UiFrame& frame, std::string_view text, const std::string& placeholder,
                    float width) {
    const Theme& t = frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 p = window->DC.CursorPos;
    const ImVec2 q(p.x + width, p.y + t.touch);
    window->DrawList->AddRectFilled(p, q, t.surface, t.radius);
    window->DrawList->AddRect(p, q, t.primary, t.radius, 0, 3.0f * t.scale);
    const bool empty = text.empty();
    const std::string_view shown = empty ? std::string_view(placeholder) : text;
    const float ty = p.y + (t.touch - t.body_px) * 0.5f;
    window->DrawList->PushClipRect(p, q, true);
    const float text_w = measure_text(frame.fonts.body, t.body_px, shown).x;
    // Typed text keeps its end (the caret) in view; a placeholder shows from its start. Text
    // against the screen's direction (Latin on an Arabic screen) ends where the layout starts.
    const bool against = !empty && reads_right_to_left(shown) != text::frame_mirrored();
    const float x = empty || against ? p.x + t.pad + 6.0f * t.scale
                                     : p.x + t.pad + std::min(0.0f, width - t.pad * 3 - text_w);
    draw_text(window->DrawList, frame.fonts.body, t.body_px, ImVec2(x, ty),
              empty ? t.text_muted : t.text, shown, 0);
    const float caret_x = empty ? p.x + t.pad : against ? x - 3.0f * t.scale : x + text_w + 2;
    window->DrawList->AddLine(ImVec2(caret_x, ty), ImVec2(caret_x, ty + t.body_px), t.text,
                              2.0f * t.scale);
    window->DrawList->PopClipRect();
    ImGui::Dummy(ImVec2(width, t.touch));
}

bool field_with_button(UiFrame& frame, std::string_view text, const std::string& placeholder,
                       const std::string& button_id, const std::string& button_label, Icon icon,
                       bool enabled) {
    const Theme& t = frame.theme;
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool narrow = avail < 620.0f * t.scale;
    const float button_w = narrow ? avail : 220.0f * t.scale;
    text_field_box(frame, text, placeholder, narrow ? avail : avail - button_w - t.pad);
    if (!narrow)
        ImGui::SameLine();
    ImGui::BeginDisabled(!enabled);
    const bool pressed = touch_button(
        frame, {button_id, button_label, ImVec2(button_w, t.touch), ButtonKind::Primary, icon});
    ImGui::EndDisabled();
    return pressed && enabled;
}

} // namespace kiosk::ui
