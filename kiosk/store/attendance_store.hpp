// Attendance for peer-group sessions, marked by staff behind their PIN (docs/groups.md):
// marks per code (the newest counts), walk-ins, undo, and closing a session.
#pragma once

#include "store/database.hpp"
#include "store/groups_types.hpp"

#include <optional>
#include <string>

namespace kiosk::store {

enum class MarkOutcome { Marked, SessionClosed, UnknownMember, NotSignedUp };

// Marks code (booked or waiting for the session) present, absent or excused; a new mark
// supersedes the previous one. Event attendance.marked (session_id, code, mark, count, staff).
// Marking the mark the code already has writes nothing and returns Marked. Refused with
// nothing written: SessionClosed, UnknownMember, NotSignedUp (use add_walk_in). Mark::WalkIn,
// an empty staff_name or a malformed session id or now_utc throw StoreError (SQLITE_MISUSE).
// Each call runs in a Transaction of its own, never inside another.
MarkOutcome mark_attendance(Database& db, const std::string& session_id, const std::string& code,
                            Mark mark, const std::string& staff_name, const std::string& now_utc);

// Someone came without a sign-up. With a code: that member counts as present (marked walk_in,
// or present if signed up; nothing is written if already present). Without: an anonymous head
// count of one more. Same event and refusals as mark_attendance (never NotSignedUp).
MarkOutcome add_walk_in(Database& db, const std::string& session_id,
                        const std::optional<std::string>& code, const std::string& staff_name,
                        const std::string& now_utc);

// Undoes the session's most recent mark that is not undone yet (a code's previous mark counts
// again; an anonymous walk-in is taken off the head count). Event attendance.undone
// (session_id, code, mark, undoes: the event id of the mark, staff). False, with nothing
// written, when there is nothing to undo or the session is closed.
bool undo_last_mark(Database& db, const std::string& session_id, const std::string& staff_name,
                    const std::string& now_utc);

// Closes the session: no more sign-ups, cancellations or marks. Event session.closed with
// session_id, staff and the counts of session_counts(). False, with nothing written, if it
// was already closed.
bool close_session(Database& db, const std::string& session_id, const std::string& staff_name,
                   const std::string& now_utc);

bool session_closed(Database& db, const std::string& session_id);

// The anonymous head count of the session (walk-ins without a code, minus undone ones).
int anonymous_walk_ins(Database& db, const std::string& session_id);

// code's current mark for the session, if any.
std::optional<Mark> current_mark(Database& db, const std::string& session_id,
                                 const std::string& code);

} // namespace kiosk::store
