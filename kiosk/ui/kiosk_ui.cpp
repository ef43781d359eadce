// Frame layout: one full-screen root window, the top bar, the screen for the current place.
#include "kiosk_ui.hpp"

#include "screens/screens.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {

void begin_root(const Theme& theme) {
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme.background);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.pad, theme.pad));
    ImGui::Begin("root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

} // namespace

void KioskUi::set_screen(float logical_w, float logical_h, const std::string& glyph_text,
                         std::string& font_error) {
    theme_ = make_theme(logical_w, logical_h);
    apply_theme(theme_);
    glyph_text_ = glyph_text;
    fonts_ = load_fonts(*ImGui::GetIO().Fonts, theme_, glyph_text_, large_loaded_, font_error);
    ImGui::GetIO().FontDefault = fonts_.normal.body;
    applied_large_ = applied_contrast_ = false;
}

bool KioskUi::prepare_frame(const KioskModel& model) {
    if (!model.large_text() || large_loaded_)
        return false;
    large_loaded_ = true;
    std::string error;
    fonts_ = load_fonts(*ImGui::GetIO().Fonts, theme_, glyph_text_, true, error);
    ImGui::GetIO().FontDefault = fonts_.normal.body;
    return true;
}

Theme KioskUi::theme_for(const KioskModel& model) const {
    Theme t = theme_;
    if (model.large_text())
        t = with_large_text(t);
    if (model.high_contrast())
        t = with_high_contrast(t);
    return t;
}

FrameOutput KioskUi::draw(const KioskModel& model, SteadyTime now) {
    if (model.visit_generation() != visit_generation_) {
        state_.clear();
        visit_generation_ = model.visit_generation();
    }
    taps_.clear();
    FrameOutput out;
    const Theme theme = theme_for(model);
    if (theme.high_contrast != applied_contrast_) {
        apply_theme(theme);
        applied_contrast_ = theme.high_contrast;
    }
    const Fonts& fonts = fonts_.pick(model.large_text());
    UiFrame frame{model, now, theme, fonts, state_, taps_, out.actions};
    texts_.clear();
    frame.texts = &texts_;

    begin_root(theme);
    ImGui::PushFont(fonts.body);
    top_bar(frame);
    switch (model.place().screen) {
    case ScreenId::Home:
        home_screen(frame);
        break;
    case ScreenId::Info:
        info_screen(frame);
        break;
    case ScreenId::Substances:
        substances_screen(frame);
        break;
    case ScreenId::Substance:
        substance_screen(frame);
        break;
    case ScreenId::Pages:
        pages_screen(frame);
        break;
    case ScreenId::Page:
        page_screen(frame);
        break;
    case ScreenId::Mixing:
        mixing_screen(frame);
        break;
    case ScreenId::Emergency:
        emergency_screen(frame);
        break;
    case ScreenId::Help:
        help_screen(frame);
        break;
    case ScreenId::HelpNeed:
        help_need_screen(frame);
        break;
    case ScreenId::Organisation:
        organisation_screen(frame);
        break;
    case ScreenId::Groups:
        groups_screen(frame);
        break;
    case ScreenId::GroupType:
        group_type_screen(frame);
        break;
    case ScreenId::GroupSession:
        group_session_screen(frame);
        break;
    case ScreenId::Consent:
        consent_screen(frame);
        break;
    case ScreenId::CodeChoice:
        code_choice_screen(frame);
        break;
    case ScreenId::CodeEntry:
        code_entry_screen(frame);
        break;
    case ScreenId::SymbolPick:
        symbol_pick_screen(frame);
        break;
    case ScreenId::Nickname:
        nickname_screen(frame);
        break;
    case ScreenId::SignupDone:
        signup_done_screen(frame);
        break;
    case ScreenId::CancelSignup:
        cancel_signup_screen(frame);
        break;
    case ScreenId::Interest:
        interest_screen(frame);
        break;
    case ScreenId::InterestConsent:
        interest_consent_screen(frame);
        break;
    case ScreenId::InterestContact:
        interest_contact_screen(frame);
        break;
    case ScreenId::InterestDone:
        interest_done_screen(frame);
        break;
    case ScreenId::StaffGroups:
        staff_groups_screen(frame);
        break;
    case ScreenId::StaffSession:
        staff_session_screen(frame);
        break;
    case ScreenId::StaffProgress:
        staff_progress_screen(frame);
        break;
    case ScreenId::StaffStats:
        staff_stats_screen(frame);
        break;
    case ScreenId::StaffExport:
        staff_export_screen(frame);
        break;
    case ScreenId::StaffSync:
        staff_sync_screen(frame);
        break;
    case ScreenId::StaffSchedule:
        staff_schedule_screen(frame);
        break;
    case ScreenId::StaffScheduleEdit:
        staff_schedule_edit_screen(frame);
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
    if (state_.display_menu_open)
        display_menu(frame);
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
    UiFrame frame{model, now, theme_, fonts_.normal, state_, taps_, ignored};
    begin_root(theme_);
    ImGui::End();
    ImGui::PushFont(fonts_.normal.body);
    recovering_screen(frame);
    ImGui::PopFont();
}

} // namespace kiosk::ui
