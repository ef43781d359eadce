// A visitor signing up for a group (or cancelling with their code) and the peer field worker
// interest form: the store through the groups service, the result to the model.
#include "handlers.hpp"

namespace kiosk::actions {

void handle(ActionContext& c, const action::StartSignup& a) {
    c.model.start_signup(a.session_id);
}

void handle(ActionContext& c, const action::GiveConsent&) {
    c.model.give_consent();
}

void handle(ActionContext& c, const action::ChooseNewCode&) {
    c.model.choose_new_code();
}

void handle(ActionContext& c, const action::ChooseExistingCode&) {
    c.model.choose_existing_code();
}

void handle(ActionContext& c, const action::PickSymbol& a) {
    c.model.pick_symbol(a.symbol);
}

void handle(ActionContext& c, const action::SubmitSignup&) {
    SignupOutcome outcome = c.groups().submit_signup(c.model.signup(), c.model.groups(), c.utc);
    c.refresh_groups();
    c.model.signup_submitted(std::move(outcome));
}

void refuse(ActionContext& c, const action::SubmitSignup&) {
    SignupOutcome outcome;
    outcome.kind = SignupOutcome::Kind::Failed;
    c.model.signup_submitted(std::move(outcome));
}

void handle(ActionContext& c, const action::LookUpMyCode&) {
    c.model.set_outcome(c.groups().look_up(c.model.signup().code.text(), c.model.groups()));
}

void handle(ActionContext& c, const action::CancelMySignup& a) {
    SignupOutcome outcome =
        c.groups().cancel_signup(c.model.outcome(), a.session_id, c.model.groups(), c.utc);
    c.refresh_groups();
    c.model.set_outcome(std::move(outcome));
}

void refuse(ActionContext& c, const action::CancelMySignup&) {
    SignupOutcome outcome = c.model.outcome();
    outcome.kind = SignupOutcome::Kind::Failed;
    c.model.set_outcome(std::move(outcome));
}

void handle(ActionContext& c, const action::ToggleInterest& a) {
    c.model.toggle_interest(a.kind, a.value);
}

void handle(ActionContext& c, const action::SubmitInterest& a) {
    c.model.interest_submitted(
        c.groups().submit_interest(c.model.interest(), a.with_contact, c.utc));
}

void refuse(ActionContext& c, const action::SubmitInterest&) {
    c.model.interest_submitted(false);
}

} // namespace kiosk::actions
