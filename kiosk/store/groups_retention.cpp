// Retention of peer-group data: deleting old, delivered sessions, interest forms and members.
#include "store/groups_retention.hpp"

#include "store/groups_dates.hpp"
#include "store/groups_detail.hpp"

#include <set>
#include <vector>

namespace kiosk::store {

namespace gd = groups_detail;

namespace {

constexpr int kMaxDays = 36500;

// "('signup.created', ...)": the event types kept as long as `retention` says (event_kinds.hpp).
std::string types_kept(Retention retention) {
    std::string list;
    for (const auto& k : kEventKinds)
        if (k.retention == retention)
            list += std::string(list.empty() ? "('" : ", '") + std::string(k.type) + "'";
    return list.empty() ? "('')" : list + ")";
}

std::vector<std::string> texts(Statement& query) {
    std::vector<std::string> values;
    while (query.step()) {
        values.push_back(query.column_text(0));
    }
    return values;
}

// Sessions named by an event that is not delivered yet.
std::set<std::string> undelivered_sessions(Database& db, bool wait) {
    if (!wait)
        return {};
    Statement query =
        db.prepare("SELECT DISTINCT json_extract(data, '$.session_id') FROM events WHERE "
                   "state <> 'delivered' AND json_extract(data, '$.session_id') IS NOT NULL");
    const std::vector<std::string> sessions = texts(query);
    return {sessions.begin(), sessions.end()};
}

std::vector<std::string> sessions_before(Database& db, const std::string& cutoff) {
    Statement query = db.prepare(
        "SELECT session_id FROM signups UNION SELECT session_id FROM attendance UNION "
        "SELECT session_id FROM sessions_closed UNION SELECT session_id FROM schedule_changes");
    std::vector<std::string> old;
    for (const std::string& session_id : texts(query)) {
        if (gd::is_session_id(session_id) && gd::date_of(session_id) < cutoff) {
            old.push_back(session_id);
        }
    }
    return old;
}

int delete_where(Database& db, const std::string& sql, const std::string& param) {
    Statement del = db.prepare(sql);
    del.bind(1, param);
    del.run();
    return gd::changes(db);
}

// "state = 'delivered' AND " when deletion waits for delivery, else nothing.
std::string delivered_only(bool wait) {
    return wait ? "state = 'delivered' AND " : "";
}

void delete_session(Database& db, const std::string& session_id, bool wait,
                    RetentionResult& result) {
    result.signups += delete_where(db, "DELETE FROM signups WHERE session_id = ?1", session_id);
    result.attendance +=
        delete_where(db, "DELETE FROM attendance WHERE session_id = ?1", session_id);
    result.sessions_closed +=
        delete_where(db, "DELETE FROM sessions_closed WHERE session_id = ?1", session_id);
    result.schedule_changes +=
        delete_where(db, "DELETE FROM schedule_changes WHERE session_id = ?1", session_id);
    result.events += delete_where(db,
                                  "DELETE FROM events WHERE " + delivered_only(wait) +
                                      "json_extract(data, '$.session_id') = ?1 AND "
                                      "type IN " +
                                      types_kept(Retention::WithSession),
                                  session_id);
    ++result.sessions;
}

void delete_sessions(Database& db, const std::string& cutoff, bool wait, RetentionResult& result) {
    const std::set<std::string> blocked = undelivered_sessions(db, wait);
    for (const std::string& session_id : sessions_before(db, cutoff)) {
        if (blocked.count(session_id) == 0) {
            delete_session(db, session_id, wait, result);
        }
    }
}

void delete_interest_forms(Database& db, const std::string& cutoff, bool wait,
                           RetentionResult& result) {
    Statement query = db.prepare(
        std::string("SELECT f.event_id FROM interest_forms f WHERE substr(f.submitted_at, 1, 10) "
                    "< ?1") +
        (wait ? " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = f.event_id AND "
                "e.state <> 'delivered')"
              : ""));
    query.bind(1, cutoff);
    for (const std::string& event_id : texts(query)) {
        result.interest_forms +=
            delete_where(db, "DELETE FROM interest_forms WHERE event_id = ?1", event_id);
        result.events += delete_where(db, "DELETE FROM events WHERE id = ?1", event_id);
    }
}

void delete_members(Database& db, const std::string& cutoff, bool wait, RetentionResult& result) {
    Statement query = db.prepare(
        std::string("SELECT m.code FROM members m WHERE m.created_day < ?1 AND "
                    "NOT EXISTS (SELECT 1 FROM signups s WHERE s.code = m.code) AND "
                    "NOT EXISTS (SELECT 1 FROM attendance a WHERE a.code = m.code)") +
        (wait ? " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.state <> 'delivered' AND "
                "json_extract(e.data, '$.code') = m.code)"
              : ""));
    query.bind(1, cutoff);
    for (const std::string& code : texts(query)) {
        result.members += delete_where(db, "DELETE FROM members WHERE code = ?1", code);
        result.events += delete_where(db,
                                      "DELETE FROM events WHERE " + delivered_only(wait) +
                                          "type IN " + types_kept(Retention::WithMember) +
                                          " AND "
                                          "json_extract(data, '$.code') = ?1",
                                      code);
    }
}

void require_days(int days, const char* what) {
    if (days < 0 || days > kMaxDays) {
        throw StoreError(SQLITE_MISUSE, std::string("apply_retention: ") + what + " is " +
                                            std::to_string(days) + ", not 0-36500" +
                                            "; this is a fault in the kiosk software, report it "
                                            "to the kiosk maintainer");
    }
}

} // namespace

RetentionResult apply_retention(Database& db, const std::string& today, int keep_days,
                                int interest_keep_days, bool wait_for_delivery) {
    gd::require_date(today, "apply_retention");
    require_days(keep_days, "keep_days");
    require_days(interest_keep_days, "interest_keep_days");
    const std::string cutoff = gd::add_days(today, -keep_days);
    RetentionResult result;
    Transaction transaction(db);
    delete_sessions(db, cutoff, wait_for_delivery, result);
    delete_interest_forms(db, gd::add_days(today, -interest_keep_days), wait_for_delivery, result);
    delete_members(db, cutoff, wait_for_delivery, result);
    transaction.commit();
    return result;
}

} // namespace kiosk::store
