// The four steps of the track (docs/groups.md): experience groups, coaching groups, work
// projects, training. The kiosks' events name a session's group only by its id, never its
// type, so the console learns each group id's type from its config ([group_types]).
#pragma once

#include <map>
#include <optional>
#include <string>

namespace console {

// In the order of the track: a member moves from one step to the next.
enum class GroupType { Experience = 1, Coaching = 2, Work = 3, Training = 4 };

// Group id (as in the kiosks' schedule.toml) -> its type, the same at every location.
using GroupTypes = std::map<std::string, GroupType>;

// "experience", "coaching", "work" or "training", as in schedule.toml.
const char* group_type_name(GroupType type);
std::optional<GroupType> group_type_from_name(const std::string& name);

// 1-4, the type's place in the track.
inline int step_of(GroupType type) {
    return static_cast<int>(type);
}

} // namespace console
