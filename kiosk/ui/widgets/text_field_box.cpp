// Drawing of the typed-text box.
#include "text_field_box.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

void text_field_box(UiFrame& frame, const std::string& text, const std::string& placeholder,
                    float width) {
    const Theme& t = frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 p = window->DC.CursorPos;
    const ImVec2 q(p.x + width, p.y + t.touch);
    window->DrawList->AddRectFilled(p, q, t.surface, t.radius);
    window->DrawList->AddRect(p, q, t.primary, t.radius, 0, 3.0f * t.scale);
    const bool empty = text.empty();
    const std::string& shown = empty ? placeholder : text;
    const float ty = p.y + (t.touch - t.body_px) * 0.5f;
    window->DrawList->PushClipRect(p, q, true);
    const float text_w = frame.fonts.body->CalcTextSizeA(t.body_px, FLT_MAX, 0, shown.c_str()).x;
    // Typed text keeps its end (the caret) in view; a placeholder shows from its start.
    const float x = empty ? p.x + t.pad + 6.0f * t.scale
                          : p.x + t.pad + std::min(0.0f, width - t.pad * 3 - text_w);
    window->DrawList->AddText(frame.fonts.body, t.body_px, ImVec2(x, ty),
                              empty ? t.text_muted : t.text, shown.c_str());
    const float caret_x = empty ? p.x + t.pad : x + text_w + 2;
    window->DrawList->AddLine(ImVec2(caret_x, ty), ImVec2(caret_x, ty + t.body_px), t.text,
                              2.0f * t.scale);
    window->DrawList->PopClipRect();
    ImGui::Dummy(ImVec2(width, t.touch));
}

} // namespace kiosk::ui
