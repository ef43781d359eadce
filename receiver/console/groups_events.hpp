// The peer-group events the Groups page reads (docs/groups.md, "What is stored"): sign-ups,
// the waiting list, cancellations, promotions, attendance marks and their undoing. Each
// stored event's JSON is parsed once, here, into a small struct; the report works on these.
#pragma once

#include "event_store.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace console {

enum class GroupEventKind {
    SignupCreated,    // booked a place
    SignupWaitlisted, // put on the waiting list
    SignupPromoted,   // moved up from the waiting list to a place
    SignupCancelled,  // gave up the place or the waiting list
    AttendanceMarked, // present, absent, excused or walk-in
    AttendanceUndone, // takes back the mark with the id in `undoes`
};

struct GroupEvent {
    GroupEventKind kind = GroupEventKind::SignupCreated;
    std::string id; // the event's own id (an undo names the mark it takes back by it)
    std::string kiosk_id;
    std::string occurred_at;
    std::string session_id;          // "<group id>/<YYYY-MM-DD>T<HH:MM>"
    std::optional<std::string> code; // none: an anonymous head count
    std::string mark;                // marked: present | absent | excused | walk_in
    std::int64_t count = 1;          // marked: heads (1 but for old anonymous counts)
    std::string undoes;              // undone: the id of the attendance.marked event
};

// Every kind, in the order happened_before puts them within one second and rank.
inline constexpr GroupEventKind kGroupEventKinds[] = {
    GroupEventKind::SignupCreated,    GroupEventKind::SignupWaitlisted,
    GroupEventKind::SignupPromoted,   GroupEventKind::SignupCancelled,
    GroupEventKind::AttendanceMarked, GroupEventKind::AttendanceUndone,
};

// The event type each kind is stored under ("signup.created", ...).
const char* group_event_type(GroupEventKind kind);

// The event in row, or none when its data lacks a valid session id (or, for a mark, the mark).
std::optional<GroupEvent> read_group_event(GroupEventKind kind, receiver::ExportRow row);

// Every group event in the store, in no particular order.
std::vector<GroupEvent> load_group_events(receiver::EventStore& store);

// The order they happened in: by occurred_at and, within one second, sign-ups before
// promotions before cancellations (a kiosk writes them in that order); then by kind and id.
bool happened_before(const GroupEvent& a, const GroupEvent& b);

// The parts of a session id: its group id, and its local date "YYYY-MM-DD".
std::string group_of_session(const std::string& session_id);
std::string date_of_session(const std::string& session_id);

} // namespace console
