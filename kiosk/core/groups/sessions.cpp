// Expands weekly and one-off slots into dated sessions, applies holidays, cancelled dates
// and staff changes, and converts local times to UTC in the schedule's time zone.
#include "sessions.hpp"

#include <algorithm>

namespace kiosk::groups {

namespace {

Session make_session(const TimeZone& zone, const Group& g, const LocalDate& date, int start_min,
                     int end_min) {
    Session s;
    s.id = session_id(g.id, date, start_min);
    s.group_id = g.id;
    s.type = g.type;
    s.date = date;
    s.start_min = start_min;
    s.end_min = end_min;
    s.starts_utc = zone.to_utc(date, start_min);
    s.ends_utc = zone.to_utc(date, end_min);
    s.place = g.place_on(date);
    s.capacity = g.capacity_on(date);
    return s;
}

void cancel(Session& s, const char* reason) {
    s.cancelled = true;
    s.cancel_reason = reason;
}

// The file's sessions of one group on one date.
void add_file_sessions(const TimeZone& zone, const Group& g, const LocalDate& date,
                       std::vector<Session>& out) {
    if (g.runs_weekly_on(date))
        for (const auto& w : g.weekly)
            if (w.meets_on(date)) {
                out.push_back(make_session(zone, g, date, w.start_min, w.end_min));
                if (g.is_cancelled(date))
                    cancel(out.back(), "cancelled");
            }
    for (const auto& o : g.one_off)
        if (o.date == date)
            out.push_back(make_session(zone, g, date, o.start_min, o.end_min));
}

Session* find_in(std::vector<Session>& sessions, const std::string& id) {
    for (auto& s : sessions)
        if (s.id == id)
            return &s;
    return nullptr;
}

void apply_change(const Schedule& schedule, const StaffChange& c, std::vector<Session>& out) {
    const Group* g = schedule.group(c.group_id);
    if (!g)
        return;
    Session* s = find_in(out, session_id(c.group_id, c.date, c.start_min));
    switch (c.kind) {
    case StaffChange::Cancel:
        if (s)
            cancel(*s, "staff");
        break;
    case StaffChange::Restore:
        if (s) {
            s->cancelled = false;
            s->cancel_reason.clear();
        }
        break;
    case StaffChange::OneOff:
        if (!s && c.start_min >= 0 && c.start_min < c.end_min && c.end_min < 24 * 60) {
            out.push_back(make_session(schedule.zone, *g, c.date, c.start_min, c.end_min));
            if (schedule.holiday(c.date))
                cancel(out.back(), "holiday");
        }
        break;
    }
}

// Sessions that a staff edit took away from the weekly pattern (a slot removed, or moved to
// another day or start) and that nothing else brings back: kept, cancelled as "removed".
void add_removed_sessions(const TimeZone& zone, const Group& g, const LocalDate& date,
                          std::vector<Session>& out) {
    if (!g.runs_weekly_on(date))
        return;
    for (const auto& w : g.weekly) {
        const bool ended = w.until && date > *w.until && (!w.from || date >= *w.from);
        if (!ended || w.weekday != date.weekday() ||
            find_in(out, session_id(g.id, date, w.start_min)))
            continue;
        out.push_back(make_session(zone, g, date, w.start_min, w.end_min));
        cancel(out.back(), "removed");
    }
}

bool in_range(const LocalDate& date, const LocalDate& first, int days) {
    return date >= first && date.days() < first.days() + days;
}

} // namespace

std::string session_id(const std::string& group_id, const LocalDate& date, int start_min) {
    return group_id + "/" + date.format() + "T" + format_clock(start_min);
}

std::optional<SessionKey> parse_session_id(std::string_view id) {
    const auto slash = id.rfind('/');
    if (slash == std::string_view::npos || slash == 0 || id.size() - slash - 1 != 16 ||
        id[slash + 11] != 'T')
        return std::nullopt;
    const auto date = LocalDate::parse(id.substr(slash + 1, 10));
    const auto start = parse_clock(id.substr(slash + 12, 5));
    if (!date || !start)
        return std::nullopt;
    return SessionKey{std::string(id.substr(0, slash)), *date, *start};
}

std::vector<Session> sessions_between(const Schedule& schedule,
                                      const std::vector<StaffChange>& changes,
                                      const LocalDate& first, int days) {
    std::vector<Session> out;
    for (int i = 0; i < days; ++i) {
        const LocalDate date = first.add_days(i);
        for (const auto& g : schedule.groups)
            add_file_sessions(schedule.zone, g, date, out);
    }
    for (auto& s : out)
        if (schedule.holiday(s.date))
            cancel(s, "holiday");
    for (const auto& c : changes)
        if (in_range(c.date, first, days))
            apply_change(schedule, c, out);
    for (int i = 0; i < days; ++i)
        for (const auto& g : schedule.groups)
            add_removed_sessions(schedule.zone, g, first.add_days(i), out);
    std::stable_sort(out.begin(), out.end(), [](const Session& a, const Session& b) {
        if (a.starts_utc != b.starts_utc)
            return a.starts_utc < b.starts_utc;
        return a.group_id < b.group_id;
    });
    return out;
}

std::vector<std::string> sessions_taken_away(const std::vector<Session>& before,
                                             const std::vector<Session>& after) {
    std::vector<std::string> out;
    for (const auto& b : before) {
        if (b.cancelled)
            continue;
        const auto a = std::find_if(after.begin(), after.end(),
                                    [&](const Session& s) { return s.id == b.id; });
        if (a == after.end() || a->cancelled)
            out.push_back(b.id);
    }
    return out;
}

std::optional<Session> find_session(const Schedule& schedule,
                                    const std::vector<StaffChange>& changes,
                                    const std::string& session_id) {
    const auto key = parse_session_id(session_id);
    if (!key || !schedule.group(key->group_id))
        return std::nullopt;
    for (auto& s : sessions_between(schedule, changes, key->date, 1))
        if (s.id == session_id)
            return s;
    return std::nullopt;
}

} // namespace kiosk::groups
