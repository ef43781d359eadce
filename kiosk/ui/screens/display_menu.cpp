// The display menu under the "Aa" button: large text and high contrast, each a toggle
// with a tick when on. Both are part of the visit and reset with it.
#include "screens.hpp"

#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

void display_menu(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    const float w = std::min(ImGui::GetIO().DisplaySize.x - t.pad * 2, 360.0f * t.scale);
    const ImVec2 at(ImGui::GetIO().DisplaySize.x - w - t.pad, t.top_bar);
    ImGui::SetNextWindowPos(at);
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, t.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, t.border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * t.scale);
    ImGui::Begin("overlay.display", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    const float bw = ImGui::GetContentRegionAvail().x;
    const auto toggle = [&](const char* id, const char* key, bool on, Action action) {
        if (touch_button(frame, {id, m.tr(key), ImVec2(bw, t.touch),
                                 on ? ButtonKind::Selected : ButtonKind::Normal,
                                 on ? Icon::Check : Icon::None}))
            frame.emit(std::move(action));
    };
    toggle("display.large_text", "display.large_text", m.large_text(), action::ToggleLargeText{});
    toggle("display.high_contrast", "display.high_contrast", m.high_contrast(),
           action::ToggleHighContrast{});
    if (touch_button(frame, {"display.close", m.tr("display.close"), ImVec2(bw, t.touch),
                             ButtonKind::Primary}))
        frame.state.display_menu_open = false;
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

} // namespace kiosk::ui
