// The visitor's way through a group sign-up and the interest form. The action path stores
// what needs storing and hands the result in; the model moves the visitor along.
#include "kiosk_model.hpp"

#include <algorithm>

namespace kiosk {

void KioskModel::start_signup(const std::string& session_id) {
    Visit& v = *visit_;
    v.signup = SignupDraft{};
    v.outcome = SignupOutcome{};
    v.signup.session_id = session_id;
    v.nav.open(Place{ScreenId::Consent, session_id});
}

void KioskModel::give_consent() {
    visit_->nav.open(Place{ScreenId::CodeChoice, ""});
}

void KioskModel::choose_new_code() {
    visit_->signup.new_member = true;
    visit_->nav.open(Place{ScreenId::SymbolPick, ""});
}

void KioskModel::choose_existing_code() {
    visit_->signup.new_member = false;
    visit_->signup.code.clear();
    visit_->nav.open(Place{ScreenId::CodeEntry, ""});
}

void KioskModel::pick_symbol(const std::string& symbol) {
    visit_->signup.symbol = symbol;
    visit_->nav.open(Place{ScreenId::Nickname, ""});
}

void KioskModel::signup_submitted(SignupOutcome outcome) {
    using Kind = SignupOutcome::Kind;
    const bool code_refused =
        outcome.kind == Kind::UnknownCode || outcome.kind == Kind::ImpossibleCode;
    visit_->outcome = std::move(outcome);
    if (code_refused)
        return; // stay on the code screen; it says what is wrong
    // Leave the sign-up steps out of the history, so Back never submits twice.
    unwind_to(ScreenId::GroupSession);
    visit_->nav.open(Place{ScreenId::SignupDone, visit_->signup.session_id});
}

void KioskModel::toggle_interest(const std::string& kind, const std::string& value) {
    InterestDraft& d = visit_->interest;
    auto& list = kind == "language" ? d.languages : d.availability;
    const auto it = std::find(list.begin(), list.end(), value);
    if (it == list.end())
        list.push_back(value);
    else
        list.erase(it);
}

void KioskModel::interest_submitted(bool stored) {
    visit_->interest.submitted = stored;
    visit_->interest.failed = !stored;
    unwind_to(ScreenId::Interest);
    visit_->nav.open(Place{ScreenId::InterestDone, ""});
}

} // namespace kiosk
