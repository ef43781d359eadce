// Helpers shared by the peer-group store modules: checks, current marks, recording events.
#include "store/groups_detail.hpp"

#include "store/groups_dates.hpp"
#include "store/outbox.hpp"

namespace kiosk::store::groups_detail {

namespace {

constexpr const char* kFixIt = "; this is a fault in the kiosk software, report it to the "
                               "kiosk maintainer";

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// text[from..] matches pattern, where '9' stands for any digit and other characters for
// themselves.
bool matches(const std::string& text, std::size_t from, const std::string& pattern) {
    if (text.size() < from + pattern.size()) {
        return false;
    }
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = text[from + i];
        if (pattern[i] == '9' ? !is_digit(c) : c != pattern[i]) {
            return false;
        }
    }
    return true;
}

[[noreturn]] void refuse(const char* caller, const std::string& what) {
    throw StoreError(SQLITE_MISUSE, std::string(caller) + ": " + what + kFixIt);
}

} // namespace

bool is_group_id(const std::string& text) {
    if (text.empty()) {
        return false;
    }
    for (const char c : text) {
        if (!(is_digit(c) || (c >= 'a' && c <= 'z') || c == '-')) {
            return false;
        }
    }
    return true;
}

bool is_session_id(const std::string& text) {
    const std::size_t slash = text.find('/');
    if (slash == std::string::npos || !is_group_id(text.substr(0, slash))) {
        return false;
    }
    const std::string when = text.substr(slash + 1);
    return when.size() == 16 && matches(when, 0, "9999-99-99T99:99") &&
           is_date(when.substr(0, 10)) && when.substr(11, 2) < "24" && when.substr(14, 2) < "60";
}

bool is_clock_time(const std::string& text) {
    return text.size() == 5 && matches(text, 0, "99:99") && text.substr(0, 2) < "24" &&
           text.substr(3, 2) < "60";
}

void require_session_id(const std::string& session_id, const char* caller) {
    if (!is_session_id(session_id)) {
        refuse(caller, "session id '" + session_id + "' is not like exp-tue/2026-12-01T14:00");
    }
}

void require_group_id(const std::string& group_id, const char* caller) {
    if (!is_group_id(group_id)) {
        refuse(caller, "group id '" + group_id + "' is not made of a-z, 0-9 and -");
    }
}

void require_utc(const std::string& utc, const char* caller) {
    const bool ok = utc.size() >= 20 && utc.back() == 'Z' &&
                    matches(utc, 0, "9999-99-99T99:99:99") && is_date(utc.substr(0, 10));
    if (!ok) {
        refuse(caller, "time '" + utc + "' is not RFC 3339 UTC like 2026-11-22T17:05:00Z");
    }
}

void require_date(const std::string& date, const char* caller) {
    if (!is_date(date)) {
        refuse(caller, "'" + date + "' is not a date like 2026-11-22");
    }
}

void require_clock(const std::string& time, const char* caller) {
    if (!is_clock_time(time)) {
        refuse(caller, "time '" + time + "' is not HH:MM like 14:00");
    }
}

void require_text(const std::string& value, const char* what, const char* caller) {
    if (value.empty()) {
        refuse(caller, std::string(what) + " is empty");
    }
}

std::string group_of(const std::string& session_id) {
    return session_id.substr(0, session_id.find('/'));
}

std::string date_of(const std::string& session_id) {
    return session_id.substr(session_id.find('/') + 1, 10);
}

bool session_is_closed(Database& db, const std::string& session_id) {
    return query_int(db, "SELECT COUNT(*) FROM sessions_closed WHERE session_id = ?1", session_id) >
           0;
}

bool member_is_known(Database& db, const std::string& code) {
    return query_int(db, "SELECT COUNT(*) FROM members WHERE code = ?1", code) > 0;
}

std::map<std::string, Mark> current_marks(Database& db, const std::string& session_id) {
    Statement query = db.prepare(
        "SELECT a.code, a.mark FROM attendance a WHERE a.session_id = ?1 AND a.code IS NOT NULL "
        "AND a.undone = 0 AND a.id = (SELECT MAX(b.id) FROM attendance b WHERE "
        "b.session_id = a.session_id AND b.code = a.code AND b.undone = 0)");
    query.bind(1, session_id);
    std::map<std::string, Mark> marks;
    while (query.step()) {
        if (const std::optional<Mark> mark = parse_mark(query.column_text(1))) {
            marks[query.column_text(0)] = *mark;
        }
    }
    return marks;
}

std::optional<Mark> current_mark_of(Database& db, const std::string& session_id,
                                    const std::string& code) {
    Statement query = db.prepare("SELECT mark FROM attendance WHERE session_id = ?1 AND "
                                 "code = ?2 AND undone = 0 ORDER BY id DESC LIMIT 1");
    query.bind(1, session_id);
    query.bind(2, code);
    if (!query.step()) {
        return std::nullopt;
    }
    return parse_mark(query.column_text(0));
}

std::int64_t query_int(Database& db, const std::string& sql, const std::string& param) {
    Statement query = db.prepare(sql);
    query.bind(1, param);
    query.step();
    return query.column_int64(0);
}

int changes(Database& db) {
    return sqlite3_changes(db.handle());
}

std::string record(Database& db, EventKind kind, const nlohmann::json& data,
                   const std::string& now_utc) {
    return append_event(
        db, kind, data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), now_utc, 1);
}

} // namespace kiosk::store::groups_detail
