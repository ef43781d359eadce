// The screens of the kiosk, with the stable text ids used by --goto, --ui-dump and tests.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace kiosk {

enum class ScreenId {
    Home,
    Info,            // the topics grid
    Substances,      // all substances
    Substance,       // one substance (Place::topic = substance id)
    Pages,           // the pages of one topic (Place::topic = topic id)
    Page,            // one information page (Place::topic = page id)
    Mixing,          // the mixing checker
    Emergency,       // overdose and first aid
    Help,            // where to get help: needs
    HelpNeed,        // organisations for one need (Place::topic = need)
    Organisation,    // one organisation with its QR code (Place::topic = organisation id)
    Groups,          // the four-step track
    GroupType,       // one step: what it is and its sessions (Place::topic = type)
    GroupSession,    // one session: what to expect (Place::topic = session id)
    Consent,         // what is stored, for how long, who sees it
    CodeChoice,      // "do you have a member code?"
    CodeEntry,       // type an existing code
    SymbolPick,      // choose a picture for a new code
    Nickname,        // an optional nickname
    SignupDone,      // the outcome, with the code shown large
    CancelSignup,    // cancel with your code
    Interest,        // "become a peer field worker": languages and availability
    InterestConsent, // what is kept, for how long; contact only if wanted
    InterestContact, // phone or e-mail, typed
    InterestDone,
    Search,
    StaffPin,
    Staff,
    StaffGroups,   // today's and this week's sessions
    StaffSession,  // one session: sign-ups and attendance (Place::topic = session id)
    StaffProgress, // a member code's attended sessions per group
    StaffStats,    // one group's attendance per week (Place::topic = group id)
    StaffExport,   // attendance as CSV to a USB stick or the kiosk's exports folder
    StaffSync,     // uploads: how far behind, last error, refused events, "send now"
    StaffSchedule, // the weekly times, places and capacities of the groups, and the holidays
    // one edit of the schedule (Place::topic says which: add-slot/<group>,
    // change-slot/<group>/<weekday>/<HH:MM>, remove-slot/..., group/<group>, add-holiday,
    // remove-holiday/<YYYY-MM-DD>)
    StaffScheduleEdit
};

std::string_view screen_name(ScreenId id);
std::optional<ScreenId> parse_screen_name(std::string_view name);
// Screens a visitor uses (they show the quick-exit control); the others are staff-only.
bool is_visitor_screen(ScreenId id);
const std::vector<ScreenId>& all_screens();

} // namespace kiosk
