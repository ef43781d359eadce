// The screens of the kiosk, declared once with everything the rest of the kiosk needs to
// know about each: its stable name (--goto, --ui-dump, tests), who may open it, whether it
// needs a trusted clock, the data opening it loads, where typing on it goes, and the reach
// counter opening it adds. The enum and the table are made from the one list below, so a new
// screen cannot be added without saying all of this.
//
// To add an information screen: one row here, its draw function in ui/screens/ (one file),
// its row in ui/screen_dispatch.cpp, and a button on the screen that leads to it
// (docs/architecture.md, "Add an information screen").
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kiosk {

// Who may open a screen: anyone; only through the PIN pad's result; the PIN pad itself.
enum class Audience { Visitor, PinPad, Staff };

// Opening the screen needs a trusted clock (it shows or records dates that must be right).
enum class ClockNeed { Any, Trusted };

// What the action path loads when the screen opens (actions/screen_loading.cpp).
enum class ScreenData {
    None,          // the content snapshot is all it reads
    Groups,        // the sessions of the next four weeks
    StaffPage,     // staff notices and the kiosk's status
    StaffSession,  // one session's sign-ups and marks
    StaffProgress, // an empty progress lookup
    StaffStats,    // one group's weekly statistics
    StaffExport,   // the folders a CSV can go to
    StaffSync,     // upload status and the bundle in use
    StaffSchedule, // the schedule as it stands
    ScheduleEdit,  // one edit of the schedule, filled from the schedule
};

// Where keys typed on the on-screen keyboard go while the screen is open.
enum class TypingInto {
    Nothing,
    Search,
    MixFilter,
    SignupCode,
    Nickname,
    InterestContact,
    StaffCode,
    SchedulePlace,
    SignalMark
};

// The reach counter opening the screen adds (docs/privacy.md: aggregated counts only).
enum class ReachCount { None, Substance, Topic, Emergency, Referral, Alerts };

// clang-format off
//  name               --goto name            audience  clock    data           typing           reach
#define KIOSK_SCREENS(S)                                                                                   \
    S(Home,              "home",                Visitor, Any,     None,          Search,          None)      \
    S(Info,              "info",                Visitor, Any,     None,          Nothing,         None)      \
    S(Substances,        "substances",          Visitor, Any,     None,          Nothing,         None)      \
    S(Substance,         "substance",           Visitor, Any,     None,          Nothing,         Substance) \
    S(Pages,             "pages",               Visitor, Any,     None,          Nothing,         Topic)     \
    S(Page,              "page",                Visitor, Any,     None,          Nothing,         Topic)     \
    S(Mixing,            "mixing",              Visitor, Any,     None,          MixFilter,       None)      \
    S(Emergency,         "emergency",           Visitor, Any,     None,          Nothing,         Emergency) \
    S(Help,              "help",                Visitor, Any,     None,          Nothing,         None)      \
    S(HelpNeed,          "help-need",           Visitor, Any,     None,          Nothing,         None)      \
    S(Organisation,      "organisation",        Visitor, Any,     None,          Nothing,         Referral)  \
    S(Groups,            "groups",              Visitor, Any,     Groups,        Nothing,         None)      \
    S(GroupType,         "group-type",          Visitor, Any,     Groups,        Nothing,         None)      \
    S(GroupSession,      "group-session",       Visitor, Any,     Groups,        Nothing,         None)      \
    S(Consent,           "consent",             Visitor, Any,     None,          Nothing,         None)      \
    S(CodeChoice,        "code-choice",         Visitor, Any,     None,          Nothing,         None)      \
    S(CodeEntry,         "code-entry",          Visitor, Any,     None,          SignupCode,      None)      \
    S(SymbolPick,        "symbol-pick",         Visitor, Any,     None,          Nothing,         None)      \
    S(Nickname,          "nickname",            Visitor, Any,     None,          Nickname,        None)      \
    S(SignupDone,        "signup-done",         Visitor, Any,     None,          Nothing,         None)      \
    S(CancelSignup,      "cancel-signup",       Visitor, Any,     None,          SignupCode,      None)      \
    S(Interest,          "interest",            Visitor, Any,     None,          Nothing,         None)      \
    S(InterestConsent,   "interest-consent",    Visitor, Any,     None,          Nothing,         None)      \
    S(InterestContact,   "interest-contact",    Visitor, Any,     None,          InterestContact, None)      \
    S(InterestDone,      "interest-done",       Visitor, Any,     None,          Nothing,         None)      \
    S(Search,            "search",              Visitor, Any,     None,          Search,          None)      \
    S(Alerts,            "alerts",              Visitor, Any,     None,          Nothing,         Alerts)    \
    S(Report,            "report",              Visitor, Any,     None,          Nothing,         None)      \
    S(ReportMark,        "report-mark",         Visitor, Any,     None,          SignalMark,      None)      \
    S(ReportConsent,     "report-consent",      Visitor, Any,     None,          Nothing,         None)      \
    S(ReportDone,        "report-done",         Visitor, Any,     None,          Nothing,         None)      \
    S(StaffPin,          "staff-pin",           PinPad,  Any,     None,          Nothing,         None)      \
    S(Staff,             "staff",               Staff,   Any,     StaffPage,     Nothing,         None)      \
    S(StaffGroups,       "staff-groups",        Staff,   Any,     Groups,        Nothing,         None)      \
    S(StaffSession,      "staff-session",       Staff,   Any,     StaffSession,  StaffCode,       None)      \
    S(StaffProgress,     "staff-progress",      Staff,   Any,     StaffProgress, StaffCode,       None)      \
    S(StaffStats,        "staff-stats",         Staff,   Trusted, StaffStats,    Nothing,         None)      \
    S(StaffExport,       "staff-export",        Staff,   Any,     StaffExport,   Nothing,         None)      \
    S(StaffSync,         "staff-sync",          Staff,   Any,     StaffSync,     Nothing,         None)      \
    S(StaffSchedule,     "staff-schedule",      Staff,   Any,     StaffSchedule, Nothing,         None)      \
    S(StaffScheduleEdit, "staff-schedule-edit", Staff,   Any,     ScheduleEdit,  SchedulePlace,   None)      \
    S(StaffSpeech,       "staff-speech",        Staff,   Any,     None,          Nothing,         None)      \
    S(StaffReport,       "staff-report",        Staff,   Any,     None,          Nothing,         None)      \
    S(StaffReportMark,   "staff-report-mark",   Staff,   Any,     None,          SignalMark,      None)
// clang-format on
// Place::topic says which item a screen shows: Substance (substance id), Pages (topic id),
// Page (page id), HelpNeed (need), Organisation (organisation id), GroupType (type),
// GroupSession and StaffSession (session id), StaffStats (group id), StaffScheduleEdit (which
// edit: add-slot/<group>, change-slot/<group>/<weekday>/<HH:MM>, remove-slot/...,
// group/<group>, add-holiday, remove-holiday/<YYYY-MM-DD>).

#define KIOSK_SCREEN_ENUM(id, name, audience, clock, data, typing, reach) id,
enum class ScreenId { KIOSK_SCREENS(KIOSK_SCREEN_ENUM) };
#undef KIOSK_SCREEN_ENUM

struct ScreenTraits {
    ScreenId id;
    std::string_view name;
    Audience audience;
    ClockNeed clock;
    ScreenData data;
    TypingInto typing;
    ReachCount reach;
};

#define KIOSK_SCREEN_ROW(id, name, audience, clock, data, typing, reach)                           \
    ScreenTraits{ScreenId::id,       name,                                                         \
                 Audience::audience, ClockNeed::clock,                                             \
                 ScreenData::data,   TypingInto::typing,                                           \
                 ReachCount::reach},
inline constexpr std::array kScreens = {KIOSK_SCREENS(KIOSK_SCREEN_ROW)};
#undef KIOSK_SCREEN_ROW

constexpr const ScreenTraits& traits(ScreenId id) {
    return kScreens[static_cast<std::size_t>(id)];
}
constexpr std::string_view screen_name(ScreenId id) {
    return traits(id).name;
}
std::optional<ScreenId> parse_screen_name(std::string_view name);
// Screens a visitor uses (they show the quick-exit control).
constexpr bool is_visitor_screen(ScreenId id) {
    return traits(id).audience == Audience::Visitor;
}

constexpr bool screen_table_is_sound() {
    for (std::size_t i = 0; i < kScreens.size(); ++i) {
        if (static_cast<std::size_t>(kScreens[i].id) != i)
            return false;
        for (std::size_t j = i + 1; j < kScreens.size(); ++j)
            if (kScreens[i].name == kScreens[j].name)
                return false;
    }
    return true;
}
static_assert(screen_table_is_sound(), "KIOSK_SCREENS: a name is used twice");

} // namespace kiosk
