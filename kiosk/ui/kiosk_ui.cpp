// Frame layout: one full-screen root window, the top bar, the screen for the current place.
#include "kiosk_ui.hpp"

#include "screens/screens.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {

void begin_root(const Theme& theme) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.pad, theme.pad));
    ImGui::Begin("root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
}

} // namespace

void KioskUi::set_screen(float logical_w, float logical_h, const std::string& glyph_text,
                         std::string& font_error) {
    theme_ = make_theme(logical_w, logical_h);
    apply_theme(theme_);
    fonts_ = load_fonts(*ImGui::GetIO().Fonts, theme_, glyph_text, font_error);
    ImGui::GetIO().FontDefault = fonts_.body;
}

FrameOutput KioskUi::draw(const KioskModel& model, SteadyTime now) {
    if (model.visit_generation() != visit_generation_) {
        state_.clear();
        visit_generation_ = model.visit_generation();
    }
    taps_.clear();
    FrameOutput out;
    UiFrame frame{model, now, theme_, fonts_, state_, taps_, out.actions};

    begin_root(theme_);
    ImGui::PushFont(fonts_.body);
    top_bar(frame);
    switch (model.place().screen) {
    case ScreenId::Home:
        home_screen(frame);
        break;
    case ScreenId::Info:
        info_screen(frame);
        break;
    case ScreenId::Groups:
        groups_screen(frame);
        break;
    case ScreenId::Search:
        search_screen(frame);
        break;
    case ScreenId::StaffPin:
        staff_pin_screen(frame);
        break;
    case ScreenId::Staff:
        staff_screen(frame);
        break;
    }
    if (model.idle_prompt_visible(now)) {
        // Only the prompt's own buttons count while it is up.
        taps_.clear();
        out.actions.clear();
        idle_prompt(frame);
    }
    ImGui::PopFont();
    ImGui::End();
    out.wants_animation = frame.wants_animation;
    return out;
}

void KioskUi::draw_recovering(const KioskModel& model, SteadyTime now) {
    taps_.clear();
    std::vector<Action> ignored;
    UiFrame frame{model, now, theme_, fonts_, state_, taps_, ignored};
    begin_root(theme_);
    ImGui::End();
    ImGui::PushFont(fonts_.body);
    recovering_screen(frame);
    ImGui::PopFont();
}

} // namespace kiosk::ui
