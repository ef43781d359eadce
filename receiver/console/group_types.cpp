// The names of the group types.
#include "group_types.hpp"

namespace console {

const char* group_type_name(GroupType type) {
    switch (type) {
    case GroupType::Experience:
        return "experience";
    case GroupType::Coaching:
        return "coaching";
    case GroupType::Work:
        return "work";
    case GroupType::Training:
        return "training";
    }
    return "experience";
}

std::optional<GroupType> group_type_from_name(const std::string& name) {
    for (const GroupType t :
         {GroupType::Experience, GroupType::Coaching, GroupType::Work, GroupType::Training}) {
        if (name == group_type_name(t)) {
            return t;
        }
    }
    return std::nullopt;
}

} // namespace console
