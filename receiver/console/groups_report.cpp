// Replaying the peer-group events session by session, then counting per bucket, location and
// group, per type, and the moves from one step of the track to the next.
#include "groups_report.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace console {

namespace {

enum class SignupState { Booked, Waiting, Cancelled };

// One session at one kiosk, after every event: each code's last sign-up state and mark.
struct Session {
    std::string kiosk_id;
    std::string session_id;
    std::map<std::string, SignupState> signups;
    std::set<std::string> waitlisted, promoted;
    std::map<std::string, std::string> marks; // code -> its mark that was not undone last
    std::int64_t anonymous_heads = 0;
};

using Sessions = std::unordered_map<std::string, Session>; // kiosk "\n" session id

void apply_signup(Session& s, const GroupEvent& e) {
    if (!e.code) {
        return;
    }
    switch (e.kind) {
    case GroupEventKind::SignupCreated:
        s.signups[*e.code] = SignupState::Booked;
        break;
    case GroupEventKind::SignupWaitlisted:
        s.signups[*e.code] = SignupState::Waiting;
        s.waitlisted.insert(*e.code);
        break;
    case GroupEventKind::SignupPromoted:
        s.signups[*e.code] = SignupState::Booked;
        s.promoted.insert(*e.code);
        break;
    case GroupEventKind::SignupCancelled:
        s.signups[*e.code] = SignupState::Cancelled;
        break;
    default:
        break;
    }
}

Sessions replay(const std::vector<GroupEvent>& events) {
    std::unordered_set<std::string> undone; // ids of marks taken back
    for (const auto& e : events) {
        if (e.kind == GroupEventKind::AttendanceUndone && !e.undoes.empty()) {
            undone.insert(e.undoes);
        }
    }
    Sessions sessions;
    for (const auto& e : events) {
        Session& s = sessions[e.kiosk_id + "\n" + e.session_id];
        if (s.session_id.empty()) {
            s.kiosk_id = e.kiosk_id;
            s.session_id = e.session_id;
        }
        if (e.kind != GroupEventKind::AttendanceMarked) {
            apply_signup(s, e);
        } else if (undone.count(e.id) == 0) {
            if (e.code) {
                s.marks[*e.code] = e.mark;
            } else if (e.mark == "walk_in") {
                s.anonymous_heads += e.count;
            }
        }
    }
    return sessions;
}

GroupCounts counts_of(const Session& s) {
    GroupCounts c;
    c.sessions = 1;
    for (const auto& [code, state] : s.signups) {
        c.booked += state == SignupState::Booked;
        c.cancelled += state == SignupState::Cancelled;
    }
    c.waitlisted = static_cast<int>(s.waitlisted.size());
    c.promoted = static_cast<int>(s.promoted.size());
    for (const auto& [code, mark] : s.marks) {
        c.present += mark == "present";
        c.walk_ins += mark == "walk_in";
        c.absent += mark == "absent";
        c.excused += mark == "excused";
    }
    c.walk_ins += static_cast<int>(s.anonymous_heads);
    return c;
}

void add(GroupCounts& to, const GroupCounts& c) {
    to.sessions += c.sessions;
    to.booked += c.booked;
    to.waitlisted += c.waitlisted;
    to.promoted += c.promoted;
    to.cancelled += c.cancelled;
    to.present += c.present;
    to.walk_ins += c.walk_ins;
    to.absent += c.absent;
    to.excused += c.excused;
}

std::optional<GroupType> type_of(const GroupTypes& types, const std::string& group_id) {
    const auto it = types.find(group_id);
    return it == types.end() ? std::nullopt : std::optional<GroupType>(it->second);
}

// A code's attendance (present or walk-in) at a group of a known type.
struct Attended {
    std::string when; // "YYYY-MM-DDTHH:MM", local, from the session id
    std::string kiosk_id;
    int step;
};

using AttendedByCode = std::unordered_map<std::string, std::vector<Attended>>;

void note_attendance(const Session& s, int step, AttendedByCode& attended) {
    const std::string when = s.session_id.substr(s.session_id.find('/') + 1);
    for (const auto& [code, mark] : s.marks) {
        if (mark == "present" || mark == "walk_in") {
            attended[s.kiosk_id + "\n" + code].push_back({when, s.kiosk_id, step});
        }
    }
}

// Counts, for each step N, the codes that came to step N in the period and those whose first
// step N+1 group after their first step N group falls in the period.
std::vector<StepRow> count_steps(AttendedByCode& attended, const Period& period) {
    std::vector<StepRow> steps = {{GroupType::Experience, GroupType::Coaching},
                                  {GroupType::Coaching, GroupType::Work},
                                  {GroupType::Work, GroupType::Training}};
    for (auto& [key, list] : attended) {
        std::sort(list.begin(), list.end(),
                  [](const Attended& a, const Attended& b) { return a.when < b.when; });
        for (StepRow& row : steps) {
            const int from = step_of(row.from);
            const std::string* first_from = nullptr;
            bool came_in_period = false;
            for (const Attended& a : list) {
                if (a.step == from) {
                    first_from = first_from ? first_from : &a.when;
                    came_in_period =
                        came_in_period || in_period(period, a.when.substr(0, 10), a.kiosk_id);
                } else if (a.step == from + 1 && first_from && a.when > *first_from) {
                    row.moved += in_period(period, a.when.substr(0, 10), a.kiosk_id);
                    break;
                }
            }
            row.attended_from += came_in_period;
        }
    }
    return steps;
}

} // namespace

GroupsReport groups_report(const std::vector<GroupEvent>& events, const Period& period,
                           const GroupTypes& types) {
    const Sessions sessions = replay(events);
    std::map<std::tuple<std::string, std::string, std::string>, GroupRow> rows;
    std::map<int, GroupCounts> per_type; // step, 5 for unknown (last)
    std::set<std::string> untyped;
    AttendedByCode attended;
    for (const auto& [key, s] : sessions) {
        const std::string group = group_of_session(s.session_id);
        const std::optional<GroupType> type = type_of(types, group);
        if (type) {
            note_attendance(s, step_of(*type), attended);
        }
        const std::string day = date_of_session(s.session_id);
        if (!in_period(period, day, s.kiosk_id)) {
            continue;
        }
        const GroupCounts c = counts_of(s);
        GroupRow& row = rows[{bucket_of(day, period.grain), s.kiosk_id, group}];
        row.bucket = bucket_of(day, period.grain);
        row.kiosk_id = s.kiosk_id;
        row.group_id = group;
        row.type = type;
        add(row.counts, c);
        add(per_type[type ? step_of(*type) : 5], c);
        if (!type) {
            untyped.insert(group);
        }
    }
    GroupsReport report;
    for (auto& [key, row] : rows) {
        report.rows.push_back(std::move(row));
    }
    for (const auto& [step, c] : per_type) {
        report.types.push_back(
            {step == 5 ? std::nullopt : std::optional<GroupType>(static_cast<GroupType>(step)), c});
    }
    report.steps = count_steps(attended, period);
    report.untyped_groups.assign(untyped.begin(), untyped.end());
    return report;
}

} // namespace console
