// Names of screens; kept in one table so --goto and the UI dump always agree.
#include "screen_id.hpp"

#include <array>
#include <utility>

namespace kiosk {

namespace {
constexpr std::array<std::pair<ScreenId, std::string_view>, 36> kNames{{
    {ScreenId::Home, "home"},
    {ScreenId::Info, "info"},
    {ScreenId::Substances, "substances"},
    {ScreenId::Substance, "substance"},
    {ScreenId::Pages, "pages"},
    {ScreenId::Page, "page"},
    {ScreenId::Mixing, "mixing"},
    {ScreenId::Emergency, "emergency"},
    {ScreenId::Help, "help"},
    {ScreenId::HelpNeed, "help-need"},
    {ScreenId::Organisation, "organisation"},
    {ScreenId::Groups, "groups"},
    {ScreenId::GroupType, "group-type"},
    {ScreenId::GroupSession, "group-session"},
    {ScreenId::Consent, "consent"},
    {ScreenId::CodeChoice, "code-choice"},
    {ScreenId::CodeEntry, "code-entry"},
    {ScreenId::SymbolPick, "symbol-pick"},
    {ScreenId::Nickname, "nickname"},
    {ScreenId::SignupDone, "signup-done"},
    {ScreenId::CancelSignup, "cancel-signup"},
    {ScreenId::Interest, "interest"},
    {ScreenId::InterestConsent, "interest-consent"},
    {ScreenId::InterestContact, "interest-contact"},
    {ScreenId::InterestDone, "interest-done"},
    {ScreenId::Search, "search"},
    {ScreenId::StaffPin, "staff-pin"},
    {ScreenId::Staff, "staff"},
    {ScreenId::StaffGroups, "staff-groups"},
    {ScreenId::StaffSession, "staff-session"},
    {ScreenId::StaffProgress, "staff-progress"},
    {ScreenId::StaffStats, "staff-stats"},
    {ScreenId::StaffExport, "staff-export"},
    {ScreenId::StaffSync, "staff-sync"},
    {ScreenId::StaffSchedule, "staff-schedule"},
    {ScreenId::StaffScheduleEdit, "staff-schedule-edit"},
}};
} // namespace

std::string_view screen_name(ScreenId id) {
    for (const auto& [screen, name] : kNames)
        if (screen == id)
            return name;
    return "unknown";
}

std::optional<ScreenId> parse_screen_name(std::string_view name) {
    for (const auto& [screen, screen_name] : kNames)
        if (screen_name == name)
            return screen;
    return std::nullopt;
}

bool is_visitor_screen(ScreenId id) {
    return id != ScreenId::StaffPin && id != ScreenId::Staff && id != ScreenId::StaffGroups &&
           id != ScreenId::StaffSession && id != ScreenId::StaffProgress &&
           id != ScreenId::StaffStats && id != ScreenId::StaffExport && id != ScreenId::StaffSync &&
           id != ScreenId::StaffSchedule && id != ScreenId::StaffScheduleEdit;
}

const std::vector<ScreenId>& all_screens() {
    static const std::vector<ScreenId> screens = [] {
        std::vector<ScreenId> out;
        for (const auto& entry : kNames)
            out.push_back(entry.first);
        return out;
    }();
    return screens;
}

} // namespace kiosk
