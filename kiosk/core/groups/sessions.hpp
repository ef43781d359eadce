// Sessions: the meetings of the groups on real dates, from the schedule file merged with the
// staff's changes, each with a stable id and its start and end in UTC.
#pragma once

#include "schedule.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::groups {

struct Session {
    std::string id; // "<group>/<YYYY-MM-DD>T<HH:MM>", stable across restarts
    std::string group_id;
    GroupType type = GroupType::Experience;
    LocalDate date;
    int start_min = 0; // local wall-clock minutes since midnight
    int end_min = 0;
    std::int64_t starts_utc = 0; // unix seconds
    std::int64_t ends_utc = 0;
    std::string place;
    int capacity = 0;
    bool cancelled = false;
    // "" or "cancelled" (file), "holiday", "staff" (that date), "removed" (a staff edit of
    // the weekly pattern took it away)
    std::string cancel_reason;
};

// A staff edit kept by the store. Cancel and Restore name an existing session by group, date
// and start_min (end_min is not used); OneOff adds a session. Later changes win.
struct StaffChange {
    enum Kind { Cancel, Restore, OneOff };
    Kind kind = Cancel;
    std::string group_id;
    LocalDate date;
    int start_min = 0;
    int end_min = 0;
};

// "<group>/<YYYY-MM-DD>T<HH:MM>" and back; parse returns nullopt for anything else.
struct SessionKey {
    std::string group_id;
    LocalDate date;
    int start_min = 0;
};
std::string session_id(const std::string& group_id, const LocalDate& date, int start_min);
std::optional<SessionKey> parse_session_id(std::string_view id);

// Every session on the `days` dates from `first`, sorted by start (then group id), cancelled
// ones included and flagged. Weekly sessions run within valid_from..valid_until and are
// cancelled on the group's `cancelled` dates; holidays cancel every session that day (also
// one-offs); staff changes apply in order: Cancel flags "staff", Restore clears any
// cancellation (holidays too), OneOff adds a session unless one with that id exists.
// Changes naming an unknown group or session are ignored. Weekly slots meet only while in
// force (WeeklySlot::from..until); where a slot's `until` has passed and no other session
// has its id, the session it would have been is included, cancelled as "removed", so that
// sign-ups made before the edit stay visible (callers drop those nobody signed up for).
// Place and capacity are the group's on each date (Group::place_on, capacity_on).
std::vector<Session> sessions_between(const Schedule& schedule,
                                      const std::vector<StaffChange>& changes,
                                      const LocalDate& first, int days);

// Ids of the sessions that take place in `before` but are cancelled or missing in `after`:
// what a schedule edit would take away.
std::vector<std::string> sessions_taken_away(const std::vector<Session>& before,
                                             const std::vector<Session>& after);

// The session with this id as sessions_between would give it; nullopt when it does not exist.
std::optional<Session> find_session(const Schedule& schedule,
                                    const std::vector<StaffChange>& changes,
                                    const std::string& session_id);

} // namespace kiosk::groups
