// Every action's handler, one overload each, grouped by the file that defines it. The
// dispatcher (action_handler.cpp) calls handle(context, action) for whatever action it is
// given: an action without a handler here does not compile. Actions that need a trusted
// clock also have a refuse() that tells the visitor or staff why nothing happened.
#pragma once

#include "action_context.hpp"
#include "core/actions.hpp"

namespace kiosk::actions {

// handle_visit.cpp
void handle(ActionContext& c, const action::Back& a);
void handle(ActionContext& c, const action::Home& a);
void handle(ActionContext& c, const action::QuickExit& a);
void handle(ActionContext& c, const action::ChooseLanguage& a);
void handle(ActionContext& c, const action::TypeText& a);
void handle(ActionContext& c, const action::Backspace& a);
void handle(ActionContext& c, const action::ClearText& a);
void handle(ActionContext& c, const action::StillHere& a);
void handle(ActionContext& c, const action::StartOver& a);
void handle(ActionContext& c, const action::PickMixSubstance& a);
void handle(ActionContext& c, const action::ClearMixSlot& a);
void handle(ActionContext& c, const action::CheckMix& a);
void handle(ActionContext& c, const action::ToggleLargeText& a);
void handle(ActionContext& c, const action::ToggleHighContrast& a);
void handle(ActionContext& c, const action::ToggleListening& a);
void handle(ActionContext& c, const action::SayAgain& a);
void handle(ActionContext& c, const action::StepVolume& a);

// handle_speech_settings.cpp
void handle(ActionContext& c, const action::StepDefaultVolume& a);
void handle(ActionContext& c, const action::ChooseSpeechOutput& a);
void handle(ActionContext& c, const action::SetPrivateListening& a);
void handle(ActionContext& c, const action::TestSpeech& a);
void handle(ActionContext& c, const action::UseConfiguredSpeech& a);

// screen_loading.cpp
void handle(ActionContext& c, const action::Open& a);

// handle_staff.cpp
void handle(ActionContext& c, const action::PinDigit& a);
void handle(ActionContext& c, const action::PinBackspace& a);
void handle(ActionContext& c, const action::PinSubmit& a);
void handle(ActionContext& c, const action::StaffLogout& a);
void handle(ActionContext& c, const action::AcknowledgeNotice& a);
void handle(ActionContext& c, const action::SendNow& a);
void handle(ActionContext& c, const action::RollBackBundle& a);
void handle(ActionContext& c, const action::ConfirmClock& a);

// handle_signup.cpp
void handle(ActionContext& c, const action::StartSignup& a);
void handle(ActionContext& c, const action::GiveConsent& a);
void handle(ActionContext& c, const action::ChooseNewCode& a);
void handle(ActionContext& c, const action::ChooseExistingCode& a);
void handle(ActionContext& c, const action::PickSymbol& a);
void handle(ActionContext& c, const action::SubmitSignup& a);
void handle(ActionContext& c, const action::LookUpMyCode& a);
void handle(ActionContext& c, const action::CancelMySignup& a);
void handle(ActionContext& c, const action::ToggleInterest& a);
void handle(ActionContext& c, const action::SubmitInterest& a);
void handle(ActionContext& c, const action::AnswerReport& a);
void handle(ActionContext& c, const action::SendReport& a);
void handle(ActionContext& c, const action::SaveStaffSignal& a);

// handle_attendance.cpp
void handle(ActionContext& c, const action::MarkAttendance& a);
void handle(ActionContext& c, const action::AddWalkIn& a);
void handle(ActionContext& c, const action::UndoMark& a);
void handle(ActionContext& c, const action::CloseSession& a);
void handle(ActionContext& c, const action::CancelSessionDate& a);
void handle(ActionContext& c, const action::RestoreSessionDate& a);
void handle(ActionContext& c, const action::AddExtraSession& a);
void handle(ActionContext& c, const action::LookUpProgress& a);
void handle(ActionContext& c, const action::ExportAttendance& a);

// handle_schedule.cpp
void handle(ActionContext& c, const action::SetScheduleWeekday& a);
void handle(ActionContext& c, const action::StepSchedule& a);
void handle(ActionContext& c, const action::SaveSchedule& a);
void handle(ActionContext& c, const action::KeepSchedule& a);

// Refused until the clock is trusted (action::Effects::needs_trusted_clock).
void refuse(ActionContext& c, const action::SubmitSignup& a);
void refuse(ActionContext& c, const action::CancelMySignup& a);
void refuse(ActionContext& c, const action::MarkAttendance& a);
void refuse(ActionContext& c, const action::AddWalkIn& a);
void refuse(ActionContext& c, const action::UndoMark& a);
void refuse(ActionContext& c, const action::CloseSession& a);
void refuse(ActionContext& c, const action::CancelSessionDate& a);
void refuse(ActionContext& c, const action::RestoreSessionDate& a);
void refuse(ActionContext& c, const action::ExportAttendance& a);
void refuse(ActionContext& c, const action::SubmitInterest& a);
void refuse(ActionContext& c, const action::SendReport& a);
void refuse(ActionContext& c, const action::SaveStaffSignal& a);
void refuse(ActionContext& c, const action::AddExtraSession& a);
void refuse(ActionContext& c, const action::SaveSchedule& a);

} // namespace kiosk::actions
