// Counting the replayed sessions per bucket, location and group, per type, and the moves
// from one step of the track to the next.
#include "groups_report.hpp"

#include <map>
#include <tuple>

namespace console {

namespace {

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

// The step of a session's group; -1 when its type is unknown.
int step_at(const GroupTypes& types, const SessionNumbers& s) {
    const std::optional<GroupType> type = type_of(types, s.group_id);
    return type ? step_of(*type) : -1;
}

bool session_in_period(const Period& period, const SessionNumbers& s) {
    return in_period(period, s.date, s.kiosk_id);
}

// Counts, for each step N, the codes that came to step N in the period and those whose first
// step N+1 group after their first step N group falls in the period.
std::vector<StepRow> count_steps(const GroupsHistory& history, const Period& period,
                                 const GroupTypes& types) {
    std::vector<StepRow> steps = {{GroupType::Experience, GroupType::Coaching},
                                  {GroupType::Coaching, GroupType::Work},
                                  {GroupType::Work, GroupType::Training}};
    struct Came {
        int step;
        bool in_period;
        const std::string* when;
    };
    std::vector<Came> came;
    for (const auto& [code, list] : history.attendance()) {
        came.clear();
        for (const Attendance& a : list) { // each session's step and period looked up once
            came.push_back({step_at(types, *a.session), session_in_period(period, *a.session),
                            &a.session->when});
        }
        for (StepRow& row : steps) {
            const int from = step_of(row.from);
            const std::string* first_from = nullptr;
            bool came_in_period = false;
            for (const Came& a : came) {
                if (a.step == from) {
                    first_from = first_from ? first_from : a.when;
                    came_in_period = came_in_period || a.in_period;
                } else if (a.step == from + 1 && first_from && *a.when > *first_from) {
                    row.moved += a.in_period;
                    break;
                }
            }
            row.attended_from += came_in_period;
        }
    }
    return steps;
}

} // namespace

GroupsReport groups_report(const GroupsHistory& history, const Period& period,
                           const GroupTypes& types) {
    std::map<std::tuple<std::string, std::string, std::string>, GroupRow> rows;
    std::map<int, GroupCounts> per_type; // step, 5 for unknown (last)
    std::set<std::string> untyped;
    for (const auto& [key, s] : history.sessions()) {
        if (!session_in_period(period, s)) {
            continue;
        }
        const std::optional<GroupType> type = type_of(types, s.group_id);
        const std::string bucket = bucket_of(s.date, period.grain);
        GroupRow& row = rows[{bucket, s.kiosk_id, s.group_id}];
        row.bucket = bucket;
        row.kiosk_id = s.kiosk_id;
        row.group_id = s.group_id;
        row.type = type;
        add(row.counts, s.counts);
        add(per_type[type ? step_of(*type) : 5], s.counts);
        if (!type) {
            untyped.insert(s.group_id);
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
    report.steps = count_steps(history, period, types);
    report.untyped_groups.assign(untyped.begin(), untyped.end());
    report.kiosks.assign(history.kiosks().begin(), history.kiosks().end());
    return report;
}

GroupsReport groups_report(std::vector<GroupEvent> events, const Period& period,
                           const GroupTypes& types) {
    GroupsHistory history;
    history.add(std::move(events));
    return groups_report(history, period, types);
}

} // namespace console
