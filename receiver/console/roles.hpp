// What a coordinator may see (docs/console.md, "Roles"). A viewer sees aggregates only; a
// coordinator everything but contacts; a peer-work coordinator also the peer field worker
// interest forms with their contacts (each view written to the audit log).
#pragma once

#include <optional>
#include <string>

namespace console {

enum class Role { Viewer, Coordinator, PeerWork };

// The role's name in the users file and on screen: viewer, coordinator, peer-work.
const char* role_name(Role role);
std::optional<Role> role_from_name(const std::string& name);

// What each role may do: the one place that says it.
inline bool sees_details(Role role) {
    switch (role) {
    case Role::Viewer:
        return false;
    case Role::Coordinator:
    case Role::PeerWork:
        return true;
    }
    return false;
}
// Marking a signal as reviewed: those who see reports.
inline bool may_mark_reviewed(Role role) {
    return sees_details(role);
}
// Publishing and withdrawing alerts on every kiosk: those who see reports, not viewers.
inline bool may_publish_alerts(Role role) {
    return sees_details(role);
}
inline bool sees_contacts(Role role) {
    switch (role) {
    case Role::Viewer:
    case Role::Coordinator:
        return false;
    case Role::PeerWork:
        return true;
    }
    return false;
}

} // namespace console
