// The model's timers, the neutral visit, and reach counting around each action.
#include "kiosk_model.hpp"

namespace kiosk {

KioskModel::KioskModel(const Config& config, const Catalog& catalog, SteadyTime now)
    : config_(config), catalog_(catalog), visit_(make_visit(config.default_language)),
      idle_(Seconds(config.idle_timeout_s), Seconds(config.idle_prompt_s)) {
    idle_.restart(now);
    speech_.speech = config.speech;
}

const std::string& KioskModel::tr(const std::string& key) const {
    return catalog_.text(language(), key);
}

bool KioskModel::visit_is_neutral() const {
    // Everything of a fresh visit but what only staff can change (their own views).
    const Visit& v = *visit_;
    return v.nav.depth() == 1 && place().screen == ScreenId::Home &&
           v.language == config_.default_language && v.search.empty() && v.pin.digits.empty() &&
           !v.staff_user && v.mix_filter.empty() && v.mix[0].empty() && v.mix[1].empty() &&
           !v.large_text && !v.high_contrast && !v.listening && !v.volume &&
           v.signup == SignupDraft{} && v.interest == InterestDraft{} &&
           v.outcome == SignupOutcome{};
}

bool KioskModel::idle_prompt_visible(SteadyTime now) const {
    return !staff_user() && idle_.phase(now, visit_is_neutral()) == IdlePolicy::Phase::Prompting;
}

int KioskModel::idle_seconds_left(SteadyTime now) const {
    return idle_.seconds_left(now);
}

void KioskModel::on_input(SteadyTime now) {
    idle_.on_input(now);
    if (staff_user())
        visit_->staff_last_input = now;
}

void KioskModel::force_idle_prompt(SteadyTime now) {
    idle_.restart(now - idle_.until_prompt());
}

void KioskModel::reset_visit(SteadyTime now) {
    visit_ = make_visit(config_.default_language); // the old visit is zeroed as it goes
    idle_.restart(now);
    ++visit_generation_;
}

void KioskModel::still_here(SteadyTime now) {
    idle_.restart(now);
}

bool KioskModel::tick(SteadyTime now) {
    if (staff_user() && now - visit_->staff_last_input >= Seconds(config_.staff_timeout_s)) {
        reset_visit(now);
        return true;
    }
    if (!staff_user() && idle_.phase(now, visit_is_neutral()) == IdlePolicy::Phase::Expired) {
        reset_visit(now);
        return true;
    }
    return false;
}

std::optional<SteadyTime> KioskModel::next_deadline(SteadyTime now) const {
    std::optional<SteadyTime> next;
    if (staff_user())
        next = visit_->staff_last_input + Seconds(config_.staff_timeout_s);
    else
        next = idle_.next_deadline(now, visit_is_neutral());
    if (lockout_.locked(now)) {
        // Tick the lock-out countdown once a second.
        const auto tick = now + std::chrono::seconds(1);
        next = next ? std::min(*next, tick) : tick;
    }
    return next;
}

ReachMark KioskModel::reach_mark() const {
    return {visit_is_neutral(), visit_->listening, place(), visit_->mix[0] + "+" + visit_->mix[1]};
}

void KioskModel::count_reach(const ReachMark& before) {
    // Aggregated counts only: what was opened or checked, never who or when.
    if (before.was_neutral && !visit_is_neutral())
        counters_.count(day_, "visit");
    if (!(place() == before.place))
        count_place(place());
    if (visit_->listening && !before.was_listening)
        counters_.count(day_, "listen", visit_->language);
    const auto& mix = visit_->mix;
    if (!mix[0].empty() && !mix[1].empty() && mix[0] + "+" + mix[1] != before.mix)
        counters_.count(day_, "mix", mix_key(mix[0], mix[1]));
}

void KioskModel::count_place(const Place& p) {
    switch (traits(p.screen).reach) {
    case ReachCount::None:
        break;
    case ReachCount::Substance:
        counters_.count(day_, "substance", p.topic);
        break;
    case ReachCount::Topic:
        counters_.count(day_, "topic", p.topic);
        break;
    case ReachCount::Emergency:
        counters_.count(day_, "emergency");
        break;
    case ReachCount::Alerts: // each alert the screen lists, by id
        for (const content::Alert* a : current_alerts())
            counters_.count(day_, "alert", a->id);
        break;
    case ReachCount::Referral:
        counters_.count(day_, "referral", p.topic);
        if (content_)
            for (const auto& o : content_->help.organisations)
                if (o.id == p.topic && (!o.link.empty() || !o.phone.empty()))
                    counters_.count(day_, "qr", p.topic); // the screen shows its QR code
        break;
    }
}

} // namespace kiosk
