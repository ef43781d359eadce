// What a screen can ask for. Screens only read the model and return these; the app
// applies them after the frame is drawn.
#pragma once

#include "navigator.hpp"

#include <cstdint>
#include <string>
#include <variant>

namespace kiosk::action {

struct Open {
    Place place;
};
struct Back {};
struct Home {};
struct QuickExit {};
struct ChooseLanguage {
    std::string code;
};
struct TypeText {
    std::string text;
};
struct Backspace {};
struct ClearText {};
struct StillHere {};
struct StartOver {};
struct PinDigit {
    char digit = '0';
};
struct PinBackspace {};
struct PinSubmit {};
struct StaffLogout {};
struct AcknowledgeNotice {
    std::int64_t id = 0;
};
// Mixing checker: put a substance in the first free slot (or replace the second).
struct PickMixSubstance {
    std::string id;
};
struct ClearMixSlot {
    int slot = 0; // 0 or 1
};
// Open the mixing checker with both substances chosen (from a substance page).
struct CheckMix {
    std::string a, b;
};
// Group sign-up (the app does the storing; the model moves the visitor along).
struct StartSignup {
    std::string session_id;
};
struct GiveConsent {};
struct ChooseNewCode {};
struct ChooseExistingCode {};
struct PickSymbol {
    std::string symbol;
};
struct SubmitSignup {};
struct LookUpMyCode {};
struct CancelMySignup {
    std::string session_id;
};
// Staff attendance.
struct MarkAttendance {
    std::string session_id, code, mark; // present, absent, excused
};
struct AddWalkIn {
    std::string session_id;
    bool with_code = false; // the code typed on the staff screen, else an anonymous count
    bool new_code = false;  // make a new code for the walk-in (shown to staff to hand over)
};
// Staff: one extra session of this session's group, same time, on another date.
struct AddExtraSession {
    std::string session_id; // the session it is like
    std::string date;       // YYYY-MM-DD
};
struct UndoMark {
    std::string session_id;
};
struct CloseSession {
    std::string session_id;
};
// Staff edits to the schedule: this one session does not take place, or does again.
struct CancelSessionDate {
    std::string session_id;
};
struct RestoreSessionDate {
    std::string session_id;
};
// Staff: look up the progress of the code typed on the progress screen.
struct LookUpProgress {};
// The interest form: toggle a language or a time of the week; submit it after consent.
struct ToggleInterest {
    std::string kind; // "language" or "time"
    std::string value;
};
struct SubmitInterest {
    bool with_contact = false;
};
// Staff: write the attendance of the last four weeks as CSV into this folder.
struct ExportAttendance {
    std::string folder;
};
// Staff: try to upload now, whatever the back-off timer says.
struct SendNow {};
// Staff: go back to the content and schedule from before the last bundle (or forward again).
struct RollBackBundle {};
// Staff: the date and time shown are right; trust the clock without NTP.
struct ConfirmClock {};
// Staff editing the schedule (the edit itself is opened with Open{StaffScheduleEdit, what}).
struct SetScheduleWeekday {
    int weekday = 0; // 0 = Monday
};
enum class ScheduleField { Start, End, From, Capacity };
struct StepSchedule {
    ScheduleField field = ScheduleField::Start;
    int delta = 0; // minutes (Start, End), days (From) or places (Capacity)
};
struct SaveSchedule {
    bool confirmed = false; // the staff member has seen what it takes away and said yes
};
struct KeepSchedule {}; // "no" to the confirmation: nothing is saved
struct ToggleLargeText {};
struct ToggleHighContrast {};

} // namespace kiosk::action

namespace kiosk {

using Action = std::variant<
    action::Open, action::Back, action::Home, action::QuickExit, action::ChooseLanguage,
    action::TypeText, action::Backspace, action::ClearText, action::StillHere, action::StartOver,
    action::PinDigit, action::PinBackspace, action::PinSubmit, action::StaffLogout,
    action::AcknowledgeNotice, action::PickMixSubstance, action::ClearMixSlot, action::CheckMix,
    action::ToggleLargeText, action::ToggleHighContrast, action::StartSignup, action::GiveConsent,
    action::ChooseNewCode, action::ChooseExistingCode, action::PickSymbol, action::SubmitSignup,
    action::LookUpMyCode, action::CancelMySignup, action::MarkAttendance, action::AddWalkIn,
    action::UndoMark, action::CloseSession, action::CancelSessionDate, action::RestoreSessionDate,
    action::LookUpProgress, action::ExportAttendance, action::ToggleInterest,
    action::SubmitInterest, action::AddExtraSession, action::SendNow, action::RollBackBundle,
    action::ConfirmClock, action::SetScheduleWeekday, action::StepSchedule, action::SaveSchedule,
    action::KeepSchedule>;

} // namespace kiosk
