// Replaying each session's events in the order they happened, and keeping the numbers.
#include "groups_history.hpp"

#include <algorithm>
#include <map>

namespace console {

namespace {

enum class SignupState { Booked, Waiting, Cancelled };

// One session while replaying: each code's last sign-up state and mark.
struct Replay {
    std::map<std::string, SignupState> signups;
    std::set<std::string> waitlisted, promoted;
    std::map<std::string, std::string> marks; // code -> its mark that was not undone last
    std::int64_t anonymous_heads = 0;
};

void apply_signup(Replay& s, const GroupEvent& e) {
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

GroupCounts counts_of(const Replay& s) {
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

// Frees the text's memory (clear() would keep it).
void forget(std::string& text) {
    std::string().swap(text);
}

bool holds(const std::vector<GroupEvent>& events, const std::string& id) {
    return std::any_of(events.begin(), events.end(),
                       [&](const GroupEvent& e) { return e.id == id; });
}

} // namespace

void GroupsHistory::add(std::vector<GroupEvent> events) {
    std::set<std::string> touched;
    std::vector<std::pair<std::string, std::string>> undos; // (its session, the mark's id)
    for (auto& e : events) {
        const std::string key = e.kiosk_id + "\n" + e.session_id;
        if (e.kind == GroupEventKind::AttendanceUndone && !e.undoes.empty() &&
            undone_.insert(e.undoes).second) {
            undos.emplace_back(key, e.undoes);
        }
        kiosks_.insert(e.kiosk_id);
        touched.insert(key);
        // The key holds kiosk and session; only a mark's id is looked for (by an undo).
        forget(e.kiosk_id);
        forget(e.session_id);
        forget(e.undoes);
        if (e.kind != GroupEventKind::AttendanceMarked) {
            forget(e.id);
        }
        events_[key].push_back(std::move(e));
    }
    for (const auto& [key, mark] : undos) {
        if (holds(events_[key], mark)) {
            continue; // replayed anyway
        }
        for (const auto& [other, list] : events_) { // a mark stored in another session
            if (holds(list, mark)) {
                touched.insert(other);
            }
        }
    }
    for (const auto& key : touched) {
        replay(key);
        events_[key].shrink_to_fit();
    }
    if (!touched.empty()) {
        index_attendance();
    }
}

void GroupsHistory::replay(const std::string& key) {
    std::vector<GroupEvent>& list = events_[key];
    std::sort(list.begin(), list.end(), happened_before);
    Replay s;
    for (const auto& e : list) {
        if (e.kind != GroupEventKind::AttendanceMarked) {
            apply_signup(s, e);
        } else if (undone_.count(e.id) == 0) {
            if (e.code) {
                s.marks[*e.code] = e.mark;
            } else if (e.mark == "walk_in") {
                s.anonymous_heads += e.count;
            }
        }
    }
    const std::size_t newline = key.find('\n');
    const std::string session_id = key.substr(newline + 1);
    SessionNumbers& n = numbers_[key];
    n.kiosk_id = key.substr(0, newline);
    n.group_id = group_of_session(session_id);
    n.when = session_id.substr(session_id.find('/') + 1);
    n.date = n.when.substr(0, 10);
    n.counts = counts_of(s);
    n.came.clear();
    for (const auto& [code, mark] : s.marks) {
        if (mark == "present" || mark == "walk_in") {
            n.came.push_back(code);
        }
    }
}

void GroupsHistory::index_attendance() {
    attendance_.clear();
    for (const auto& [key, n] : numbers_) {
        for (const auto& code : n.came) {
            attendance_[n.kiosk_id + "\n" + code].push_back({&n});
        }
    }
    for (auto& [code, list] : attendance_) {
        std::sort(list.begin(), list.end(), [](const Attendance& a, const Attendance& b) {
            return std::tie(a.session->when, a.session->group_id) <
                   std::tie(b.session->when, b.session->group_id);
        });
    }
}

} // namespace console
