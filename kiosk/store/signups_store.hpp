// Sign-ups for peer-group sessions (docs/groups.md): booked while places are free, then a
// waiting list; cancelling a booked place promotes the first waiter. The store does not know
// the schedule: callers pass session ids ("exp-tue/2026-12-01T14:00") and capacities.
#pragma once

#include "store/database.hpp"
#include "store/groups_types.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::store {

enum class SignupOutcome { Booked, Waiting, AlreadySignedUp, UnknownMember, SessionClosed };

struct SignupResult {
    SignupOutcome outcome = SignupOutcome::Booked;
    // Place on the waiting list (1 = next) when waiting, also for AlreadySignedUp; else 0.
    int position = 0;
};

enum class CancelOutcome { Cancelled, NotSignedUp, SessionClosed };

struct CancelResult {
    CancelOutcome outcome = CancelOutcome::Cancelled;
    // The code moved from the waiting list to the freed place, for staff to see.
    std::optional<std::string> promoted_code;
};

struct SignupView {
    std::string code;
    std::string symbol;
    std::optional<std::string> nickname;
    SignupState state = SignupState::Booked;
    int position = 0;         // waiting position, 0 unless waiting
    std::optional<Mark> mark; // current attendance mark, if any
};

// Signs code up for the session in one Transaction of its own (never inside another).
// Booked (event signup.created: session_id, code, capacity, booked) while fewer than capacity
// are booked, else Waiting at the end of the list (event signup.waitlisted: session_id, code,
// position, capacity). If the capacity has grown since others joined the waiting list, they
// are booked first (event signup.promoted each). A cancelled sign-up may sign up again.
// Refused with nothing written:
// AlreadySignedUp (booked or waiting), UnknownMember, SessionClosed (staff closed it).
// A malformed session id or now_utc, or capacity < 1, throw StoreError (SQLITE_MISUSE);
// SQLite failures (disk full, busy, read-only) throw StoreError and write nothing.
SignupResult sign_up(Database& db, const std::string& session_id, int capacity,
                     const std::string& code, const std::string& now_utc);

// Cancels code's booked or waiting sign-up (event signup.cancelled: session_id, code, was).
// Those behind a cancelled waiter move up one place. When a booked place is freed and fewer
// than capacity are booked then, the first waiter is booked in the same Transaction (event
// signup.promoted: session_id, code) and returned as promoted_code; after staff lowered the
// capacity below the bookings, nobody moves up until enough have cancelled. NotSignedUp and
// SessionClosed write nothing. A capacity below 1 throws StoreError (SQLITE_MISUSE).
CancelResult cancel_signup(Database& db, const std::string& session_id, int capacity,
                           const std::string& code, const std::string& now_utc);

// The session's list for staff: booked (in order of booking), then waiting (by position),
// then members marked there without a sign-up (walk-ins, in order of marking).
std::vector<SignupView> signups_for(Database& db, const std::string& session_id);

// The sessions code is booked or waiting for and that staff have not closed, by date and time
// (the session ids' local times). Callers drop the ones already past.
std::vector<std::string> sessions_of(Database& db, const std::string& code);

} // namespace kiosk::store
