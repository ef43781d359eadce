// The bar on top of every screen: the logo (hold it for the staff entry), Emergency (one
// tap from anywhere), the display menu (large text, high contrast), Back, Home, and
// Quick exit, which wipes the visit at once.
#include "screens.hpp"

#include "ui/widgets/long_press.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {
constexpr float kStaffHoldSeconds = 3.0f;

struct Widths {
    float logo, emergency, display, nav, exit;
};

// Wide: [logo .. Emergency Aa Back Home Quick-exit] on one row.
// Narrow (portrait): [logo .. Aa Quick-exit] over [Emergency Back Home].
Widths widths(const Theme& t, float width) {
    Widths w{};
    w.display = t.nav_h * 1.2f;
    if (t.narrow) {
        w.exit = width * 0.42f;
        w.logo = width - w.exit - w.display - t.pad * 2;
        w.emergency = w.nav = (width - t.pad * 2) / 3;
        return w;
    }
    w.emergency = std::min(150.0f * t.scale, width * 0.19f);
    w.nav = std::min(112.0f * t.scale, width * 0.14f);
    w.exit = std::min(165.0f * t.scale, width * 0.21f);
    w.logo = width - w.emergency - w.display - w.nav * 2 - w.exit - t.pad * 5;
    return w;
}
} // namespace

void top_bar(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    const bool visitor = is_visitor_screen(m.place().screen);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    window->DrawList->AddRectFilled(
        window->Pos, ImVec2(window->Pos.x + window->Size.x, window->Pos.y + t.top_bar),
        t.top_bar_bg);
    ImGui::SetCursorPosY(t.pad * 0.5f);
    const float h = t.nav_h;
    const Widths w = widths(t, ImGui::GetContentRegionAvail().x);

    // Logo: the location's name; a 3 s hold opens the staff PIN pad.
    const ImVec2 logo_at = window->DC.CursorPos;
    if (long_press_area(frame, "nav.logo", ImVec2(w.logo, h), kStaffHoldSeconds))
        frame.emit(action::Open{{ScreenId::StaffPin, ""}});
    frame.taps.back().label = m.tr("nav.logo");
    draw_fitted_text(window->DrawList, frame.fonts.bold, t.body_px, t.small_px * 0.8f, logo_at,
                     ImVec2(logo_at.x + w.logo, logo_at.y + h), t.top_bar_text, m.tr("nav.logo"),
                     TextAlign::Left);

    auto emergency = [&] {
        if (!visitor) {
            ImGui::Dummy(ImVec2(w.emergency, h));
        } else if (touch_button(frame, {"nav.emergency", m.tr("nav.emergency"),
                                        ImVec2(w.emergency, h), ButtonKind::Danger, Icon::Phone})) {
            frame.emit(action::Open{{ScreenId::Emergency, ""}});
        }
    };
    auto display = [&] {
        ButtonSpec spec("nav.display", m.tr("nav.display"), ImVec2(w.display, h),
                        m.large_text() || m.high_contrast() ? ButtonKind::Selected
                                                            : ButtonKind::TopBar);
        spec.name = m.tr("display.title");
        if (touch_button(frame, spec))
            frame.state.display_menu_open = !frame.state.display_menu_open;
    };
    auto exit_or_logout = [&] {
        if (visitor) {
            if (touch_button(frame, {"nav.quick_exit", m.tr("nav.quick_exit"), ImVec2(w.exit, h),
                                     ButtonKind::Exit, Icon::Exit}))
                frame.emit(action::QuickExit{});
        } else if (m.staff_user()) {
            if (touch_button(frame, {"staff.logout", m.tr("staff.logout"), ImVec2(w.exit, h),
                                     ButtonKind::Danger, Icon::Lock}))
                frame.emit(action::StaffLogout{});
        } else {
            ImGui::Dummy(ImVec2(w.exit, h));
        }
    };
    auto back_and_home = [&] {
        if (m.can_go_back()) {
            if (touch_button(frame, {"nav.back", m.tr("nav.back"), ImVec2(w.nav, h),
                                     ButtonKind::TopBar, Icon::Back}))
                frame.emit(action::Back{});
        } else {
            ImGui::Dummy(ImVec2(w.nav, h));
        }
        ImGui::SameLine();
        if (touch_button(frame, {"nav.home", m.tr("nav.home"), ImVec2(w.nav, h), ButtonKind::TopBar,
                                 Icon::Home}))
            frame.emit(action::Home{});
    };

    ImGui::SameLine();
    if (t.narrow) {
        display();
        ImGui::SameLine();
        exit_or_logout();
        ImGui::SetCursorPosY(t.pad + h);
        emergency();
        ImGui::SameLine();
        back_and_home();
    } else {
        emergency();
        ImGui::SameLine();
        display();
        ImGui::SameLine();
        back_and_home();
        ImGui::SameLine();
        exit_or_logout();
    }
}

} // namespace kiosk::ui
