// The bar on top of every screen: the logo (hold it for the staff entry), Back and Home,
// and Quick exit, which wipes the visit at once.
#include "screens.hpp"

#include "ui/widgets/long_press.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {
constexpr float kStaffHoldSeconds = 3.0f;
}

void top_bar(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    const bool visitor = is_visitor_screen(m.place().screen);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    window->DrawList->AddRectFilled(
        window->Pos, ImVec2(window->Pos.x + window->Size.x, window->Pos.y + t.top_bar),
        t.top_bar_bg);
    ImGui::SetCursorPosY(t.pad * 0.5f);
    const float width = ImGui::GetContentRegionAvail().x;
    const float h = t.nav_h;

    // Wide screens: [logo ........ Back Home Quick-exit] on one row.
    // Narrow (portrait) screens: [logo .... Quick-exit] over [Back | Home].
    const float exit_w = t.narrow ? width * 0.5f : std::min(190.0f * t.scale, width * 0.32f);
    const float nav_w =
        t.narrow ? (width - t.pad) * 0.5f : std::min(130.0f * t.scale, width * 0.22f);
    const float logo_w = t.narrow ? width - exit_w - t.pad : width - exit_w - nav_w * 2 - t.pad * 3;

    // Logo: the location's name; a 3 s hold opens the staff PIN pad.
    const ImVec2 logo_at = window->DC.CursorPos;
    if (long_press_area(frame, "nav.logo", ImVec2(logo_w, h), kStaffHoldSeconds))
        frame.emit(action::Open{{ScreenId::StaffPin, ""}});
    frame.taps.back().label = m.tr("nav.logo");
    window->DrawList->PushClipRect(logo_at, ImVec2(logo_at.x + logo_w, logo_at.y + h), true);
    window->DrawList->AddText(frame.fonts.bold, t.body_px,
                              ImVec2(logo_at.x, logo_at.y + (h - t.body_px) * 0.5f), t.top_bar_text,
                              m.tr("nav.logo").c_str());
    window->DrawList->PopClipRect();

    auto exit_or_logout = [&] {
        if (visitor) {
            if (touch_button(frame, {"nav.quick_exit", m.tr("nav.quick_exit"), ImVec2(exit_w, h),
                                     ButtonKind::Danger, Icon::Exit}))
                frame.emit(action::QuickExit{});
        } else if (m.staff_user()) {
            if (touch_button(frame, {"staff.logout", m.tr("staff.logout"), ImVec2(exit_w, h),
                                     ButtonKind::Danger, Icon::Lock}))
                frame.emit(action::StaffLogout{});
        } else {
            ImGui::Dummy(ImVec2(exit_w, h));
        }
    };
    auto back_and_home = [&] {
        if (m.can_go_back()) {
            if (touch_button(frame, {"nav.back", m.tr("nav.back"), ImVec2(nav_w, h),
                                     ButtonKind::TopBar, Icon::Back}))
                frame.emit(action::Back{});
        } else {
            ImGui::Dummy(ImVec2(nav_w, h));
        }
        ImGui::SameLine();
        if (touch_button(frame, {"nav.home", m.tr("nav.home"), ImVec2(nav_w, h), ButtonKind::TopBar,
                                 Icon::Home}))
            frame.emit(action::Home{});
    };

    ImGui::SameLine();
    if (t.narrow) {
        exit_or_logout();
        ImGui::SetCursorPosY(t.pad + h);
        back_and_home();
    } else {
        back_and_home();
        ImGui::SameLine();
        exit_or_logout();
    }
}

} // namespace kiosk::ui
