// The bar on top of every screen: the logo (hold it for the staff entry), Emergency (one
// tap from anywhere), Listen (read aloud), the display menu (large text, high contrast), Back,
// Home, and Quick exit, which wipes the visit at once. top_bar_layout.cpp decides where they go.
#include "screens.hpp"

#include "top_bar_layout.hpp"
#include "ui/widgets/long_press.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {
constexpr float kStaffHoldSeconds = 3.0f;

// What the bar's parts share while one frame draws it.
struct Bar {
    UiFrame& frame;
    const KioskModel& m;
    TopBarLayout l;
    bool visitor;
};

void logo(Bar& b, float h) {
    const Theme& t = b.frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    // The location's name; a 3 s hold opens the staff PIN pad.
    const ImVec2 at = window->DC.CursorPos;
    if (long_press_area(b.frame, "nav.logo", ImVec2(b.l.logo, h), kStaffHoldSeconds))
        b.frame.emit(action::Open{{ScreenId::StaffPin, ""}});
    const TextFit fit = draw_fitted_text(window->DrawList, b.frame.fonts.bold, t.body_px, t.body_px,
                                         at, ImVec2(at.x + b.l.logo, at.y + h), t.top_bar_text,
                                         b.m.tr("nav.logo"), TextAlign::Start);
    if (!b.frame.taps.empty() && b.frame.taps.back().id == "nav.logo") {
        b.frame.taps.back().label = b.m.tr("nav.logo");
        b.frame.taps.back().text_px = fit.px;
        b.frame.taps.back().clipped = fit.clipped;
    }
}

void emergency(Bar& b, float h) {
    if (b.visitor &&
        touch_button(b.frame, {"nav.emergency", b.m.tr("nav.emergency"), ImVec2(b.l.emergency, h),
                               ButtonKind::Danger, Icon::Phone}))
        b.frame.emit(action::Open{{ScreenId::Emergency, ""}});
}

// Read aloud, on or off for this visit (shown only when the kiosk can speak).
void listen(Bar& b, float h) {
    if (b.l.listen <= 0)
        return;
    if (touch_button(b.frame,
                     {"nav.listen", b.m.tr("nav.listen"), ImVec2(b.l.listen, h),
                      b.m.listening() ? ButtonKind::Selected : ButtonKind::TopBar, Icon::Speaker}))
        b.frame.emit(action::ToggleListening{});
}

void display(Bar& b, float h) {
    ButtonSpec spec("nav.display", b.m.tr("nav.display"), ImVec2(b.l.display, h),
                    b.m.large_text() || b.m.high_contrast() ? ButtonKind::Selected
                                                            : ButtonKind::TopBar);
    spec.name = b.m.tr("display.title");
    if (touch_button(b.frame, spec))
        b.frame.state.display_menu_open = !b.frame.state.display_menu_open;
}

void exit_or_logout(Bar& b, float h) {
    if (b.visitor) {
        if (touch_button(b.frame, {"nav.quick_exit", b.m.tr("nav.quick_exit"), ImVec2(b.l.exit, h),
                                   ButtonKind::Exit, Icon::Exit}))
            b.frame.emit(action::QuickExit{});
    } else if (b.m.staff_user()) {
        if (touch_button(b.frame, {"staff.logout", b.m.tr("staff.logout"), ImVec2(b.l.exit, h),
                                   ButtonKind::Danger, Icon::Lock}))
            b.frame.emit(action::StaffLogout{});
    } else {
        ImGui::Dummy(ImVec2(b.l.exit, h));
    }
}

void back_and_home(Bar& b, float h) {
    if (b.l.back <= 0 && b.l.home <= 0)
        return; // the home screen
    if (b.m.can_go_back()) {
        if (touch_button(b.frame, {"nav.back", b.m.tr("nav.back"), ImVec2(b.l.back, h),
                                   ButtonKind::TopBar, Icon::Back}))
            b.frame.emit(action::Back{});
    } else {
        ImGui::Dummy(ImVec2(b.l.back, h));
    }
    ImGui::SameLine(0.0f, b.l.gap);
    if (touch_button(b.frame, {"nav.home", b.m.tr("nav.home"), ImVec2(b.l.home, h),
                               ButtonKind::TopBar, Icon::Home}))
        b.frame.emit(action::Home{});
}

TopBarLabels labels_for(const KioskModel& m, bool can_speak) {
    const bool visitor = is_visitor_screen(m.place().screen);
    const bool home = m.place().screen == ScreenId::Home;
    return {m.tr("nav.logo"),
            visitor ? m.tr("nav.emergency") : "",
            home ? "" : m.tr("nav.back"),
            home ? "" : m.tr("nav.home"),
            visitor ? m.tr("nav.quick_exit") : m.tr("staff.logout"),
            visitor && can_speak ? m.tr("nav.listen") : ""};
}

} // namespace

float top_bar_height(const KioskModel& model, const Theme& theme, const Fonts& fonts, float width,
                     bool can_speak) {
    return plan_top_bar(theme, fonts, labels_for(model, can_speak), width - theme.pad * 2).height;
}

void top_bar(UiFrame& frame, bool can_speak) {
    const Theme& t = frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    window->DrawList->AddRectFilled(
        window->Pos, ImVec2(window->Pos.x + window->Size.x, window->Pos.y + t.top_bar),
        t.top_bar_bg);
    ImGui::SetCursorPosY(t.pad * 0.5f);
    const KioskModel& m = frame.model;
    Bar b{frame, m,
          plan_top_bar(t, frame.fonts, labels_for(m, can_speak), ImGui::GetContentRegionAvail().x),
          is_visitor_screen(m.place().screen)};
    const float h0 = b.l.row_h[0];
    logo(b, h0);
    ImGui::SameLine(0.0f, b.l.gap);
    if (b.l.two_rows) {
        if (b.l.listen_row == 0) {
            listen(b, h0);
            ImGui::SameLine(0.0f, b.l.gap);
        }
        display(b, h0);
        ImGui::SameLine(0.0f, b.l.gap);
        exit_or_logout(b, h0);
        ImGui::SetCursorPosY(t.pad + h0);
    }
    // The parts that are there, side by side; in two rows these form the second row.
    const float h = b.l.two_rows ? b.l.row_h[1] : h0;
    bool first = true; // the logo's SameLine already stands before the first part
    const auto next = [&first, &b] {
        if (!first)
            ImGui::SameLine(0.0f, b.l.gap);
        first = false;
    };
    if (b.visitor) {
        next();
        emergency(b, h);
    }
    if (b.l.listen > 0 && (!b.l.two_rows || b.l.listen_row == 1)) {
        next();
        listen(b, h);
    }
    if (!b.l.two_rows) {
        next();
        display(b, h);
    }
    if (b.l.back > 0 || b.l.home > 0) {
        next();
        back_and_home(b, h);
    }
    if (!b.l.two_rows) {
        next();
        exit_or_logout(b, h);
    }
    if (b.l.two_rows && b.l.listen_row == 2) {
        ImGui::SetCursorPosY(t.pad * 1.5f + b.l.row_h[0] + b.l.row_h[1]);
        listen(b, b.l.row_h[2]);
    }
}

} // namespace kiosk::ui
