// Long-press detection on ImGui's active-item timing.
#include "long_press.hpp"

#include "touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

bool long_press_area(UiFrame& frame, const std::string& id, ImVec2 size, float seconds) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID gid = window->GetID(id.c_str());
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size);
    if (!ImGui::ItemAdd(bb, gid))
        return false;
    bool hovered = false, held = false;
    ImGui::ButtonBehavior(bb, gid, &hovered, &held);
    bool fired = false;
    if (held) {
        const float t = ImGui::GetCurrentContext()->ActiveIdTimer;
        const float progress = t / seconds;
        if (progress >= 1.0f) {
            fired = true;
            ImGui::ClearActiveID();
        } else {
            frame.wants_animation = true; // keep frames coming so the hold is timed
            const float r = size.y * 0.3f;
            const ImVec2 c(bb.Max.x - r - 4, (bb.Min.y + bb.Max.y) * 0.5f);
            window->DrawList->PathArcTo(c, r, -1.5708f, -1.5708f + progress * 6.2832f, 32);
            window->DrawList->PathStroke(frame.theme.ring, 0, 4.0f * frame.theme.scale);
        }
    }
    register_tap(frame, id, "", bb.Min, bb.Max);
    return fired;
}

} // namespace kiosk::ui
