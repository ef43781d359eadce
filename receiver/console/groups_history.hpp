// The peer-group events replayed session by session, kept between requests: events can be
// added at any time and in any order (a kiosk uploads late), and only the sessions they touch
// are replayed again. The Groups page's figures for any period are then drawn from the
// sessions' numbers (groups_report) without reading an event again.
#pragma once

#include "groups_events.hpp"

#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
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

// One session at one kiosk after all its events.
struct SessionNumbers {
    std::string kiosk_id;
    std::string group_id;
    std::string when; // "YYYY-MM-DDTHH:MM", local, from the session id
    std::string date; // its first 10 characters: the session's own date
    GroupCounts counts;
    std::vector<std::string> came; // codes marked present or walk-in
};

// A code's attendance (present or walk-in), for the steps along the track.
struct Attendance {
    const SessionNumbers* session;
};

class GroupsHistory {
  public:
    // Adds events (each once: the caller sees to that) and replays the sessions they touch.
    void add(std::vector<GroupEvent> events);

    // Every session, in no particular order.
    const std::unordered_map<std::string, SessionNumbers>& sessions() const { return numbers_; }

    // Per kiosk "\n" code, its attendances by session time (ties by group id).
    const std::unordered_map<std::string, std::vector<Attendance>>& attendance() const {
        return attendance_;
    }

    // Every kiosk that recorded a group event.
    const std::set<std::string>& kiosks() const { return kiosks_; }

  private:
    void replay(const std::string& key);
    void index_attendance();

    std::unordered_map<std::string, std::vector<GroupEvent>> events_; // kiosk "\n" session id
    std::unordered_map<std::string, SessionNumbers> numbers_;         // the same keys
    std::unordered_map<std::string, std::vector<Attendance>> attendance_;
    std::unordered_set<std::string> undone_; // ids of marks taken back
    std::set<std::string> kiosks_;
};

} // namespace console
