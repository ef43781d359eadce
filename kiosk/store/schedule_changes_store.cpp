// Staff schedule changes: stored with their schedule.changed event, read back per group.
#include "store/schedule_changes_store.hpp"

#include "store/groups_detail.hpp"

namespace kiosk::store {

namespace gd = groups_detail;

namespace {

const char* kind_text(ScheduleChangeKind kind) {
    switch (kind) {
    case ScheduleChangeKind::Cancel:
        return "cancel";
    case ScheduleChangeKind::Restore:
        return "restore";
    case ScheduleChangeKind::Add:
        return "add";
    }
    return "cancel";
}

ScheduleChangeKind kind_from(const std::string& text) {
    if (text == "restore") {
        return ScheduleChangeKind::Restore;
    }
    return text == "add" ? ScheduleChangeKind::Add : ScheduleChangeKind::Cancel;
}

void require_change(const ScheduleChange& change, const std::string& now_utc) {
    gd::require_session_id(change.session_id, "record_schedule_change");
    gd::require_text(change.staff_name, "staff name", "record_schedule_change");
    gd::require_utc(now_utc, "record_schedule_change");
    const bool add = change.kind == ScheduleChangeKind::Add;
    if (add ? !gd::is_clock_time(change.end_time) : !change.end_time.empty()) {
        throw StoreError(SQLITE_MISUSE, "record_schedule_change: end time '" + change.end_time +
                                            "' (an added session needs HH:MM, others none); "
                                            "this is a fault in the kiosk software, report it "
                                            "to the kiosk maintainer");
    }
}

} // namespace

void record_schedule_change(Database& db, const ScheduleChange& change,
                            const std::string& now_utc) {
    require_change(change, now_utc);
    nlohmann::json data = {{"session_id", change.session_id},
                           {"kind", kind_text(change.kind)},
                           {"staff", change.staff_name}};
    if (change.kind == ScheduleChangeKind::Add) {
        data["end_time"] = change.end_time;
    }
    Transaction transaction(db);
    Statement insert =
        db.prepare("INSERT INTO schedule_changes (session_id, kind, end_time, "
                   "staff_name, changed_at) VALUES (?1, ?2, NULLIF(?3, ''), ?4, ?5)");
    insert.bind(1, change.session_id);
    insert.bind(2, kind_text(change.kind));
    insert.bind(3, change.end_time);
    insert.bind(4, change.staff_name);
    insert.bind(5, now_utc);
    insert.run();
    gd::record(db, EventKind::ScheduleChanged, data, now_utc);
    transaction.commit();
}

std::vector<ScheduleChange> schedule_changes(Database& db, const std::string& group_id) {
    gd::require_group_id(group_id, "schedule_changes");
    Statement query = db.prepare(
        "SELECT session_id, kind, COALESCE(end_time, ''), staff_name, changed_at FROM "
        "schedule_changes WHERE substr(session_id, 1, length(?1) + 1) = ?1 || '/' ORDER BY id");
    query.bind(1, group_id);
    std::vector<ScheduleChange> changes;
    while (query.step()) {
        changes.push_back({query.column_text(0), kind_from(query.column_text(1)),
                           query.column_text(2), query.column_text(3), query.column_text(4)});
    }
    return changes;
}

} // namespace kiosk::store
