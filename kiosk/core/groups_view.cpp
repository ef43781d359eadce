// Lookups in the groups snapshot.
#include "groups_view.hpp"

namespace kiosk {

const SessionRow* GroupsSnapshot::session(const std::string& id) const {
    for (const auto& s : sessions)
        if (s.id == id)
            return &s;
    return nullptr;
}

const GroupInfo* GroupsSnapshot::group(const std::string& id) const {
    for (const auto& g : groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

} // namespace kiosk
