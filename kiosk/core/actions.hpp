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
};
struct UndoMark {
    std::string session_id;
};
struct CloseSession {
    std::string session_id;
};
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
    action::UndoMark, action::CloseSession>;

} // namespace kiosk
