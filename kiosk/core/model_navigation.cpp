// Where the visitor goes: opening screens (and who may), back, home, language, typing into
// the field the open screen declares, and the mixing checker's choices.
#include "kiosk_model.hpp"

#include <algorithm>

namespace kiosk {

bool KioskModel::open(const Place& p) {
    Visit& v = *visit_;
    v.pin.wrong = false;
    const ScreenTraits& screen = traits(p.screen);
    if (screen.audience == Audience::Staff && !v.staff_user)
        return false; // the staff area opens only through the PIN pad
    if (screen.clock == ClockNeed::Trusted && !device_.clock_trusted)
        return false; // it would show or record dates that may be wrong
    if (p.screen == ScreenId::Interest)
        v.interest = InterestDraft{}; // a fresh form
    if (p.screen == ScreenId::CancelSignup) {
        v.signup.code.clear(); // a fresh field, whatever was typed before
        v.outcome = SignupOutcome{};
    }
    v.nav.open(p);
    return true;
}

void KioskModel::back() {
    if (place().screen == ScreenId::StaffPin)
        visit_->pin.digits.clear();
    visit_->nav.back();
}

void KioskModel::home() {
    visit_->pin.digits.clear();
    visit_->nav.home();
}

void KioskModel::unwind_to(ScreenId screen) {
    while (visit_->nav.can_go_back() && place().screen != screen)
        visit_->nav.back();
}

void KioskModel::choose_language(const std::string& code) {
    if (!catalog_.has_language(code) ||
        std::find(config_.languages.begin(), config_.languages.end(), code) ==
            config_.languages.end())
        return;
    visit_->language = code;
    counters_.count(day_, "language", code);
}

void KioskModel::toggle_listening() {
    visit_->listening = !visit_->listening;
    if (visit_->listening)
        ++visit_->speech_cue; // switched on: the screen is read from the top
}

void KioskModel::step_volume(int delta) {
    visit_->volume = std::clamp(volume() + delta, 0, 100);
}

TextField* KioskModel::typing_target() {
    Visit& v = *visit_;
    switch (traits(place().screen).typing) {
    case TypingInto::Nothing:
        return nullptr;
    case TypingInto::Search:
        return &v.search;
    case TypingInto::MixFilter:
        return &v.mix_filter;
    case TypingInto::SignupCode:
        return &v.signup.code;
    case TypingInto::Nickname:
        return &v.signup.nickname;
    case TypingInto::InterestContact:
        return &v.interest.contact;
    case TypingInto::StaffCode:
        return &v.staff_code;
    case TypingInto::SchedulePlace:
        return &v.schedule_draft.place;
    case TypingInto::SignalMark:
        return &v.report.mark_text;
    }
    return nullptr;
}

void KioskModel::type_text(std::string_view text) {
    if (TextField* field = typing_target())
        field->type(text);
    visit_->schedule_draft.clear_result();
}

void KioskModel::backspace() {
    if (TextField* field = typing_target())
        field->backspace();
    visit_->schedule_draft.clear_result();
}

void KioskModel::clear_text() {
    if (TextField* field = typing_target())
        field->clear();
    visit_->schedule_draft.clear_result();
}

void KioskModel::pick_mix(const std::string& id) {
    auto& mix = visit_->mix;
    if (!content_ || !content_->substance(id) || id == mix[0] || id == mix[1])
        return;
    mix[mix[0].empty() ? 0 : 1] = id;
}

void KioskModel::clear_mix_slot(int slot) {
    auto& mix = visit_->mix;
    if (slot == 0) {
        mix[0] = mix[1]; // the second moves up, so the first slot is never empty
        mix[1].clear();
    } else if (slot == 1) {
        mix[1].clear();
    }
}

void KioskModel::check_mix(const std::string& a, const std::string& b) {
    if (!content_ || !content_->substance(a) || !content_->substance(b))
        return;
    visit_->mix = {a, b};
    visit_->nav.open(Place{ScreenId::Mixing, ""});
}

} // namespace kiosk
