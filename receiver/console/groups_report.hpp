// The Groups page's figures (docs/console.md, "Groups"), drawn from the sessions as replayed
// (groups_history.hpp). Pure: member codes are only keys inside, never in what comes out.
#pragma once

#include "group_types.hpp"
#include "groups_events.hpp"
#include "groups_history.hpp"
#include "period.hpp"

#include <optional>
#include <string>
#include <vector>

namespace console {

// One group at one location in one bucket (day, ISO week or month of its sessions' dates).
struct GroupRow {
    std::string bucket;
    std::string kiosk_id;
    std::string group_id;
    std::optional<GroupType> type; // none: not in [group_types]
    GroupCounts counts;
};

// The period's totals of one group type (none: groups of unknown type).
struct TypeRow {
    std::optional<GroupType> type;
    GroupCounts counts;
};

// Member codes that moved from one step of the track to the next.
struct StepRow {
    GroupType from;
    GroupType to;
    int attended_from = 0; // codes that came to a `from` group in the period
    int moved = 0;         // codes whose first `to` group after a `from` group was in the period
};

struct GroupsReport {
    std::vector<GroupRow> rows; // by bucket, location, group
    std::vector<TypeRow> types; // experience .. training, then unknown; only those with sessions
    std::vector<StepRow> steps; // experience->coaching, coaching->work, work->training
    std::vector<std::string> untyped_groups; // group ids seen without a type, for the notice
    std::vector<std::string> kiosks;         // every kiosk with a group event, sorted
};

// Sessions count in the period, bucket and location of their own date (the session id's).
GroupsReport groups_report(const GroupsHistory& history, const Period& period,
                           const GroupTypes& types);

// The same from events in any order (each once).
GroupsReport groups_report(std::vector<GroupEvent> events, const Period& period,
                           const GroupTypes& types);

} // namespace console
