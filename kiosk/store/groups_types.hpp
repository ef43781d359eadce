// Types shared by the peer-group store modules (docs/groups.md): attendance marks and the
// state of a sign-up as staff see it.
#pragma once

#include <optional>
#include <string>

namespace kiosk::store {

// An attendance mark. WalkIn: present without a sign-up (set only by add_walk_in).
enum class Mark { Present, Absent, Excused, WalkIn };

// "present", "absent", "excused" or "walk_in", as stored and sent.
const char* to_string(Mark mark);
// The Mark for its stored text, or nothing for other text.
std::optional<Mark> parse_mark(const std::string& text);

// Where a member stands for one session. WalkIn: marked without a booked or waiting sign-up.
enum class SignupState { Booked, Waiting, WalkIn };

const char* to_string(SignupState state);

} // namespace kiosk::store
