// Peer-group counts: per session, a member's attended sessions per group, weekly figures.
#include "store/group_stats.hpp"

#include "store/groups_dates.hpp"
#include "store/groups_detail.hpp"

namespace kiosk::store {

namespace gd = groups_detail;

namespace {

constexpr int kMaxWeeks = 520;

std::vector<std::string> booked_codes(Database& db, const std::string& session_id) {
    Statement query =
        db.prepare("SELECT code FROM signups WHERE session_id = ?1 AND state = 'booked'");
    query.bind(1, session_id);
    std::vector<std::string> codes;
    while (query.step()) {
        codes.push_back(query.column_text(0));
    }
    return codes;
}

void count_booked_marks(SessionCounts& counts, const std::vector<std::string>& booked,
                        const std::map<std::string, Mark>& marks) {
    for (const std::string& code : booked) {
        const auto found = marks.find(code);
        if (found == marks.end()) {
            ++counts.unmarked;
        } else if (found->second == Mark::Absent) {
            ++counts.absent;
        } else if (found->second == Mark::Excused) {
            ++counts.excused;
        }
    }
}

// Session ids of the group with a sign-up, mark or closing, dated from first to last.
std::vector<std::string> group_sessions(Database& db, const std::string& group_id,
                                        const std::string& first, const std::string& last) {
    Statement query = db.prepare(
        "SELECT session_id FROM (SELECT session_id FROM signups UNION SELECT session_id FROM "
        "attendance UNION SELECT session_id FROM sessions_closed) WHERE "
        "substr(session_id, 1, length(?1) + 1) = ?1 || '/' AND "
        "substr(session_id, length(?1) + 2, 10) BETWEEN ?2 AND ?3 ORDER BY session_id");
    query.bind(1, group_id);
    query.bind(2, first);
    query.bind(3, last);
    std::vector<std::string> sessions;
    while (query.step()) {
        sessions.push_back(query.column_text(0));
    }
    return sessions;
}

void add_session(WeekStats& week, const SessionCounts& counts, bool closed) {
    ++week.sessions;
    week.booked += counts.booked;
    week.present += counts.present;
    week.no_shows += counts.absent + (closed ? counts.unmarked : 0);
    week.excused += counts.excused;
    week.anonymous_walk_ins += counts.anonymous_walk_ins;
}

std::vector<WeekStats> empty_weeks(std::int64_t first_monday, int weeks) {
    std::vector<WeekStats> stats(static_cast<std::size_t>(weeks));
    for (int i = 0; i < weeks; ++i) {
        const std::int64_t monday = first_monday + 7 * i;
        const gd::IsoWeek iso = gd::iso_week(monday);
        WeekStats& week = stats[static_cast<std::size_t>(i)];
        week.iso_year = iso.year;
        week.iso_week = iso.week;
        week.monday = gd::date_of_day(monday);
    }
    return stats;
}

} // namespace

SessionCounts session_counts(Database& db, const std::string& session_id) {
    SessionCounts counts;
    const std::vector<std::string> booked = booked_codes(db, session_id);
    const std::map<std::string, Mark> marks = gd::current_marks(db, session_id);
    counts.booked = static_cast<int>(booked.size());
    counts.waiting = static_cast<int>(gd::query_int(
        db, "SELECT COUNT(*) FROM signups WHERE session_id = ?1 AND state = 'waiting'",
        session_id));
    for (const auto& entry : marks) {
        counts.present += entry.second == Mark::Present || entry.second == Mark::WalkIn ? 1 : 0;
    }
    count_booked_marks(counts, booked, marks);
    counts.anonymous_walk_ins = static_cast<int>(
        gd::query_int(db,
                      "SELECT COALESCE(SUM(count), 0) FROM attendance WHERE session_id = ?1 "
                      "AND code IS NULL AND undone = 0",
                      session_id));
    return counts;
}

std::map<std::string, int> attended_by_code(Database& db, const std::string& code) {
    Statement query = db.prepare(
        "SELECT a.session_id FROM attendance a WHERE a.code = ?1 AND a.undone = 0 AND "
        "a.mark IN ('present', 'walk_in') AND a.id = (SELECT MAX(b.id) FROM attendance b "
        "WHERE b.session_id = a.session_id AND b.code = a.code AND b.undone = 0)");
    query.bind(1, code);
    std::map<std::string, int> attended;
    while (query.step()) {
        ++attended[gd::group_of(query.column_text(0))];
    }
    return attended;
}

std::vector<WeekStats> weekly_stats(Database& db, const std::string& group_id,
                                    const std::string& today, int weeks) {
    gd::require_group_id(group_id, "weekly_stats");
    gd::require_date(today, "weekly_stats");
    if (weeks < 1 || weeks > kMaxWeeks) {
        throw StoreError(SQLITE_MISUSE, "weekly_stats: weeks " + std::to_string(weeks) +
                                            " is not 1-520; this is a fault in the kiosk "
                                            "software, report it to the kiosk maintainer");
    }
    const std::int64_t first_monday = gd::monday_of(gd::day_number(today)) - 7 * (weeks - 1);
    std::vector<WeekStats> stats = empty_weeks(first_monday, weeks);
    const std::string last_day = gd::date_of_day(first_monday + 7 * weeks - 1);
    for (const std::string& session_id :
         group_sessions(db, group_id, gd::date_of_day(first_monday), last_day)) {
        if (!gd::is_session_id(session_id)) {
            continue; // not written by this store
        }
        const std::int64_t day = gd::day_number(gd::date_of(session_id));
        WeekStats& week = stats[static_cast<std::size_t>((day - first_monday) / 7)];
        add_session(week, session_counts(db, session_id), gd::session_is_closed(db, session_id));
    }
    return stats;
}

} // namespace kiosk::store
