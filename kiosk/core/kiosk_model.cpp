// Applying actions and timers to the kiosk model.
#include "kiosk_model.hpp"

#include "groups/schedule_edits.hpp"
#include "pin_hash.hpp"

#include <algorithm>

namespace kiosk {

namespace {
template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace

KioskModel::KioskModel(const Config& config, const Catalog& catalog, SteadyTime now)
    : config_(config), catalog_(catalog), language_(config.default_language),
      idle_(Seconds(config.idle_timeout_s), Seconds(config.idle_prompt_s)) {
    idle_.restart(now);
}

const std::string& KioskModel::tr(const std::string& key) const {
    return catalog_.text(language_, key);
}

bool KioskModel::visit_is_neutral() const {
    return nav_.depth() == 1 && place().screen == ScreenId::Home &&
           language_ == config_.default_language && search_.empty() && pin_.empty() &&
           !staff_user_ && mix_filter_.empty() && mix_[0].empty() && mix_[1].empty() &&
           !large_text_ && !high_contrast_ && draft_.session_id.empty() && draft_.code.empty() &&
           interest_.languages.empty() && interest_.availability.empty() &&
           interest_.contact.empty() && !interest_.submitted &&
           outcome_.kind == SignupOutcome::Kind::None;
}

bool KioskModel::idle_prompt_visible(SteadyTime now) const {
    return !staff_user_ && idle_.phase(now, visit_is_neutral()) == IdlePolicy::Phase::Prompting;
}

int KioskModel::idle_seconds_left(SteadyTime now) const {
    return idle_.seconds_left(now);
}

void KioskModel::on_input(SteadyTime now) {
    idle_.on_input(now);
    if (staff_user_)
        staff_last_input_ = now;
}

void KioskModel::apply(const Action& action, SteadyTime now) {
    const bool was_neutral = visit_is_neutral();
    const Place before = place();
    const std::string mix_before = mix_[0] + "+" + mix_[1];
    std::visit(
        Overloaded{
            [&](const action::Open& a) {
                pin_was_wrong_ = false;
                if (!is_visitor_screen(a.place.screen) && a.place.screen != ScreenId::StaffPin &&
                    !staff_user_)
                    return; // the staff area opens only through the PIN pad
                if (a.place.screen == ScreenId::Interest) {
                    interest_.contact.clear();
                    interest_.clear();
                }
                if (a.place.screen == ScreenId::CancelSignup) {
                    draft_.code.clear(); // a fresh field, whatever was typed before
                    outcome_ = SignupOutcome{};
                }
                nav_.open(a.place);
            },
            [&](const action::Back&) {
                if (place().screen == ScreenId::StaffPin)
                    wipe_pin();
                nav_.back();
            },
            [&](const action::Home&) {
                wipe_pin();
                nav_.home();
            },
            [&](const action::QuickExit&) { reset_visit(now); },
            [&](const action::ChooseLanguage& a) {
                if (catalog_.has_language(a.code) &&
                    std::find(config_.languages.begin(), config_.languages.end(), a.code) !=
                        config_.languages.end())
                    language_ = a.code;
            },
            [&](const action::TypeText& a) {
                typing_target().type(a.text);
                schedule_draft_.clear_result();
            },
            [&](const action::Backspace&) {
                typing_target().backspace();
                schedule_draft_.clear_result();
            },
            [&](const action::ClearText&) {
                typing_target().clear();
                schedule_draft_.clear_result();
            },
            [&](const action::StillHere&) { idle_.restart(now); },
            [&](const action::StartOver&) { reset_visit(now); },
            [&](const action::PinDigit& a) {
                pin_was_wrong_ = false;
                if (!lockout_.locked(now) && pin_.size() < 8 && a.digit >= '0' && a.digit <= '9')
                    pin_ += a.digit;
            },
            [&](const action::PinBackspace&) {
                if (!pin_.empty())
                    pin_.pop_back();
            },
            [&](const action::PinSubmit&) { submit_pin(now); },
            [&](const action::StaffLogout&) { reset_visit(now); },
            [&](const action::PickMixSubstance& a) {
                if (!content_ || !content_->substance(a.id) || a.id == mix_[0] || a.id == mix_[1])
                    return;
                mix_[mix_[0].empty() ? 0 : 1] = a.id;
            },
            [&](const action::ClearMixSlot& a) {
                if (a.slot == 0) {
                    mix_[0] = mix_[1]; // the second moves up, so the first slot is never empty
                    mix_[1].clear();
                } else if (a.slot == 1) {
                    mix_[1].clear();
                }
            },
            [&](const action::CheckMix& a) {
                if (!content_ || !content_->substance(a.a) || !content_->substance(a.b))
                    return;
                mix_[0] = a.a;
                mix_[1] = a.b;
                nav_.open(Place{ScreenId::Mixing, ""});
            },
            [&](const action::StartSignup& a) {
                draft_.clear();
                outcome_ = SignupOutcome{};
                draft_.session_id = a.session_id;
                nav_.open(Place{ScreenId::Consent, a.session_id});
            },
            [&](const action::GiveConsent&) {
                nav_.open(Place{ScreenId::CodeChoice, ""});
            },
            [&](const action::ChooseNewCode&) {
                draft_.new_member = true;
                nav_.open(Place{ScreenId::SymbolPick, ""});
            },
            [&](const action::ChooseExistingCode&) {
                draft_.new_member = false;
                draft_.code.clear();
                nav_.open(Place{ScreenId::CodeEntry, ""});
            },
            [&](const action::PickSymbol& a) {
                draft_.symbol = a.symbol;
                nav_.open(Place{ScreenId::Nickname, ""});
            },
            [&](const action::SubmitSignup&) {
                // The app has stored the sign-up (or not) and set the outcome.
                if (outcome_.kind == SignupOutcome::Kind::UnknownCode ||
                    outcome_.kind == SignupOutcome::Kind::ImpossibleCode)
                    return; // stay on the code screen; it says what is wrong
                unwind_to(ScreenId::GroupSession);
                nav_.open(Place{ScreenId::SignupDone, draft_.session_id});
            },
            [&](const action::LookUpMyCode&) {},
            [&](const action::CancelMySignup&) {},
            [&](const action::MarkAttendance&) {},
            [&](const action::AddWalkIn& a) {
                if (a.with_code)
                    staff_code_.clear();
            },
            [&](const action::UndoMark&) {},
            [&](const action::CloseSession&) {},
            [&](const action::CancelSessionDate&) {},
            [&](const action::RestoreSessionDate&) {},
            [&](const action::LookUpProgress&) {},
            [&](const action::ExportAttendance&) {},
            [&](const action::AddExtraSession&) {},
            [&](const action::SendNow&) {},
            [&](const action::RollBackBundle&) {},
            [&](const action::ConfirmClock&) {},
            [&](const action::SetScheduleWeekday& a) {
                schedule_draft_.weekday = std::clamp(a.weekday, 0, 6);
                schedule_draft_.clear_result();
            },
            [&](const action::StepSchedule& a) { step_schedule(a); },
            [&](const action::SaveSchedule&) {
                // The app has stored it (or said why not, or what it would take away).
                if (!schedule_draft_.saved)
                    return;
                schedule_draft_.place.clear();
                schedule_draft_ = ScheduleDraft{};
                unwind_to(ScreenId::StaffSchedule);
            },
            [&](const action::KeepSchedule&) { schedule_draft_.clear_result(); },
            [&](const action::ToggleInterest& a) {
                auto& list = a.kind == "language" ? interest_.languages : interest_.availability;
                const auto it = std::find(list.begin(), list.end(), a.value);
                if (it == list.end())
                    list.push_back(a.value);
                else
                    list.erase(it);
            },
            [&](const action::SubmitInterest&) {
                // The app stored it (or not) and set the result.
                unwind_to(ScreenId::Interest);
                nav_.open(Place{ScreenId::InterestDone, ""});
            },
            [&](const action::ToggleLargeText&) { large_text_ = !large_text_; },
            [&](const action::ToggleHighContrast&) { high_contrast_ = !high_contrast_; },
            [&](const action::AcknowledgeNotice& a) {
                notices_.erase(std::remove_if(notices_.begin(), notices_.end(),
                                              [&](const auto& n) { return n.id == a.id; }),
                               notices_.end());
            },
        },
        action);
    // Aggregated counts only: what was opened or checked, never who or when.
    if (was_neutral && !visit_is_neutral())
        counters_.count(day_, "visit");
    if (const auto* choose = std::get_if<action::ChooseLanguage>(&action))
        if (language_ == choose->code)
            counters_.count(day_, "language", choose->code);
    if (!(place() == before))
        count_place(place());
    if (!mix_[0].empty() && !mix_[1].empty() && mix_[0] + "+" + mix_[1] != mix_before)
        counters_.count(day_, "mix", mix_key(mix_[0], mix_[1]));
}

void KioskModel::count_place(const Place& p) {
    switch (p.screen) {
    case ScreenId::Substance:
        counters_.count(day_, "substance", p.topic);
        break;
    case ScreenId::Page:
    case ScreenId::Pages:
        counters_.count(day_, "topic", p.topic);
        break;
    case ScreenId::Emergency:
        counters_.count(day_, "emergency");
        break;
    case ScreenId::Organisation:
        counters_.count(day_, "referral", p.topic);
        if (content_)
            for (const auto& o : content_->help.organisations)
                if (o.id == p.topic && (!o.link.empty() || !o.phone.empty()))
                    counters_.count(day_, "qr", p.topic); // the screen shows its QR code
        break;
    default:
        break;
    }
}

TextField& KioskModel::typing_target() {
    switch (place().screen) {
    case ScreenId::Mixing:
        return mix_filter_;
    case ScreenId::CodeEntry:
    case ScreenId::CancelSignup:
        return draft_.code;
    case ScreenId::Nickname:
        return draft_.nickname;
    case ScreenId::InterestContact:
        return interest_.contact;
    case ScreenId::StaffSession:
    case ScreenId::StaffProgress:
        return staff_code_;
    case ScreenId::StaffScheduleEdit:
        return schedule_draft_.place;
    default:
        return search_;
    }
}

void KioskModel::step_schedule(const action::StepSchedule& step) {
    ScheduleDraft& d = schedule_draft_;
    constexpr int kLastStart = 24 * 60 - 15; // 23:45
    switch (step.field) {
    case action::ScheduleField::Start: {
        // The end moves along, so the session keeps its length where it can.
        const int start = std::clamp(d.start_min + step.delta, 0, kLastStart);
        d.end_min = std::clamp(d.end_min + (start - d.start_min), 0, 24 * 60 - 1);
        d.start_min = start;
        break;
    }
    case action::ScheduleField::End:
        d.end_min = std::clamp(d.end_min + step.delta, 0, 24 * 60 - 1);
        break;
    case action::ScheduleField::From: {
        const auto from = groups::LocalDate::parse(d.from);
        const auto first = groups::LocalDate::parse(d.first_from);
        const auto last = groups::LocalDate::parse(d.last_from);
        if (from && first && last && *first <= *last)
            d.from = std::clamp(from->add_days(step.delta), *first, *last).format();
        break;
    }
    case action::ScheduleField::Capacity:
        d.capacity = std::clamp(d.capacity + step.delta, groups::kMinStaffCapacity,
                                groups::kMaxStaffCapacity);
        break;
    }
    d.clear_result();
}

void KioskModel::unwind_to(ScreenId screen) {
    while (nav_.can_go_back() && place().screen != screen)
        nav_.back();
}

void KioskModel::submit_pin(SteadyTime now) {
    if (lockout_.locked(now) || pin_.empty())
        return;
    const auto match = std::find_if(config_.staff_pins.begin(), config_.staff_pins.end(),
                                    [&](const StaffPin& p) { return verify_pin(p.hash, pin_); });
    wipe_pin();
    if (match == config_.staff_pins.end()) {
        lockout_.record_failure(now);
        pin_was_wrong_ = true;
        return;
    }
    lockout_.record_success();
    staff_user_ = *match;
    staff_last_input_ = now;
    nav_.back(); // leave the PIN pad out of the history
    nav_.open(Place{ScreenId::Staff, ""});
}

void KioskModel::wipe_pin() {
    std::fill(pin_.begin(), pin_.end(), '\0');
    pin_.clear();
}

void KioskModel::reset_visit(SteadyTime now) {
    nav_.home();
    language_ = config_.default_language;
    search_.clear();
    mix_filter_.clear();
    staff_code_.clear();
    draft_.code.clear();
    draft_.nickname.clear();
    draft_.clear();
    outcome_ = SignupOutcome{};
    interest_.contact.clear();
    interest_.clear();
    staff_session_ = StaffSessionView{};
    staff_progress_ = StaffProgressView{};
    staff_stats_ = StaffStatsView{};
    staff_export_ = StaffExportView{};
    staff_schedule_ = StaffScheduleView{};
    schedule_draft_.place.clear();
    schedule_draft_ = ScheduleDraft{};
    wipe_pin();
    pin_was_wrong_ = false;
    staff_user_.reset();
    mix_[0].clear();
    mix_[1].clear();
    large_text_ = high_contrast_ = false;
    idle_.restart(now);
    ++visit_generation_;
}

void KioskModel::force_idle_prompt(SteadyTime now) {
    idle_.restart(now - idle_.until_prompt());
}

bool KioskModel::tick(SteadyTime now) {
    if (staff_user_ && now - staff_last_input_ >= Seconds(config_.staff_timeout_s)) {
        reset_visit(now);
        return true;
    }
    if (!staff_user_ && idle_.phase(now, visit_is_neutral()) == IdlePolicy::Phase::Expired) {
        reset_visit(now);
        return true;
    }
    return false;
}

std::optional<SteadyTime> KioskModel::next_deadline(SteadyTime now) const {
    std::optional<SteadyTime> next;
    if (staff_user_)
        next = staff_last_input_ + Seconds(config_.staff_timeout_s);
    else
        next = idle_.next_deadline(now, visit_is_neutral());
    if (lockout_.locked(now)) {
        // Tick the lock-out countdown once a second.
        const auto tick = now + std::chrono::seconds(1);
        next = next ? std::min(*next, tick) : tick;
    }
    return next;
}

} // namespace kiosk
