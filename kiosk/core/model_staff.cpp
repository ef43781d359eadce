// The staff side of the model: the PIN pad (its check runs off the UI thread), signing in
// and out, notices, and the steppers of a schedule edit.
#include "kiosk_model.hpp"

#include "groups/schedule_edits.hpp"

#include <algorithm>

namespace kiosk {

void KioskModel::pin_digit(char digit, SteadyTime now) {
    PinEntry& pin = visit_->pin;
    pin.wrong = false;
    if (!pin.checking && !lockout_.locked(now) && pin.digits.text().size() < 8 && digit >= '0' &&
        digit <= '9')
        pin.digits.type(std::string_view(&digit, 1));
}

void KioskModel::pin_backspace() {
    if (!visit_->pin.checking)
        visit_->pin.digits.backspace();
}

std::optional<WipedString> KioskModel::start_pin_check(SteadyTime now) {
    PinEntry& pin = visit_->pin;
    if (pin.checking || lockout_.locked(now) || pin.digits.empty())
        return std::nullopt;
    WipedString typed = wiped(pin.digits.text());
    pin.digits.clear();
    pin.checking = true;
    return typed;
}

void KioskModel::pin_checked(const std::optional<StaffPin>& who, SteadyTime now) {
    Visit& v = *visit_;
    v.pin.checking = false;
    if (!who) {
        lockout_.record_failure(now);
        v.pin.wrong = true;
        return;
    }
    lockout_.record_success();
    v.staff_user = *who;
    v.report.clear(); // a visitor's unsent answers never become a staff member's signal
    v.staff_last_input = now;
    if (place().screen == ScreenId::StaffPin)
        v.nav.back(); // leave the PIN pad out of the history
    v.nav.open(Place{ScreenId::Staff, ""});
}

void KioskModel::sign_in_for_screenshot(const StaffPin& who, SteadyTime now) {
    visit_->staff_user = who;
    visit_->staff_last_input = now;
}

void KioskModel::acknowledge_notice(std::int64_t id) {
    notices_.erase(
        std::remove_if(notices_.begin(), notices_.end(), [&](const auto& n) { return n.id == id; }),
        notices_.end());
}

void KioskModel::set_schedule_weekday(int weekday) {
    visit_->schedule_draft.weekday = std::clamp(weekday, 0, 6);
    visit_->schedule_draft.clear_result();
}

void KioskModel::step_schedule(ScheduleField field, int delta) {
    ScheduleDraft& d = visit_->schedule_draft;
    constexpr int kLastStart = 24 * 60 - 15; // 23:45
    switch (field) {
    case ScheduleField::Start: {
        // The end moves along, so the session keeps its length where it can.
        const int start = std::clamp(d.start_min + delta, 0, kLastStart);
        d.end_min = std::clamp(d.end_min + (start - d.start_min), 0, 24 * 60 - 1);
        d.start_min = start;
        break;
    }
    case ScheduleField::End:
        d.end_min = std::clamp(d.end_min + delta, 0, 24 * 60 - 1);
        break;
    case ScheduleField::From: {
        const auto from = LocalDate::parse(d.from);
        const auto first = LocalDate::parse(d.first_from);
        const auto last = LocalDate::parse(d.last_from);
        if (from && first && last && *first <= *last)
            d.from = std::clamp(from->add_days(delta), *first, *last).format();
        break;
    }
    case ScheduleField::Capacity:
        d.capacity =
            std::clamp(d.capacity + delta, groups::kMinStaffCapacity, groups::kMaxStaffCapacity);
        break;
    }
    d.clear_result();
}

void KioskModel::schedule_save_result(ScheduleDraft draft, std::optional<StaffScheduleView> view) {
    if (view)
        visit_->staff_schedule = std::move(*view);
    if (!draft.saved) {
        visit_->schedule_draft = std::move(draft); // with its problem or its question
        return;
    }
    visit_->schedule_draft = ScheduleDraft{};
    unwind_to(ScreenId::StaffSchedule);
}

} // namespace kiosk
