// Counts from the peer-group tables: one session's counts, a member's progress along the
// track, and a group's weekly figures for staff (docs/groups.md).
#pragma once

#include "store/database.hpp"

#include <map>
#include <string>
#include <vector>

namespace kiosk::store {

struct SessionCounts {
    int booked = 0;
    int waiting = 0;
    int present = 0;  // members whose current mark is present or walk_in (signed up or not)
    int absent = 0;   // booked members marked absent
    int excused = 0;  // booked members marked excused
    int unmarked = 0; // booked members without a mark
    int anonymous_walk_ins = 0;
};

SessionCounts session_counts(Database& db, const std::string& session_id);

// For each group id (the session id before '/'): how many of its sessions code attended
// (current mark present or walk_in).
std::map<std::string, int> attended_by_code(Database& db, const std::string& code);

struct WeekStats {
    int iso_year = 0;
    int iso_week = 0;
    std::string monday; // first day of the week, YYYY-MM-DD
    int sessions = 0;   // sessions of the group with any sign-up, mark or closing that week
    int booked = 0;
    int present = 0;
    // Booked and marked absent, or booked and unmarked in a session staff have closed.
    int no_shows = 0;
    int excused = 0;
    int anonymous_walk_ins = 0;
};

// The group's figures for the weeks ISO weeks up to and including the one of today
// (YYYY-MM-DD, local), oldest first, weeks entries (weeks without sessions are zero). Weeks
// are those of the session ids' dates. weeks outside 1-520, a malformed group id or today
// throw StoreError (SQLITE_MISUSE).
std::vector<WeekStats> weekly_stats(Database& db, const std::string& group_id,
                                    const std::string& today, int weeks);

} // namespace kiosk::store
