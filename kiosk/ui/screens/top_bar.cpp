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
// What the bar's parts share while one frame draws it.
struct Bar {
    UiFrame& frame;
    const KioskModel& m;
    Widths w;
    float h;
    bool visitor;
};

void logo(Bar& b) {
    const Theme& t = b.frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    // The location's name; a 3 s hold opens the staff PIN pad.
    const ImVec2 at = window->DC.CursorPos;
    if (long_press_area(b.frame, "nav.logo", ImVec2(b.w.logo, b.h), kStaffHoldSeconds))
        b.frame.emit(action::Open{{ScreenId::StaffPin, ""}});
    b.frame.taps.back().label = b.m.tr("nav.logo");
    draw_fitted_text(window->DrawList, b.frame.fonts.bold, t.body_px, t.small_px * 0.8f, at,
                     ImVec2(at.x + b.w.logo, at.y + b.h), t.top_bar_text, b.m.tr("nav.logo"),
                     TextAlign::Left);
}

void emergency(Bar& b) {
    if (!b.visitor) {
        ImGui::Dummy(ImVec2(b.w.emergency, b.h));
    } else if (touch_button(b.frame,
                            {"nav.emergency", b.m.tr("nav.emergency"), ImVec2(b.w.emergency, b.h),
                             ButtonKind::Danger, Icon::Phone})) {
        b.frame.emit(action::Open{{ScreenId::Emergency, ""}});
    }
}

void display(Bar& b) {
    ButtonSpec spec("nav.display", b.m.tr("nav.display"), ImVec2(b.w.display, b.h),
                    b.m.large_text() || b.m.high_contrast() ? ButtonKind::Selected
                                                            : ButtonKind::TopBar);
    spec.name = b.m.tr("display.title");
    if (touch_button(b.frame, spec))
        b.frame.state.display_menu_open = !b.frame.state.display_menu_open;
}

void exit_or_logout(Bar& b) {
    if (b.visitor) {
        if (touch_button(b.frame, {"nav.quick_exit", b.m.tr("nav.quick_exit"),
                                   ImVec2(b.w.exit, b.h), ButtonKind::Exit, Icon::Exit}))
            b.frame.emit(action::QuickExit{});
    } else if (b.m.staff_user()) {
        if (touch_button(b.frame, {"staff.logout", b.m.tr("staff.logout"), ImVec2(b.w.exit, b.h),
                                   ButtonKind::Danger, Icon::Lock}))
            b.frame.emit(action::StaffLogout{});
    } else {
        ImGui::Dummy(ImVec2(b.w.exit, b.h));
    }
}

void back_and_home(Bar& b) {
    if (b.m.can_go_back()) {
        if (touch_button(b.frame, {"nav.back", b.m.tr("nav.back"), ImVec2(b.w.nav, b.h),
                                   ButtonKind::TopBar, Icon::Back}))
            b.frame.emit(action::Back{});
    } else {
        ImGui::Dummy(ImVec2(b.w.nav, b.h));
    }
    ImGui::SameLine();
    if (touch_button(b.frame, {"nav.home", b.m.tr("nav.home"), ImVec2(b.w.nav, b.h),
                               ButtonKind::TopBar, Icon::Home}))
        b.frame.emit(action::Home{});
}

} // namespace

void top_bar(UiFrame& frame) {
    const Theme& t = frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    window->DrawList->AddRectFilled(
        window->Pos, ImVec2(window->Pos.x + window->Size.x, window->Pos.y + t.top_bar),
        t.top_bar_bg);
    ImGui::SetCursorPosY(t.pad * 0.5f);
    Bar b{frame, frame.model, widths(t, ImGui::GetContentRegionAvail().x), t.nav_h,
          is_visitor_screen(frame.model.place().screen)};
    logo(b);
    ImGui::SameLine();
    if (t.narrow) {
        display(b);
        ImGui::SameLine();
        exit_or_logout(b);
        ImGui::SetCursorPosY(t.pad + b.h);
        emergency(b);
        ImGui::SameLine();
        back_and_home(b);
    } else {
        emergency(b);
        ImGui::SameLine();
        display(b);
        ImGui::SameLine();
        back_and_home(b);
        ImGui::SameLine();
        exit_or_logout(b);
    }
}

} // namespace kiosk::ui
