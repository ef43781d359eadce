// The staff side of the groups: a session's list, attendance marks and walk-ins, per-date
// changes, a code's progress, weekly statistics and the CSV export.
#include "groups_service.hpp"

#include "common/csv.hpp"
#include "common/rfc3339.hpp"
#include "core/atomic_file.hpp"
#include "core/groups/member_code.hpp"
#include "core/groups/sessions.hpp"
#include "folder_choices.hpp"
#include "store/attendance_store.hpp"
#include "store/group_stats.hpp"
#include "store/members_store.hpp"
#include "store/schedule_changes_store.hpp"
#include "store/signups_store.hpp"

#include <cstdio>
#include <stdexcept>

namespace kiosk::services {

namespace {

constexpr const char* kFailed = "staff.mark_failed";

// Runs one store call; a storage error becomes the "not saved" message.
template <class F> StaffActionResult guarded(store::Database* db, F&& work) {
    if (!db)
        return {kFailed, ""};
    try {
        return work(*db);
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: attendance not saved: %s\n", e.what());
        return {kFailed, ""};
    }
}

} // namespace

StaffSessionView GroupsService::staff_session(const std::string& session_id,
                                              StaffActionResult shown) const {
    StaffSessionView view;
    view.session_id = session_id;
    view.message_key = std::move(shown.message_key);
    view.message_code = std::move(shown.message_code);
    if (!db_)
        return view;
    try {
        for (const auto& v : store::signups_for(*db_, session_id))
            view.rows.push_back({v.code, v.symbol, v.nickname.value_or(""),
                                 store::to_string(v.state), v.position,
                                 v.mark ? store::to_string(*v.mark) : ""});
        view.anonymous_walk_ins = store::anonymous_walk_ins(*db_, session_id);
        view.closed = store::session_closed(*db_, session_id);
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: could not read a session: %s\n", e.what());
        view.message_key = kFailed;
    }
    return view;
}

StaffActionResult GroupsService::mark(const std::string& session_id, const std::string& code,
                                      const std::string& mark, const std::string& staff,
                                      std::int64_t now_utc) {
    return guarded(db_, [&](store::Database& db) -> StaffActionResult {
        const auto parsed = store::parse_mark(mark);
        if (!parsed || *parsed == store::Mark::WalkIn) // walk-ins go through walk_in
            return {kFailed, ""};
        if (store::mark_attendance(db, session_id, code, *parsed, staff,
                                   format_utc_unix(now_utc)) != store::MarkOutcome::Marked)
            return {kFailed, ""};
        return {};
    });
}

StaffActionResult GroupsService::walk_in(const std::string& session_id,
                                         std::optional<std::string> typed_code, bool new_code,
                                         const std::string& staff, std::int64_t now_utc) {
    return guarded(db_, [&](store::Database& db) -> StaffActionResult {
        const std::string now = format_utc_unix(now_utc);
        if (new_code) {
            const std::string code = groups::make_member_code();
            if (store::create_member(db, code, "sun", std::nullopt, now) ==
                    store::CreateMemberOutcome::Created &&
                store::add_walk_in(db, session_id, code, staff, now) == store::MarkOutcome::Marked)
                return {"staff.new_code_given", code};
            return {kFailed, ""};
        }
        std::optional<std::string> code;
        if (typed_code) {
            code = groups::normalise_member_code(*typed_code);
            if (!code)
                return {"signup.impossible_code", ""};
        }
        if (store::add_walk_in(db, session_id, code, staff, now) != store::MarkOutcome::Marked)
            return {kFailed, ""};
        return {};
    });
}

StaffActionResult GroupsService::undo_mark(const std::string& session_id, const std::string& staff,
                                           std::int64_t now_utc) {
    return guarded(db_, [&](store::Database& db) -> StaffActionResult {
        store::undo_last_mark(db, session_id, staff, format_utc_unix(now_utc));
        return {};
    });
}

StaffActionResult GroupsService::close_session(const std::string& session_id,
                                               const std::string& staff, std::int64_t now_utc) {
    return guarded(db_, [&](store::Database& db) -> StaffActionResult {
        store::close_session(db, session_id, staff, format_utc_unix(now_utc));
        return {};
    });
}

StaffActionResult GroupsService::cancel_date(const std::string& session_id, bool cancel,
                                             const std::string& staff, std::int64_t now_utc) {
    return guarded(db_, [&](store::Database& db) -> StaffActionResult {
        const auto kind =
            cancel ? store::ScheduleChangeKind::Cancel : store::ScheduleChangeKind::Restore;
        store::record_schedule_change(db, {session_id, kind, "", staff, ""},
                                      format_utc_unix(now_utc));
        return {};
    });
}

StaffActionResult GroupsService::add_extra(const std::string& like_id, const GroupsSnapshot& groups,
                                           const std::string& date, const std::string& staff,
                                           std::int64_t now_utc) {
    const auto key = groups::parse_session_id(like_id);
    const SessionRow* like = groups.session(like_id);
    const auto day = LocalDate::parse(date);
    if (!key || !like || !day)
        return {};
    return guarded(db_, [&](store::Database& db) -> StaffActionResult {
        store::record_schedule_change(db,
                                      {groups::session_id(key->group_id, *day, key->start_min),
                                       store::ScheduleChangeKind::Add,
                                       groups::format_clock(like->end_min), staff, ""},
                                      format_utc_unix(now_utc));
        return {"staff.extra_added", ""};
    });
}

StaffProgressView GroupsService::progress(std::string_view typed_code) const {
    StaffProgressView view;
    view.looked_up = true;
    const auto code = groups::normalise_member_code(std::string(typed_code));
    if (!code || !db_)
        return view;
    view.code = *code;
    try {
        view.known = store::member_exists(*db_, *code);
        if (view.known)
            view.attended = store::attended_by_code(*db_, *code);
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: could not read progress: %s\n", e.what());
    }
    return view;
}

StaffStatsView GroupsService::stats(const std::string& group_id, std::int64_t now_utc) const {
    StaffStatsView view;
    view.group_id = group_id;
    if (!db_)
        return view;
    try {
        for (const auto& w :
             store::weekly_stats(*db_, group_id, zone().date_at(now_utc).format(), 8))
            view.weeks.push_back(
                {w.monday, w.booked, w.present, w.no_shows, w.excused, w.anonymous_walk_ins});
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: could not read statistics: %s\n", e.what());
    }
    return view;
}

StaffExportView GroupsService::export_choices() const {
    return {export_folders(data_dir_), "", ""};
}

StaffExportView GroupsService::export_attendance(StaffExportView view, const std::string& folder,
                                                 std::int64_t now_utc) const {
    view.written.clear();
    view.error.clear();
    const auto schedule = schedule_.current();
    if (!schedule || !db_) {
        view.error = "the group schedule or the database is not available";
        return view;
    }
    try {
        const LocalDate today = zone().date_at(now_utc);
        // What the staff screens show, no more: date, time, group, code, sign-up state, mark.
        std::string out = csv_line({"date", "start", "group", "code", "signup", "mark"});
        for (const auto& s : schedule_.sessions(*schedule, today.add_days(-28), 36))
            for (const auto& v : store::signups_for(*db_, s.id))
                out += csv_line({s.date.format(), groups::format_clock(s.start_min), s.group_id,
                                 v.code, store::to_string(v.state),
                                 v.mark ? store::to_string(*v.mark) : ""});
        const std::string path =
            folder + "/attendance-" + kiosk_id_ + "-" + today.format() + ".csv";
        if (const std::string problem = write_file_atomically(path, out); !problem.empty())
            view.error = problem;
        else
            view.written = path;
    } catch (const std::exception& e) {
        view.error = e.what();
    }
    return view;
}

} // namespace kiosk::services
