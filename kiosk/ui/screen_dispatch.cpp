// Which function draws which screen. To add a screen: its row in core/screen_id.hpp, its
// draw function in a file of its own in ui/screens/, and its declaration and case here.
#include "screen_dispatch.hpp"

namespace kiosk::ui {

// Defined in ui/screens/, one per screen (or a few related screens per file).
void home_screen(UiFrame& frame);
void info_screen(UiFrame& frame);
void substances_screen(UiFrame& frame);
void substance_screen(UiFrame& frame);
void pages_screen(UiFrame& frame);
void page_screen(UiFrame& frame);
void mixing_screen(UiFrame& frame);
void emergency_screen(UiFrame& frame);
void help_screen(UiFrame& frame);
void help_need_screen(UiFrame& frame);
void organisation_screen(UiFrame& frame);
void groups_screen(UiFrame& frame);
void group_type_screen(UiFrame& frame);
void group_session_screen(UiFrame& frame);
void consent_screen(UiFrame& frame);
void code_choice_screen(UiFrame& frame);
void code_entry_screen(UiFrame& frame);
void symbol_pick_screen(UiFrame& frame);
void nickname_screen(UiFrame& frame);
void signup_done_screen(UiFrame& frame);
void cancel_signup_screen(UiFrame& frame);
void interest_screen(UiFrame& frame);
void interest_consent_screen(UiFrame& frame);
void interest_contact_screen(UiFrame& frame);
void interest_done_screen(UiFrame& frame);
void staff_groups_screen(UiFrame& frame);
void staff_session_screen(UiFrame& frame);
void staff_progress_screen(UiFrame& frame);
void staff_stats_screen(UiFrame& frame);
void staff_export_screen(UiFrame& frame);
void staff_sync_screen(UiFrame& frame);
void staff_schedule_screen(UiFrame& frame);
void staff_schedule_edit_screen(UiFrame& frame);
void search_screen(UiFrame& frame);
void staff_pin_screen(UiFrame& frame);
void staff_screen(UiFrame& frame);

void draw_screen(UiFrame& frame, ScreenId screen) {
    switch (screen) {
    case ScreenId::Home:
        home_screen(frame);
        return;
    case ScreenId::Info:
        info_screen(frame);
        return;
    case ScreenId::Substances:
        substances_screen(frame);
        return;
    case ScreenId::Substance:
        substance_screen(frame);
        return;
    case ScreenId::Pages:
        pages_screen(frame);
        return;
    case ScreenId::Page:
        page_screen(frame);
        return;
    case ScreenId::Mixing:
        mixing_screen(frame);
        return;
    case ScreenId::Emergency:
        emergency_screen(frame);
        return;
    case ScreenId::Help:
        help_screen(frame);
        return;
    case ScreenId::HelpNeed:
        help_need_screen(frame);
        return;
    case ScreenId::Organisation:
        organisation_screen(frame);
        return;
    case ScreenId::Groups:
        groups_screen(frame);
        return;
    case ScreenId::GroupType:
        group_type_screen(frame);
        return;
    case ScreenId::GroupSession:
        group_session_screen(frame);
        return;
    case ScreenId::Consent:
        consent_screen(frame);
        return;
    case ScreenId::CodeChoice:
        code_choice_screen(frame);
        return;
    case ScreenId::CodeEntry:
        code_entry_screen(frame);
        return;
    case ScreenId::SymbolPick:
        symbol_pick_screen(frame);
        return;
    case ScreenId::Nickname:
        nickname_screen(frame);
        return;
    case ScreenId::SignupDone:
        signup_done_screen(frame);
        return;
    case ScreenId::CancelSignup:
        cancel_signup_screen(frame);
        return;
    case ScreenId::Interest:
        interest_screen(frame);
        return;
    case ScreenId::InterestConsent:
        interest_consent_screen(frame);
        return;
    case ScreenId::InterestContact:
        interest_contact_screen(frame);
        return;
    case ScreenId::InterestDone:
        interest_done_screen(frame);
        return;
    case ScreenId::StaffGroups:
        staff_groups_screen(frame);
        return;
    case ScreenId::StaffSession:
        staff_session_screen(frame);
        return;
    case ScreenId::StaffProgress:
        staff_progress_screen(frame);
        return;
    case ScreenId::StaffStats:
        staff_stats_screen(frame);
        return;
    case ScreenId::StaffExport:
        staff_export_screen(frame);
        return;
    case ScreenId::StaffSync:
        staff_sync_screen(frame);
        return;
    case ScreenId::StaffSchedule:
        staff_schedule_screen(frame);
        return;
    case ScreenId::StaffScheduleEdit:
        staff_schedule_edit_screen(frame);
        return;
    case ScreenId::Search:
        search_screen(frame);
        return;
    case ScreenId::StaffPin:
        staff_pin_screen(frame);
        return;
    case ScreenId::Staff:
        staff_screen(frame);
        return;
    }
}

} // namespace kiosk::ui
