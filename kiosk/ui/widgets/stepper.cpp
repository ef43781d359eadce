// Drawing of the stepper: a framed value with two buttons on each side.
#include "stepper.hpp"

#include "touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

namespace {

void value_box(UiFrame& frame, const std::string& value, float width) {
    const Theme& t = frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 p = window->DC.CursorPos;
    const ImVec2 q(p.x + width, p.y + t.touch);
    // No frame: it is a value to read, not a button to tap.
    draw_fitted_text(window->DrawList, frame.fonts.title, t.title_px, t.small_px, p, q, t.text,
                     value);
    window->DrawList->AddLine(ImVec2(p.x + t.pad, q.y - 2.0f * t.scale),
                              ImVec2(q.x - t.pad, q.y - 2.0f * t.scale), t.border, 2.0f * t.scale);
    ImGui::Dummy(ImVec2(width, t.touch));
}

} // namespace

int stepper(UiFrame& frame, const StepperSpec& spec) {
    const Theme& t = frame.theme;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float button_w = std::min(128.0f * t.scale, (avail - t.pad * 4) / 5);
    const float value_w = avail - (button_w + t.pad) * 4;
    const bool narrow = value_w < 160.0f * t.scale;
    const float bw = narrow ? (avail - t.pad * 3) / 4 : button_w;
    if (narrow)
        value_box(frame, spec.value, avail);
    int step = 0;
    auto button = [&](const std::string& suffix, const std::string& label, int delta, bool on) {
        ImGui::BeginDisabled(!on);
        if (touch_button(frame, {spec.id + "." + suffix, label, ImVec2(bw, t.touch)}) && on)
            step = delta;
        ImGui::EndDisabled();
    };
    button("down_big", spec.down_big_label, -spec.big, spec.can_down);
    ImGui::SameLine();
    button("down", spec.down_label, -spec.small, spec.can_down);
    ImGui::SameLine();
    if (!narrow) {
        value_box(frame, spec.value, value_w);
        ImGui::SameLine();
    }
    button("up", spec.up_label, spec.small, spec.can_up);
    ImGui::SameLine();
    button("up_big", spec.up_big_label, spec.big, spec.can_up);
    return step;
}

} // namespace kiosk::ui
