// Which function draws which screen. To add a screen: its row in core/screen_id.hpp, its
// draw function in a file of its own in ui/screens/, and its declaration and row here.
#include "screen_dispatch.hpp"

#include <iterator>

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
void report_screen(UiFrame& frame);
void report_mark_screen(UiFrame& frame);
void report_consent_screen(UiFrame& frame);
void report_done_screen(UiFrame& frame);
void staff_groups_screen(UiFrame& frame);
void staff_session_screen(UiFrame& frame);
void staff_progress_screen(UiFrame& frame);
void staff_stats_screen(UiFrame& frame);
void staff_export_screen(UiFrame& frame);
void staff_sync_screen(UiFrame& frame);
void staff_speech_screen(UiFrame& frame);
void staff_report_screen(UiFrame& frame);
void staff_schedule_screen(UiFrame& frame);
void staff_schedule_edit_screen(UiFrame& frame);
void search_screen(UiFrame& frame);
void alerts_screen(UiFrame& frame);
void staff_pin_screen(UiFrame& frame);
void staff_screen(UiFrame& frame);

namespace {

struct Drawer {
    ScreenId screen;
    void (*draw)(UiFrame&);
};

// One row per screen, in the order of the screen table: a screen without its row (or out of
// order) does not compile.
constexpr Drawer kDrawers[] = {
    {ScreenId::Home, home_screen},
    {ScreenId::Info, info_screen},
    {ScreenId::Substances, substances_screen},
    {ScreenId::Substance, substance_screen},
    {ScreenId::Pages, pages_screen},
    {ScreenId::Page, page_screen},
    {ScreenId::Mixing, mixing_screen},
    {ScreenId::Emergency, emergency_screen},
    {ScreenId::Help, help_screen},
    {ScreenId::HelpNeed, help_need_screen},
    {ScreenId::Organisation, organisation_screen},
    {ScreenId::Groups, groups_screen},
    {ScreenId::GroupType, group_type_screen},
    {ScreenId::GroupSession, group_session_screen},
    {ScreenId::Consent, consent_screen},
    {ScreenId::CodeChoice, code_choice_screen},
    {ScreenId::CodeEntry, code_entry_screen},
    {ScreenId::SymbolPick, symbol_pick_screen},
    {ScreenId::Nickname, nickname_screen},
    {ScreenId::SignupDone, signup_done_screen},
    {ScreenId::CancelSignup, cancel_signup_screen},
    {ScreenId::Interest, interest_screen},
    {ScreenId::InterestConsent, interest_consent_screen},
    {ScreenId::InterestContact, interest_contact_screen},
    {ScreenId::InterestDone, interest_done_screen},
    {ScreenId::Search, search_screen},
    {ScreenId::Alerts, alerts_screen},
    {ScreenId::Report, report_screen},
    {ScreenId::ReportMark, report_mark_screen},
    {ScreenId::ReportConsent, report_consent_screen},
    {ScreenId::ReportDone, report_done_screen},
    {ScreenId::StaffPin, staff_pin_screen},
    {ScreenId::Staff, staff_screen},
    {ScreenId::StaffGroups, staff_groups_screen},
    {ScreenId::StaffSession, staff_session_screen},
    {ScreenId::StaffProgress, staff_progress_screen},
    {ScreenId::StaffStats, staff_stats_screen},
    {ScreenId::StaffExport, staff_export_screen},
    {ScreenId::StaffSync, staff_sync_screen},
    {ScreenId::StaffSchedule, staff_schedule_screen},
    {ScreenId::StaffScheduleEdit, staff_schedule_edit_screen},
    {ScreenId::StaffSpeech, staff_speech_screen},
    {ScreenId::StaffReport, staff_report_screen},
    {ScreenId::StaffReportMark, report_mark_screen},
};

constexpr bool drawers_match_screens() {
    if (std::size(kDrawers) != kScreens.size())
        return false;
    for (std::size_t i = 0; i < std::size(kDrawers); ++i)
        if (kDrawers[i].screen != kScreens[i].id)
            return false;
    return true;
}
static_assert(drawers_match_screens(),
              "kDrawers needs one row per screen of core/screen_id.hpp, in the same order");

} // namespace

void draw_screen(UiFrame& frame, ScreenId screen) {
    kDrawers[static_cast<std::size_t>(screen)].draw(frame);
}

} // namespace kiosk::ui
