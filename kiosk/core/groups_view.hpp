// What the group screens show and what a visitor is in the middle of: plain view data
// the app fills from the schedule and the store, so screens need neither. The sign-up
// draft belongs to the visit and is wiped with it.
#pragma once

#include "text_field.hpp"
#include "wiped_string.hpp"

#include <map>
#include <string>
#include <vector>

namespace kiosk {

struct SessionRow {
    std::string id; // "<group>/<YYYY-MM-DD>T<HH:MM>"
    std::string group_id;
    std::string type; // experience, coaching, work, training
    std::string date; // YYYY-MM-DD (local)
    int weekday = 0;  // 0 = Monday
    int start_min = 0, end_min = 0;
    std::string place;
    int capacity = 0;
    int booked = 0, waiting = 0;
    bool cancelled = false;
    std::string cancel_reason; // "cancelled" (file), "holiday", "staff", "removed" (pattern)
    bool ended = false;        // today's, already over: staff still mark it, visitors skip it
    bool full() const { return booked >= capacity; }
    bool operator==(const SessionRow&) const = default;
};

struct GroupInfo {
    std::string id, type;
    std::map<std::string, std::string> name, leader; // per language
    bool operator==(const GroupInfo&) const = default;
};

struct GroupsSnapshot {
    bool available = false;     // false: no schedule could be loaded, or the clock is unknown
    bool clock_unknown = false; // the clock is not trusted yet: no sessions, nothing recorded
    std::string today;          // YYYY-MM-DD, local
    std::vector<GroupInfo> groups;
    std::vector<SessionRow> sessions; // the next four weeks, by start time
    const SessionRow* session(const std::string& id) const;
    const GroupInfo* group(const std::string& id) const;
    bool operator==(const GroupsSnapshot&) const = default;
};

// A visitor's sign-up in progress.
struct SignupDraft {
    std::string session_id;
    bool new_member = false;
    std::string symbol;
    TextField code{7}; // "KXT482" typed; dashes are added on display
    TextField nickname{20};
    void clear() { *this = SignupDraft{}; }
    bool operator==(const SignupDraft&) const = default;
};

// The peer field worker interest form in progress (sensitive: wiped with the visit).
struct InterestDraft {
    std::vector<std::string> languages;    // language codes, or "other"
    std::vector<std::string> availability; // mornings, afternoons, evenings, weekends
    TextField contact{60};
    bool submitted = false;
    bool failed = false;
    void clear() { *this = InterestDraft{}; }
    bool operator==(const InterestDraft&) const = default;
};

struct SignupOutcome {
    enum class Kind {
        None,
        Booked,
        Waiting,
        AlreadySignedUp,
        UnknownCode,
        ImpossibleCode,
        SessionGone, // cancelled or removed meanwhile
        Cancelled,
        NotSignedUp,
        DiskFull,
        Busy,
        Failed
    };
    Kind kind = Kind::None;
    std::string code, symbol;
    WipedString nickname;                 // as the visitor typed it: wiped with the visit
    int position = 0;                     // on the waiting list
    std::vector<std::string> my_sessions; // the visitor's sign-ups (cancel screen)
    bool looked_up = false;               // the cancel screen has looked the code up
    bool operator==(const SignupOutcome&) const = default;
};

// One row of a session's list on the staff screen.
struct StaffSignupRow {
    std::string code, symbol, nickname;
    std::string state; // booked, waiting
    int position = 0;
    std::string mark; // "", present, absent, excused, walk_in
    bool operator==(const StaffSignupRow&) const = default;
};

// A member code's progress: sessions attended per group (for "ready for the next step").
struct StaffProgressView {
    std::string code;
    bool looked_up = false;
    bool known = false;
    std::map<std::string, int> attended; // group id -> sessions attended
    bool operator==(const StaffProgressView&) const = default;
};

struct WeekBar {
    std::string monday; // YYYY-MM-DD
    int booked = 0, present = 0, no_shows = 0, excused = 0, walk_ins = 0;
    bool operator==(const WeekBar&) const = default;
};

struct StaffStatsView {
    std::string group_id;
    std::vector<WeekBar> weeks; // oldest first
    bool operator==(const StaffStatsView&) const = default;
};

struct StaffExportView {
    std::vector<std::string> folders; // where a CSV can be written
    std::string written;              // the file just written ("" = none)
    std::string error;                // why it failed ("" = none)
    bool operator==(const StaffExportView&) const = default;
};

struct StaffSessionView {
    std::string session_id;
    std::vector<StaffSignupRow> rows;
    int anonymous_walk_ins = 0;
    bool closed = false;
    std::string message_key;  // a result to show ("" = none)
    std::string message_code; // fills {code} in the message
    bool operator==(const StaffSessionView&) const = default;
};

} // namespace kiosk
