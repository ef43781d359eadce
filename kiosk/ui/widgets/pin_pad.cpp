// PIN pad layout: a 3x4 grid centred in the available width.
#include "pin_pad.hpp"

#include "touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

void pin_pad(UiFrame& frame, bool enabled) {
    const Theme& t = frame.theme;
    const float key = std::max(64.0f * t.scale, t.touch);
    const float width = key * 3 + t.pad * 2;
    const float left = std::max(0.0f, (ImGui::GetContentRegionAvail().x - width) / 2);

    // Entered digits as dots: never the digits themselves.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 at = window->DC.CursorPos;
    const float dot = 9.0f * t.scale;
    for (std::size_t i = 0; i < 8; ++i) {
        const ImVec2 c(at.x + left + dot + static_cast<float>(i) * dot * 3.2f, at.y + dot * 1.5f);
        if (i < frame.model.pin_length() || (frame.model.pin_checking() && i < 4))
            window->DrawList->AddCircleFilled(c, dot, t.text);
        else if (i < 4)
            window->DrawList->AddCircle(c, dot, t.border, 0, 2.0f);
    }
    ImGui::Dummy(ImVec2(width, dot * 3.5f));

    const char* labels[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"};
    ImGui::BeginDisabled(!enabled);
    for (int i = 0; i < 12; ++i) {
        if (i % 3 == 0)
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + left);
        else
            ImGui::SameLine();
        const std::string label = labels[i];
        const ImVec2 size(key, std::max(48.0f * t.scale, key * 0.72f));
        ButtonSpec spec("pin." + label, label, size, ButtonKind::Key);
        if (label == "del")
            spec = icon_button("pin.del", frame.tr("staff.delete"), size, Icon::Backspace,
                               ButtonKind::Key);
        else if (label == "ok")
            spec = ButtonSpec("pin.ok", frame.tr("staff.ok"), size, ButtonKind::Primary);
        if (!touch_button(frame, spec) || !enabled)
            continue;
        if (label == "del")
            frame.emit(action::PinBackspace{});
        else if (label == "ok")
            frame.emit(action::PinSubmit{});
        else
            frame.emit(action::PinDigit{label[0]});
    }
    ImGui::EndDisabled();
}

} // namespace kiosk::ui
