// Role names.
#include "roles.hpp"

namespace console {

const char* role_name(Role role) {
    switch (role) {
    case Role::Viewer:
        return "viewer";
    case Role::Coordinator:
        return "coordinator";
    case Role::PeerWork:
        return "peer-work";
    }
    return "viewer";
}

std::optional<Role> role_from_name(const std::string& name) {
    for (const Role role : {Role::Viewer, Role::Coordinator, Role::PeerWork}) {
        if (name == role_name(role)) {
            return role;
        }
    }
    return std::nullopt;
}

} // namespace console
