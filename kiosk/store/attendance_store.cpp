// Attendance: marks, walk-ins, undo and closing a session, each change with its outbox event
// in the same Transaction.
#include "store/attendance_store.hpp"

#include "store/group_stats.hpp"
#include "store/groups_detail.hpp"

namespace kiosk::store {

namespace gd = groups_detail;

namespace {

struct NewMark {
    const std::string& session_id;
    std::optional<std::string> code; // none: anonymous head count
    Mark mark;
    const std::string& staff_name;
    const std::string& now_utc;
};

void check_call(const std::string& session_id, const std::string& staff_name,
                const std::string& now_utc, const char* caller) {
    gd::require_session_id(session_id, caller);
    gd::require_text(staff_name, "staff name", caller);
    gd::require_utc(now_utc, caller);
}

nlohmann::json code_json(const std::optional<std::string>& code) {
    return code ? nlohmann::json(*code) : nlohmann::json(nullptr);
}

// Writes the attendance row and its attendance.marked event.
void write_mark(Database& db, const NewMark& mark) {
    const nlohmann::json data = {{"session_id", mark.session_id},
                                 {"code", code_json(mark.code)},
                                 {"mark", to_string(mark.mark)},
                                 {"count", 1},
                                 {"staff", mark.staff_name}};
    const std::string event_id = gd::record(db, EventKind::AttendanceMarked, data, mark.now_utc);
    Statement insert = db.prepare("INSERT INTO attendance (session_id, code, mark, count, "
                                  "staff_name, marked_at, event_id) "
                                  "VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6)");
    insert.bind(1, mark.session_id);
    if (mark.code) {
        insert.bind(2, *mark.code);
    } else {
        insert.bind(2, nullptr);
    }
    insert.bind(3, to_string(mark.mark));
    insert.bind(4, mark.staff_name);
    insert.bind(5, mark.now_utc);
    insert.bind(6, event_id);
    insert.run();
}

bool is_signed_up(Database& db, const std::string& session_id, const std::string& code) {
    Statement query = db.prepare("SELECT COUNT(*) FROM signups WHERE session_id = ?1 AND "
                                 "code = ?2 AND state <> 'cancelled'");
    query.bind(1, session_id);
    query.bind(2, code);
    query.step();
    return query.column_int64(0) > 0;
}

bool counts_as_present(const std::optional<Mark>& mark) {
    return mark == Mark::Present || mark == Mark::WalkIn;
}

// Marks a member who came; nothing to write if the current mark already says so.
void mark_member_present(Database& db, const NewMark& mark) {
    if (!counts_as_present(gd::current_mark_of(db, mark.session_id, *mark.code))) {
        write_mark(db, mark);
    }
}

struct LastMark {
    std::int64_t id;
    std::optional<std::string> code;
    std::string mark;
    std::string event_id;
};

std::optional<LastMark> last_mark(Database& db, const std::string& session_id) {
    Statement query = db.prepare("SELECT id, code, mark, event_id FROM attendance WHERE "
                                 "session_id = ?1 AND undone = 0 ORDER BY id DESC LIMIT 1");
    query.bind(1, session_id);
    if (!query.step()) {
        return std::nullopt;
    }
    LastMark last{query.column_int64(0), std::nullopt, query.column_text(2), query.column_text(3)};
    if (!query.column_is_null(1)) {
        last.code = query.column_text(1);
    }
    return last;
}

void set_undone(Database& db, std::int64_t id, const std::string& now_utc) {
    Statement update = db.prepare("UPDATE attendance SET undone = 1, undone_at = ?2 WHERE id = ?1");
    update.bind(1, id);
    update.bind(2, now_utc);
    update.run();
}

nlohmann::json counts_json(const SessionCounts& counts) {
    return {{"booked", counts.booked},
            {"waiting", counts.waiting},
            {"present", counts.present},
            {"absent", counts.absent},
            {"excused", counts.excused},
            {"unmarked", counts.unmarked},
            {"walk_ins", counts.anonymous_walk_ins}};
}

} // namespace

MarkOutcome mark_attendance(Database& db, const std::string& session_id, const std::string& code,
                            Mark mark, const std::string& staff_name, const std::string& now_utc) {
    check_call(session_id, staff_name, now_utc, "mark_attendance");
    if (mark == Mark::WalkIn) {
        throw StoreError(SQLITE_MISUSE, "mark_attendance: walk-ins are marked with add_walk_in; "
                                        "this is a fault in the kiosk software, report it to "
                                        "the kiosk maintainer");
    }
    Transaction transaction(db);
    if (gd::session_is_closed(db, session_id)) {
        return MarkOutcome::SessionClosed;
    }
    if (!gd::member_is_known(db, code)) {
        return MarkOutcome::UnknownMember;
    }
    if (!is_signed_up(db, session_id, code)) {
        return MarkOutcome::NotSignedUp;
    }
    if (gd::current_mark_of(db, session_id, code) != mark) {
        write_mark(db, {session_id, code, mark, staff_name, now_utc});
    }
    transaction.commit();
    return MarkOutcome::Marked;
}

MarkOutcome add_walk_in(Database& db, const std::string& session_id,
                        const std::optional<std::string>& code, const std::string& staff_name,
                        const std::string& now_utc) {
    check_call(session_id, staff_name, now_utc, "add_walk_in");
    Transaction transaction(db);
    if (gd::session_is_closed(db, session_id)) {
        return MarkOutcome::SessionClosed;
    }
    if (!code) {
        write_mark(db, {session_id, std::nullopt, Mark::WalkIn, staff_name, now_utc});
    } else if (!gd::member_is_known(db, *code)) {
        return MarkOutcome::UnknownMember;
    } else {
        const Mark mark = is_signed_up(db, session_id, *code) ? Mark::Present : Mark::WalkIn;
        mark_member_present(db, {session_id, code, mark, staff_name, now_utc});
    }
    transaction.commit();
    return MarkOutcome::Marked;
}

bool undo_last_mark(Database& db, const std::string& session_id, const std::string& staff_name,
                    const std::string& now_utc) {
    check_call(session_id, staff_name, now_utc, "undo_last_mark");
    Transaction transaction(db);
    const std::optional<LastMark> last = last_mark(db, session_id);
    if (!last || gd::session_is_closed(db, session_id)) {
        return false;
    }
    set_undone(db, last->id, now_utc);
    gd::record(db, EventKind::AttendanceUndone,
               {{"session_id", session_id},
                {"code", code_json(last->code)},
                {"mark", last->mark},
                {"undoes", last->event_id},
                {"staff", staff_name}},
               now_utc);
    transaction.commit();
    return true;
}

bool close_session(Database& db, const std::string& session_id, const std::string& staff_name,
                   const std::string& now_utc) {
    check_call(session_id, staff_name, now_utc, "close_session");
    Transaction transaction(db);
    if (gd::session_is_closed(db, session_id)) {
        return false;
    }
    nlohmann::json data = counts_json(session_counts(db, session_id));
    data["session_id"] = session_id;
    data["staff"] = staff_name;
    Statement insert = db.prepare(
        "INSERT INTO sessions_closed (session_id, closed_by, closed_at) VALUES (?1, ?2, ?3)");
    insert.bind(1, session_id);
    insert.bind(2, staff_name);
    insert.bind(3, now_utc);
    insert.run();
    gd::record(db, EventKind::SessionClosed, data, now_utc);
    transaction.commit();
    return true;
}

bool session_closed(Database& db, const std::string& session_id) {
    return gd::session_is_closed(db, session_id);
}

int anonymous_walk_ins(Database& db, const std::string& session_id) {
    return static_cast<int>(gd::query_int(db,
                                          "SELECT COALESCE(SUM(count), 0) FROM attendance WHERE "
                                          "session_id = ?1 AND code IS NULL AND undone = 0",
                                          session_id));
}

std::optional<Mark> current_mark(Database& db, const std::string& session_id,
                                 const std::string& code) {
    return gd::current_mark_of(db, session_id, code);
}

} // namespace kiosk::store
