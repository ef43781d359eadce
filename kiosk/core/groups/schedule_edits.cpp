// Applying staff edits over the schedule file (slots get from/until dates, groups get terms,
// holidays are added or dropped) and checking an edit before it is stored.
#include "schedule_edits.hpp"

#include <algorithm>

namespace kiosk::groups {

namespace {

Group* find_group(Schedule& s, const std::string& id) {
    for (auto& g : s.groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

// Group or const Group: the slot with this weekday and start in force on `date`.
template <class G> auto* find_slot(G& g, int weekday, int start_min, const LocalDate& date) {
    decltype(&g.weekly.front()) found = nullptr;
    for (auto& w : g.weekly)
        if (w.weekday == weekday && w.start_min == start_min && w.in_force_on(date))
            found = &w;
    return found;
}

void apply_slot_edit(Group& g, const ScheduleEdit& e) {
    if (e.kind == ScheduleEdit::AddSlot) {
        WeeklySlot added = e.slot;
        added.from = e.from;
        added.until.reset();
        g.weekly.push_back(added);
        return;
    }
    WeeklySlot* old = find_slot(g, e.old_weekday, e.old_start, e.from);
    if (!old)
        return;
    const std::optional<LocalDate> old_until = old->until;
    old->until = e.from.add_days(-1);
    if (e.kind == ScheduleEdit::ChangeSlot) {
        WeeklySlot changed = e.slot;
        changed.from = e.from;
        changed.until = old_until;
        g.weekly.push_back(changed); // `old` is not used after this: push_back may move it
    }
}

void apply_holiday_edit(Schedule& s, const ScheduleEdit& e) {
    const auto same_day = [&](const Holiday& h) { return h.date == e.from; };
    const auto found = std::find_if(s.holidays.begin(), s.holidays.end(), same_day);
    if (e.kind == ScheduleEdit::AddHoliday && found == s.holidays.end())
        s.holidays.push_back({e.from, {}});
    if (e.kind == ScheduleEdit::RemoveHoliday && found != s.holidays.end())
        s.holidays.erase(found);
}

bool overlaps(int a_start, int a_end, int b_start, int b_end) {
    return a_start < b_end && b_start < a_end;
}

// Whether w is in force on some day of from..until (no until: open-ended).
bool in_force_during(const WeeklySlot& w, const LocalDate& from,
                     const std::optional<LocalDate>& until) {
    return (!w.until || *w.until >= from) && (!until || !w.from || *w.from <= *until);
}

// A slot of g other than `replaced` that meets on the new slot's weekday while the new slot
// is in force (from..until) and overlaps its times.
const WeeklySlot* overlapping(const Group& g, const WeeklySlot& slot, const LocalDate& from,
                              const std::optional<LocalDate>& until, const WeeklySlot* replaced) {
    for (const auto& w : g.weekly)
        if (&w != replaced && w.weekday == slot.weekday && in_force_during(w, from, until) &&
            overlaps(w.start_min, w.end_min, slot.start_min, slot.end_min))
            return &w;
    return nullptr;
}

// The new slot of an AddSlot (replaced = null) or a ChangeSlot (it takes over the rest of
// `replaced`, so that one is no conflict and its `until` is the new slot's).
EditCheck check_slot_times(const Group& g, const ScheduleEdit& e, const WeeklySlot* replaced) {
    const WeeklySlot& s = e.slot;
    if (s.weekday < 0 || s.weekday > 6 || s.start_min < 0 || s.end_min > 24 * 60 - 1)
        return {EditProblem::OutsideDay, {}};
    if (s.end_min <= s.start_min)
        return {EditProblem::EndNotAfterStart, {}};
    static const std::optional<LocalDate> kOpenEnded;
    const std::optional<LocalDate>& until = replaced ? replaced->until : kOpenEnded;
    if (const WeeklySlot* other = overlapping(g, s, e.from, until, replaced))
        return {EditProblem::Overlaps, *other};
    return {};
}

EditCheck check_group_edit(const Group& g, const ScheduleEdit& e) {
    if (e.capacity < kMinStaffCapacity || e.capacity > kMaxStaffCapacity)
        return {EditProblem::CapacityRange, {}};
    if (e.place.find_first_not_of(' ') == std::string::npos)
        return {EditProblem::PlaceEmpty, {}};
    if (e.place == g.place_on(e.from) && e.capacity == g.capacity_on(e.from))
        return {EditProblem::NothingChanged, {}};
    return {};
}

} // namespace

const WeeklySlot* slot_in_force(const Group& g, int weekday, int start_min, const LocalDate& date) {
    return find_slot(g, weekday, start_min, date);
}

std::vector<WeeklySlot> current_and_planned_slots(const Group& g, const LocalDate& today) {
    std::vector<WeeklySlot> out;
    for (const auto& w : g.weekly)
        if ((!w.until || *w.until >= today) && (!w.from || !w.until || *w.from <= *w.until))
            out.push_back(w);
    std::stable_sort(out.begin(), out.end(), [](const WeeklySlot& a, const WeeklySlot& b) {
        if (a.weekday != b.weekday)
            return a.weekday < b.weekday;
        if (a.start_min != b.start_min)
            return a.start_min < b.start_min;
        return a.from.value_or(LocalDate{1, 1, 1}) < b.from.value_or(LocalDate{1, 1, 1});
    });
    return out;
}

Schedule apply_edits(const Schedule& base, const std::vector<ScheduleEdit>& edits) {
    Schedule s = base;
    for (const auto& e : edits) {
        if (e.kind == ScheduleEdit::AddHoliday || e.kind == ScheduleEdit::RemoveHoliday) {
            apply_holiday_edit(s, e);
            continue;
        }
        Group* g = find_group(s, e.group_id);
        if (!g)
            continue;
        if (e.kind == ScheduleEdit::ChangeGroup)
            g->terms.push_back({e.from, e.place, e.capacity});
        else
            apply_slot_edit(*g, e);
    }
    return s;
}

EditCheck check_edit(const Schedule& schedule, const ScheduleEdit& e, const LocalDate& today) {
    if (e.from < today)
        return {EditProblem::InThePast, {}};
    if (e.kind == ScheduleEdit::AddHoliday)
        return {schedule.holiday(e.from) ? EditProblem::HolidayExists : EditProblem::None, {}};
    if (e.kind == ScheduleEdit::RemoveHoliday)
        return {schedule.holiday(e.from) ? EditProblem::None : EditProblem::NoSuchHoliday, {}};
    const Group* g = schedule.group(e.group_id);
    if (!g)
        return {EditProblem::UnknownGroup, {}};
    switch (e.kind) {
    case ScheduleEdit::AddSlot:
        return check_slot_times(*g, e, nullptr);
    case ScheduleEdit::ChangeSlot: {
        const WeeklySlot* old = slot_in_force(*g, e.old_weekday, e.old_start, e.from);
        if (!old)
            return {EditProblem::SlotGone, {}};
        if (old->weekday == e.slot.weekday && old->start_min == e.slot.start_min &&
            old->end_min == e.slot.end_min)
            return {EditProblem::NothingChanged, {}};
        return check_slot_times(*g, e, old);
    }
    case ScheduleEdit::RemoveSlot:
        return {slot_in_force(*g, e.old_weekday, e.old_start, e.from) ? EditProblem::None
                                                                      : EditProblem::SlotGone,
                {}};
    default:
        return check_group_edit(*g, e);
    }
}

} // namespace kiosk::groups
