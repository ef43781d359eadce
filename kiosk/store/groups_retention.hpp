// How long peer-group data is kept on the kiosk (docs/privacy.md, "Groups"): old sessions'
// sign-ups and attendance, interest forms and unused member codes are deleted once their
// events have been delivered.
#pragma once

#include "store/database.hpp"

#include <string>

namespace kiosk::store {

// The periods docs/privacy.md promises, for callers without a configured value.
inline constexpr int kDefaultKeepDays = 180;
inline constexpr int kDefaultInterestKeepDays = 30;

struct RetentionResult {
    int sessions = 0; // sessions whose rows were deleted
    int signups = 0;
    int attendance = 0;
    int sessions_closed = 0;
    int schedule_changes = 0;
    int interest_forms = 0;
    int members = 0;
    int events = 0; // delivered outbox events of the deleted rows
};

// Deletes, in one Transaction of its own, local data that has done its job:
// - the sign-ups, attendance, closing and schedule changes of every session dated before
//   today - keep_days, once no event naming that session (data.session_id) is still
//   undelivered (events.state other than 'delivered');
// - interest forms submitted before today - interest_keep_days whose event was delivered;
// - members created before today - keep_days with no sign-up or attendance left and no
//   undelivered event naming their code (data.code).
// The delivered peer-group events of what is deleted are deleted with it, so no copy of a
// nickname or contact stays behind in the outbox. Local cleanup: writes no event.
// today is the local date YYYY-MM-DD; day counts outside 0-36500 or a malformed today throw
// StoreError (SQLITE_MISUSE).
// With `wait_for_delivery` (when the kiosk uploads), data is deleted only once its events
// reached the server; without it (no upload configured, so nothing can ever be delivered)
// old data and its events are deleted on time regardless, as the consent text promises.
RetentionResult apply_retention(Database& db, const std::string& today, int keep_days,
                                int interest_keep_days, bool wait_for_delivery = true);

} // namespace kiosk::store
