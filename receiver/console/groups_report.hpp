// The Groups page's figures, from the peer-group events (docs/console.md, "Groups"). Pure:
// events in, counts out; member codes are only keys inside, never in what comes out.
#pragma once

#include "group_types.hpp"
#include "groups_events.hpp"
#include "period.hpp"

#include <optional>
#include <string>
#include <vector>

namespace console {

// What happened to the sessions of a group (or of a type) in a bucket of the period.
struct GroupCounts {
    int sessions = 0;   // sessions with at least one sign-up or mark
    int booked = 0;     // codes holding a place at the end (those moved up included)
    int waitlisted = 0; // codes that were put on the waiting list
    int promoted = 0;   // of those, moved up to a place
    int cancelled = 0;  // sign-ups cancelled (and not made again)
    int present = 0;    // marked present (signed up and came)
    int walk_ins = 0;   // came without a sign-up: with a code, or as an anonymous head
    int absent = 0;
    int excused = 0;
};

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
};

// Sessions count in the period, bucket and location of their own date (the session id's);
// events are in the order they happened (load_group_events).
GroupsReport groups_report(const std::vector<GroupEvent>& events, const Period& period,
                           const GroupTypes& types);

} // namespace console
