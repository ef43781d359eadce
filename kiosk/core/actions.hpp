// What a screen can ask for. Screens only read the model and return these; the action path
// (kiosk/actions) applies each exactly once after the frame is drawn.
#pragma once

#include "navigator.hpp"
#include "schedule_view.hpp"
#include "signal_draft.hpp"

#include <cstdint>
#include <string>
#include <type_traits>
#include <variant>

namespace kiosk::action {

// What applying an action involves, declared on every action (the action path refuses to
// compile an action without it): whether only a signed-in staff member may do it, whether it
// needs a trusted clock (it records a time, or shows dates that must be right: refused until
// the clock is trusted) and whether it records outbox events (the uploader is told).
struct Effects {
    bool needs_staff = false;
    bool needs_trusted_clock = false;
    bool records_events = false;
};
inline constexpr Effects kPlain{}; // anyone, any clock, nothing recorded
inline constexpr Effects kRecordsWithTrustedTime{.needs_trusted_clock = true,
                                                 .records_events = true};
inline constexpr Effects kStaff{.needs_staff = true};
inline constexpr Effects kStaffNeedsTrustedClock{.needs_staff = true, .needs_trusted_clock = true};
inline constexpr Effects kStaffRecordsWithTrustedTime{
    .needs_staff = true, .needs_trusted_clock = true, .records_events = true};

struct Open {
    Place place;
    static constexpr Effects effects = kPlain;
};
struct Back {
    static constexpr Effects effects = kPlain;
};
struct Home {
    static constexpr Effects effects = kPlain;
};
struct QuickExit {
    static constexpr Effects effects = kPlain;
};
struct ChooseLanguage {
    std::string code;
    static constexpr Effects effects = kPlain;
};
struct TypeText {
    std::string text;
    static constexpr Effects effects = kPlain;
};
struct Backspace {
    static constexpr Effects effects = kPlain;
};
struct ClearText {
    static constexpr Effects effects = kPlain;
};
struct StillHere {
    static constexpr Effects effects = kPlain;
};
struct StartOver {
    static constexpr Effects effects = kPlain;
};
struct PinDigit {
    char digit = '0';
    static constexpr Effects effects = kPlain;
};
struct PinBackspace {
    static constexpr Effects effects = kPlain;
};
struct PinSubmit {
    static constexpr Effects effects = kPlain;
};
struct StaffLogout {
    static constexpr Effects effects = kPlain;
};
struct AcknowledgeNotice {
    std::int64_t id = 0;
    static constexpr Effects effects = kStaff;
};
// Mixing checker: put a substance in the first free slot (or replace the second).
struct PickMixSubstance {
    std::string id;
    static constexpr Effects effects = kPlain;
};
struct ClearMixSlot {
    int slot = 0; // 0 or 1
    static constexpr Effects effects = kPlain;
};
// Open the mixing checker with both substances chosen (from a substance page).
struct CheckMix {
    std::string a, b;
    static constexpr Effects effects = kPlain;
};
// Group sign-up (the app does the storing; the model moves the visitor along).
struct StartSignup {
    std::string session_id;
    static constexpr Effects effects = kPlain;
};
struct GiveConsent {
    static constexpr Effects effects = kPlain;
};
struct ChooseNewCode {
    static constexpr Effects effects = kPlain;
};
struct ChooseExistingCode {
    static constexpr Effects effects = kPlain;
};
struct PickSymbol {
    std::string symbol;
    static constexpr Effects effects = kPlain;
};
struct SubmitSignup {
    static constexpr Effects effects = kRecordsWithTrustedTime;
};
struct LookUpMyCode {
    static constexpr Effects effects = kPlain;
};
struct CancelMySignup {
    std::string session_id;
    static constexpr Effects effects = kRecordsWithTrustedTime;
};
// Staff attendance.
struct MarkAttendance {
    std::string session_id, code, mark; // present, absent, excused
    static constexpr Effects effects = kStaffRecordsWithTrustedTime;
};
struct AddWalkIn {
    std::string session_id;
    bool with_code = false; // the code typed on the staff screen, else an anonymous count
    bool new_code = false;  // make a new code for the walk-in (shown to staff to hand over)
    static constexpr Effects effects = kStaffRecordsWithTrustedTime;
};
// Staff: one extra session of this session's group, same time, on another date.
struct AddExtraSession {
    std::string session_id; // the session it is like
    std::string date;       // YYYY-MM-DD
    static constexpr Effects effects = kStaffRecordsWithTrustedTime;
};
struct UndoMark {
    std::string session_id;
    static constexpr Effects effects = kStaffRecordsWithTrustedTime;
};
struct CloseSession {
    std::string session_id;
    static constexpr Effects effects = kStaffRecordsWithTrustedTime;
};
// Staff edits to the schedule: this one session does not take place, or does again.
struct CancelSessionDate {
    std::string session_id;
    static constexpr Effects effects = kStaffRecordsWithTrustedTime;
};
struct RestoreSessionDate {
    std::string session_id;
    static constexpr Effects effects = kStaffRecordsWithTrustedTime;
};
// Staff: look up the progress of the code typed on the progress screen.
struct LookUpProgress {
    static constexpr Effects effects = kStaff;
};
// The interest form: toggle a language or a time of the week; submit it after consent.
struct ToggleInterest {
    std::string kind; // "language" or "time"
    std::string value;
    static constexpr Effects effects = kPlain;
};
struct SubmitInterest {
    bool with_contact = false;
    static constexpr Effects effects = kRecordsWithTrustedTime;
};
// The report of a drug (docs/signals.md): set an answer or toggle an effect; send it.
struct AnswerReport {
    SignalField field = SignalField::SoldAs;
    std::string value;
    static constexpr Effects effects = kPlain;
};
struct SendReport {
    static constexpr Effects effects = kRecordsWithTrustedTime;
};
// Staff: save the signal from the field in the draft (reporter "staff").
struct SaveStaffSignal {
    static constexpr Effects effects = kStaffRecordsWithTrustedTime;
};
// Staff: write the attendance of the last four weeks as CSV into this folder.
struct ExportAttendance {
    std::string folder;
    static constexpr Effects effects = kStaffNeedsTrustedClock;
};
// Staff: try to upload now, whatever the back-off timer says.
struct SendNow {
    static constexpr Effects effects = kStaff;
};
// Staff: go back to the content and schedule from before the last bundle (or forward again).
struct RollBackBundle {
    static constexpr Effects effects = kStaff;
};
// Staff: the date and time shown are right; trust the clock without NTP.
struct ConfirmClock {
    static constexpr Effects effects = kStaff;
};
// Staff editing the schedule (the edit itself is opened with Open{StaffScheduleEdit, what}).
struct SetScheduleWeekday {
    int weekday = 0; // 0 = Monday
    static constexpr Effects effects = kStaff;
};
using kiosk::ScheduleField;
struct StepSchedule {
    ScheduleField field = ScheduleField::Start;
    int delta = 0; // minutes (Start, End), days (From) or places (Capacity)
    static constexpr Effects effects = kStaff;
};
struct SaveSchedule {
    bool confirmed = false; // the staff member has seen what it takes away and said yes
    static constexpr Effects effects = kStaffRecordsWithTrustedTime;
};
struct KeepSchedule {
    static constexpr Effects effects = kStaff;
}; // "no" to the confirmation: nothing is saved
// Read aloud (docs/accessibility.md): on or off for this visit, the screen again, louder or
// softer.
struct ToggleListening {
    static constexpr Effects effects = kPlain;
};
struct SayAgain {
    static constexpr Effects effects = kPlain;
};
struct StepVolume {
    int delta = 0; // percent
    static constexpr Effects effects = kPlain;
};
// Staff set read aloud for this kiosk (the staff "Read aloud" screen): the volume every
// visit starts at, the sound output, private listening, a test sound, and back to the config
// file. Kept in the database (services/speech_settings.hpp).
struct StepDefaultVolume {
    int delta = 0; // percent
    static constexpr Effects effects = kStaff;
};
struct ChooseSpeechOutput {
    std::string device; // an ALSA device name, "" for ALSA's default
    static constexpr Effects effects = kStaff;
};
struct SetPrivateListening {
    bool on = false; // headphones: member codes and nicknames may be spoken
    static constexpr Effects effects = kStaff;
};
struct TestSpeech {
    static constexpr Effects effects = kStaff;
};
struct UseConfiguredSpeech {
    static constexpr Effects effects = kStaff;
};
struct ToggleLargeText {
    static constexpr Effects effects = kPlain;
};
struct ToggleHighContrast {
    static constexpr Effects effects = kPlain;
};

} // namespace kiosk::action

namespace kiosk {

using Action = std::variant<
    action::Open, action::Back, action::Home, action::QuickExit, action::ChooseLanguage,
    action::TypeText, action::Backspace, action::ClearText, action::StillHere, action::StartOver,
    action::PinDigit, action::PinBackspace, action::PinSubmit, action::StaffLogout,
    action::AcknowledgeNotice, action::PickMixSubstance, action::ClearMixSlot, action::CheckMix,
    action::ToggleLargeText, action::ToggleHighContrast, action::ToggleListening, action::SayAgain,
    action::StepVolume, action::StartSignup, action::GiveConsent, action::ChooseNewCode,
    action::ChooseExistingCode, action::PickSymbol, action::SubmitSignup, action::LookUpMyCode,
    action::CancelMySignup, action::MarkAttendance, action::AddWalkIn, action::UndoMark,
    action::CloseSession, action::CancelSessionDate, action::RestoreSessionDate,
    action::LookUpProgress, action::ExportAttendance, action::ToggleInterest,
    action::SubmitInterest, action::AddExtraSession, action::SendNow, action::RollBackBundle,
    action::ConfirmClock, action::SetScheduleWeekday, action::StepSchedule, action::SaveSchedule,
    action::KeepSchedule, action::StepDefaultVolume, action::ChooseSpeechOutput,
    action::SetPrivateListening, action::TestSpeech, action::UseConfiguredSpeech,
    action::AnswerReport, action::SendReport, action::SaveStaffSignal>;

// Every action declares its effects (see action::Effects).
template <class... A> constexpr bool every_action_declares_effects(const std::variant<A...>*) {
    return (std::is_same_v<decltype(A::effects), const action::Effects> && ...);
}
static_assert(every_action_declares_effects(static_cast<const Action*>(nullptr)));

} // namespace kiosk
