// Schedule editing through the store: stored edits become core edits applied over the file;
// a draft is checked (core), weighed against the sign-ups it would affect (store), and saved
// with its event in one transaction.
#include "schedule_service.hpp"

#include "common/rfc3339.hpp"
#include "schedule_records.hpp"
#include "store/schedule_changes_store.hpp"
#include "store/schedule_edits_store.hpp"
#include "store/signups_store.hpp"

#include <algorithm>
#include <cstdio>

namespace kiosk::services {

namespace {

using groups::LocalDate;
using groups::ScheduleEdit;
using Kind = ScheduleDraft::Kind;
using StoreKind = store::ScheduleEditKind;

constexpr int kDaysAhead = 28;    // what visitors see, and what a change is weighed over
constexpr int kDaysPlanned = 365; // how far ahead a change can be planned

std::string utc(std::int64_t t) {
    return format_utc(std::chrono::system_clock::time_point(std::chrono::seconds(t)));
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t at = 0;
    while (true) {
        const std::size_t slash = text.find('/', at);
        parts.push_back(text.substr(at, slash - at));
        if (slash == std::string::npos)
            return parts;
        at = slash + 1;
    }
}

} // namespace

std::shared_ptr<const groups::Schedule> ScheduleService::current() const {
    if (!base_ || !db_)
        return base_;
    std::vector<ScheduleEdit> edits;
    try {
        for (const auto& r : store::schedule_edits(*db_))
            if (const auto e = core_edit(r))
                edits.push_back(*e);
            else
                std::fprintf(stderr, "kiosk: a stored schedule edit is unreadable; left out\n");
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: could not read schedule edits: %s\n", e.what());
        return base_;
    }
    return std::make_shared<const groups::Schedule>(groups::apply_edits(*base_, edits));
}

std::vector<groups::Session> ScheduleService::sessions(const groups::Schedule& schedule,
                                                       const LocalDate& first, int days) const {
    return groups::sessions_between(schedule, staff_changes(), first, days);
}

std::vector<groups::StaffChange> ScheduleService::staff_changes() const {
    std::vector<groups::StaffChange> out;
    if (!base_ || !db_)
        return out;
    try {
        for (const auto& g : base_->groups)
            for (const auto& c : store::schedule_changes(*db_, g.id)) {
                const auto key = groups::parse_session_id(c.session_id);
                if (!key)
                    continue;
                groups::StaffChange change;
                change.kind =
                    c.kind == store::ScheduleChangeKind::Cancel    ? groups::StaffChange::Cancel
                    : c.kind == store::ScheduleChangeKind::Restore ? groups::StaffChange::Restore
                                                                   : groups::StaffChange::OneOff;
                change.group_id = key->group_id;
                change.date = key->date;
                change.start_min = key->start_min;
                change.end_min = groups::parse_clock(c.end_time).value_or(key->start_min + 90);
                out.push_back(change);
            }
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: could not read schedule changes: %s\n", e.what());
    }
    return out;
}

int ScheduleService::signed_up(const std::string& session_id, bool booked_only) const {
    if (!db_)
        return 0;
    int n = 0;
    try {
        for (const auto& v : store::signups_for(*db_, session_id))
            if (v.state == store::SignupState::Booked ||
                (!booked_only && v.state == store::SignupState::Waiting))
                ++n;
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: could not read sign-ups: %s\n", e.what());
    }
    return n;
}

StaffScheduleView ScheduleService::view(std::int64_t now_utc, StaffScheduleView message) const {
    const auto schedule = current();
    if (!schedule)
        return message;
    return show(*schedule, zone().date_at(now_utc), std::move(message));
}

StaffScheduleView ScheduleService::show(const groups::Schedule& schedule, const LocalDate& today,
                                        StaffScheduleView view) const {
    view.today = today.format();
    for (const auto& g : schedule.groups) {
        ScheduleGroupRow row{g.id, g.place_on(today), g.capacity_on(today), {}, {}};
        for (const auto& w : groups::current_and_planned_slots(g, today))
            row.slots.push_back({w.weekday, w.start_min, w.end_min,
                                 w.from && *w.from > today ? w.from->format() : "",
                                 w.until ? w.until->format() : ""});
        std::vector<LocalDate> planned_dates;
        for (const auto& t : g.terms)
            if (t.from > today)
                planned_dates.push_back(t.from);
        std::sort(planned_dates.begin(), planned_dates.end());
        planned_dates.erase(std::unique(planned_dates.begin(), planned_dates.end()),
                            planned_dates.end());
        for (const auto& d : planned_dates)
            row.planned.push_back({d.format(), g.place_on(d), g.capacity_on(d)});
        view.groups.push_back(std::move(row));
    }
    std::vector<store::ScheduleEditRecord> records;
    if (db_) {
        try {
            records = store::schedule_edits(*db_);
        } catch (const store::StoreError& e) {
            std::fprintf(stderr, "kiosk: could not read schedule edits: %s\n", e.what());
        }
    }
    for (const auto& h : schedule.holidays) {
        if (h.date < today)
            continue;
        HolidayRow row{h.date.format(), h.name, ""};
        for (const auto& r : records)
            if (r.kind == StoreKind::HolidayAdded && r.from_date == row.date)
                row.added_by = r.staff_name;
        view.holidays.push_back(std::move(row));
    }
    std::sort(view.holidays.begin(), view.holidays.end(),
              [](const HolidayRow& a, const HolidayRow& b) { return a.date < b.date; });
    return view;
}

LocalDate ScheduleService::earliest_from(const groups::Schedule& schedule,
                                         const std::string& group_id,
                                         const groups::WeeklySlot* slot,
                                         std::int64_t now_utc) const {
    const LocalDate today = zone().date_at(now_utc);
    for (const auto& s : sessions(schedule, today, 1)) {
        const bool concerned = group_id.empty() || (s.group_id == group_id &&
                                                    (!slot || s.start_min == slot->start_min));
        if (concerned && s.starts_utc <= now_utc)
            return today.add_days(1);
    }
    return today;
}

ScheduleDraft ScheduleService::open_edit(const std::string& what, std::int64_t now_utc) const {
    ScheduleDraft d;
    const auto schedule = current();
    if (!schedule)
        return d;
    const LocalDate today = zone().date_at(now_utc);
    const std::vector<std::string> parts = split(what);
    const groups::Group* g = parts.size() > 1 ? schedule->group(parts[1]) : nullptr;
    const LocalDate last = today.add_days(kDaysPlanned);
    LocalDate first = today;
    d.group_id = g ? g->id : "";
    if ((parts[0] == "change-slot" || parts[0] == "remove-slot") && g && parts.size() >= 4) {
        const auto weekday = parts[2].size() == 1 ? parts[2][0] - '0' : -1;
        const auto start = groups::parse_clock(parts[3]);
        const auto on = parts.size() > 4 ? LocalDate::parse(parts[4]) : std::optional(today);
        const groups::WeeklySlot* slot =
            start && on ? groups::slot_in_force(*g, weekday, *start, std::max(*on, today))
                        : nullptr;
        if (!slot)
            return ScheduleDraft{};
        first = std::max({earliest_from(*schedule, g->id, slot, now_utc), *on, today});
        const LocalDate slot_last = slot->until ? std::min(*slot->until, last) : last;
        if (first > slot_last)
            return ScheduleDraft{}; // its last session has begun: nothing left to change
        d.kind = parts[0] == "change-slot" ? Kind::ChangeSlot : Kind::RemoveSlot;
        d.old_weekday = d.weekday = slot->weekday;
        d.old_start = d.start_min = slot->start_min;
        d.old_end = d.end_min = slot->end_min;
        d.last_from = slot_last.format();
    } else if (parts[0] == "add-slot" && g) {
        d.kind = Kind::AddSlot;
        d.weekday = today.weekday();
        d.start_min = g->weekly.empty() ? 14 * 60 : g->weekly.front().start_min;
        d.end_min = g->weekly.empty() ? 15 * 60 + 30 : g->weekly.front().end_min;
    } else if (parts[0] == "group" && g) {
        d.kind = Kind::ChangeGroup;
        first = earliest_from(*schedule, g->id, nullptr, now_utc);
        d.place.type(g->place_on(first));
        d.capacity = g->capacity_on(first);
    } else if (parts[0] == "add-holiday") {
        d.kind = Kind::AddHoliday;
        first = earliest_from(*schedule, "", nullptr, now_utc);
    } else if (parts[0] == "remove-holiday" && parts.size() == 2) {
        const auto date = LocalDate::parse(parts[1]);
        if (!date || !schedule->holiday(*date) || *date < today)
            return ScheduleDraft{};
        d.kind = Kind::RemoveHoliday;
        first = *date;
        d.last_from = date->format();
    } else {
        return ScheduleDraft{};
    }
    d.first_from = d.from = first.format();
    if (d.last_from.empty())
        d.last_from = last.format();
    return d;
}

bool ScheduleService::weigh(ScheduleDraft& d, const groups::Schedule& schedule,
                            const ScheduleEdit& edit, std::int64_t now_utc) const {
    const LocalDate today = zone().date_at(now_utc);
    const groups::Schedule changed = groups::apply_edits(schedule, {edit});
    const auto before = sessions(schedule, today, kDaysAhead);
    const auto after = sessions(changed, today, kDaysAhead);
    for (const auto& id : groups::sessions_taken_away(before, after))
        if (const int n = signed_up(id, false); n > 0) {
            d.affected_signups += n;
            ++d.affected_sessions;
        }
    if (edit.kind == ScheduleEdit::ChangeGroup)
        for (const auto& s : after)
            if (s.group_id == edit.group_id && s.date >= edit.from && !s.cancelled &&
                s.ends_utc >= now_utc && signed_up(s.id, true) > s.capacity)
                ++d.over_capacity_sessions;
    return d.affected_signups > 0 || d.over_capacity_sessions > 0;
}

ScheduleService::SaveResult ScheduleService::save(ScheduleDraft d, const std::string& staff,
                                                  bool confirmed, std::int64_t now_utc) {
    d.clear_result();
    d.saved = false;
    const auto schedule = current();
    const auto edit = edit_of(d);
    if (!schedule || !db_ || !edit) {
        d.problem = schedule && db_ ? "gone" : "not_saved";
        return {std::move(d), std::nullopt};
    }
    const LocalDate today = zone().date_at(now_utc);
    const groups::EditCheck check = groups::check_edit(*schedule, *edit, today);
    if (check.problem != groups::EditProblem::None) {
        d.problem = problem_name(check.problem);
        d.other_weekday = check.other.weekday;
        d.other_start = check.other.start_min;
        d.other_end = check.other.end_min;
        return {std::move(d), std::nullopt};
    }
    const groups::Group* g = schedule->group(edit->group_id);
    const groups::WeeklySlot* slot =
        g && (edit->kind == ScheduleEdit::ChangeSlot || edit->kind == ScheduleEdit::RemoveSlot)
            ? groups::slot_in_force(*g, edit->old_weekday, edit->old_start, edit->from)
            : nullptr;
    // Adding a weekly time or taking a holiday away only adds sessions: nothing held changes.
    const bool adds =
        edit->kind == ScheduleEdit::AddSlot || edit->kind == ScheduleEdit::RemoveHoliday;
    if (!adds && edit->from < earliest_from(*schedule, g ? g->id : "", slot, now_utc)) {
        d.problem = "started";
        return {std::move(d), std::nullopt};
    }
    if (weigh(d, *schedule, *edit, now_utc) && !confirmed) {
        d.confirming = true;
        return {std::move(d), std::nullopt};
    }
    try {
        store::record_schedule_edit(*db_, record_of(*edit, staff), utc(now_utc));
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: schedule edit not saved: %s\n", e.what());
        d.problem = problem_name(e);
        return {std::move(d), std::nullopt};
    }
    d.saved = true;
    StaffScheduleView message;
    message.message_key =
        d.affected_signups > 0 ? "staff.schedule.saved_kept" : "staff.schedule.saved";
    message.message_count = d.affected_signups;
    message.message_section = d.group_id.empty() ? "holidays" : d.group_id;
    message.message_id = ++messages_;
    return {std::move(d), show(*current(), today, std::move(message))};
}

} // namespace kiosk::services
