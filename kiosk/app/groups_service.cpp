// Group actions through the store, with results as outcomes for the screens.
#include "groups_service.hpp"

#include "core/groups/member_code.hpp"
#include "core/groups/schedule_loader.hpp"
#include "core/groups/sessions.hpp"
#include "common/rfc3339.hpp"
#include "store/attendance_store.hpp"
#include "store/error_kinds.hpp"
#include "store/group_stats.hpp"
#include "store/groups_retention.hpp"
#include "store/interest_store.hpp"
#include "store/members_store.hpp"
#include "store/schedule_changes_store.hpp"
#include "store/signups_store.hpp"

#include "common/csv.hpp"
#include "core/atomic_file.hpp"
#include "folder_choices.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace kiosk::app {

namespace {

constexpr int kDaysAhead = 28;
using Kind = SignupOutcome::Kind;

std::string utc(std::int64_t t) {
    return format_utc(std::chrono::system_clock::time_point(std::chrono::seconds(t)));
}

Kind kind_for(const store::StoreError& e) {
    if (store::is_disk_full(e))
        return Kind::DiskFull;
    if (store::is_busy(e))
        return Kind::Busy;
    return Kind::Failed;
}

} // namespace

namespace {
// The schedule file; its problems are added to `problems` for staff.
std::shared_ptr<const groups::Schedule> load(const std::string& path,
                                             std::vector<std::string>& problems) {
    auto loaded = groups::load_schedule(path);
    for (const auto& p : loaded.problems) {
        problems.push_back(to_string(p));
        std::fprintf(stderr, "kiosk: %s\n", problems.back().c_str());
    }
    return loaded.schedule;
}
} // namespace

GroupsService::GroupsService(const std::string& schedule_path, store::Database* db,
                             std::vector<std::string>& problems)
    : schedule_(load(schedule_path, problems), db), db_(db) {}

void GroupsService::load_schedule(const std::string& schedule_path,
                                  std::vector<std::string>& problems) {
    schedule_.set_base(load(schedule_path, problems));
}

void GroupsService::refresh(KioskModel& model, std::int64_t now_utc) {
    GroupsSnapshot snap;
    const auto schedule = schedule_.current();
    snap.available = schedule != nullptr && db_ != nullptr && clock_trusted_;
    snap.clock_unknown = !clock_trusted_;
    if (schedule && clock_trusted_) {
        const groups::LocalDate today = schedule_.zone().date_at(now_utc);
        snap.today = today.format();
        for (const auto& g : schedule->groups)
            snap.groups.push_back({g.id, groups::type_name(g.type), g.name, g.leader});
        for (const auto& s : schedule_.sessions(*schedule, today, kDaysAhead)) {
            if (s.ends_utc < now_utc)
                continue; // already over
            SessionRow row{s.id,
                           s.group_id,
                           groups::type_name(s.type),
                           s.date.format(),
                           s.date.weekday(),
                           s.start_min,
                           s.end_min,
                           s.place,
                           s.capacity,
                           0,
                           0,
                           s.cancelled,
                           s.cancel_reason};
            if (db_) {
                try {
                    for (const auto& v : store::signups_for(*db_, s.id))
                        if (v.state == store::SignupState::Waiting)
                            ++row.waiting;
                        else if (v.state == store::SignupState::Booked)
                            ++row.booked; // walk-ins came without a place
                } catch (const store::StoreError& e) {
                    std::fprintf(stderr, "kiosk: could not read sign-ups: %s\n", e.what());
                }
            }
            // A session taken away from the weekly pattern stays only for its sign-ups.
            if (s.cancel_reason != "removed" || row.booked + row.waiting > 0)
                snap.sessions.push_back(std::move(row));
        }
    }
    model.set_groups(std::move(snap));
}

std::string GroupsService::staff_name(const KioskModel& model) const {
    return model.staff_user() ? model.staff_user()->name : "";
}

void GroupsService::submit_signup(KioskModel& model, const std::string& now) {
    const SignupDraft& draft = model.signup();
    SignupOutcome out;
    const SessionRow* session = model.groups().session(draft.session_id);
    if (!session || session->cancelled || !db_) {
        out.kind = Kind::SessionGone;
        model.set_outcome(out);
        return;
    }
    try {
        if (draft.new_member) {
            std::string code;
            for (int attempt = 0; attempt < 20 && code.empty(); ++attempt) {
                const std::string candidate = groups::make_member_code();
                const std::optional<std::string> nick =
                    draft.nickname.empty() ? std::nullopt
                                           : std::optional<std::string>(draft.nickname.text());
                if (store::create_member(*db_, candidate, draft.symbol, nick, now) ==
                    store::CreateMemberOutcome::Created)
                    code = candidate;
            }
            out.code = code;
            out.symbol = draft.symbol;
            out.nickname = draft.nickname.text();
        } else {
            const auto code = groups::normalise_member_code(draft.code.text());
            if (!code) {
                out.kind = Kind::ImpossibleCode;
                model.set_outcome(out);
                return;
            }
            const auto member = store::member(*db_, *code);
            if (!member) {
                out.kind = Kind::UnknownCode;
                model.set_outcome(out);
                return;
            }
            out.code = member->code;
            out.symbol = member->symbol;
            out.nickname = member->nickname.value_or("");
        }
        const auto result = store::sign_up(*db_, session->id, session->capacity, out.code, now);
        switch (result.outcome) {
        case store::SignupOutcome::Booked:
            out.kind = Kind::Booked;
            break;
        case store::SignupOutcome::Waiting:
            out.kind = Kind::Waiting;
            out.position = result.position;
            break;
        case store::SignupOutcome::AlreadySignedUp:
            out.kind = Kind::AlreadySignedUp;
            break;
        case store::SignupOutcome::UnknownMember:
            out.kind = Kind::UnknownCode;
            break;
        case store::SignupOutcome::SessionClosed:
            out.kind = Kind::SessionGone;
            break;
        }
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: sign-up not saved: %s\n", e.what());
        out = SignupOutcome{};
        out.kind = kind_for(e);
    }
    model.set_outcome(out);
}

void GroupsService::look_up(KioskModel& model) {
    SignupOutcome out;
    out.looked_up = true;
    const auto code = groups::normalise_member_code(model.signup().code.text());
    if (!code) {
        out.kind = Kind::ImpossibleCode;
    } else if (db_) {
        try {
            if (!store::member_exists(*db_, *code))
                out.kind = Kind::UnknownCode;
            else
                for (const auto& id : store::sessions_of(*db_, *code))
                    if (model.groups().session(id))
                        out.my_sessions.push_back(id);
            out.code = *code;
        } catch (const store::StoreError& e) {
            out.kind = kind_for(e);
        }
    }
    model.set_outcome(out);
}

bool GroupsService::refuse_without_clock(const Action& action, KioskModel& model) {
    if (clock_trusted_)
        return false;
    if (std::holds_alternative<action::SubmitSignup>(action) ||
        std::holds_alternative<action::CancelMySignup>(action)) {
        SignupOutcome out = model.outcome();
        out.kind = Kind::Failed;
        model.set_outcome(out);
    } else if (std::holds_alternative<action::SubmitInterest>(action)) {
        model.set_interest_result(false);
    } else if (std::holds_alternative<action::ExportAttendance>(action)) {
        StaffExportView view = model.staff_export();
        view.written.clear();
        view.error = "the kiosk's clock is not synchronised yet";
        model.set_staff_export(std::move(view));
    } else if (const auto* o = std::get_if<action::Open>(&action)) {
        if (o->place.screen != ScreenId::StaffStats)
            return false;
        model.set_staff_stats(StaffStatsView{o->place.topic, {}});
    } else if (!std::holds_alternative<action::MarkAttendance>(action) &&
               !std::holds_alternative<action::AddWalkIn>(action) &&
               !std::holds_alternative<action::UndoMark>(action) &&
               !std::holds_alternative<action::CloseSession>(action) &&
               !std::holds_alternative<action::CancelSessionDate>(action) &&
               !std::holds_alternative<action::RestoreSessionDate>(action) &&
               !std::holds_alternative<action::AddExtraSession>(action)) {
        return false;
    }
    return true;
}

void GroupsService::handle(const Action& action, KioskModel& model, std::int64_t now_utc) {
    if (refuse_without_clock(action, model))
        return;
    const std::string now = utc(now_utc);
    if (schedule_.handle(action, model, now_utc))
        refresh(model, now_utc);
    if (std::holds_alternative<action::SubmitSignup>(action)) {
        submit_signup(model, now);
        refresh(model, now_utc);
    } else if (std::holds_alternative<action::LookUpMyCode>(action)) {
        look_up(model);
    } else if (const auto* c = std::get_if<action::CancelMySignup>(&action)) {
        if (!db_ || model.outcome().code.empty())
            return;
        SignupOutcome out = model.outcome();
        try {
            // A session no longer listed promotes nobody (capacity 1 is the safe side).
            const SessionRow* session = model.groups().session(c->session_id);
            const auto r = store::cancel_signup(*db_, c->session_id,
                                                session ? session->capacity : 1, out.code, now);
            out.kind =
                r.outcome == store::CancelOutcome::Cancelled ? Kind::Cancelled : Kind::NotSignedUp;
            out.my_sessions.erase(
                std::remove(out.my_sessions.begin(), out.my_sessions.end(), c->session_id),
                out.my_sessions.end());
        } catch (const store::StoreError& e) {
            out.kind = kind_for(e);
        }
        model.set_outcome(out);
        refresh(model, now_utc);
    } else if (const auto* o = std::get_if<action::Open>(&action)) {
        const ScreenId s = o->place.screen;
        if (s == ScreenId::Groups || s == ScreenId::GroupType || s == ScreenId::GroupSession ||
            s == ScreenId::StaffGroups)
            refresh(model, now_utc);
        if (s == ScreenId::StaffSession)
            refresh_staff_session(model, o->place.topic);
        if (s == ScreenId::StaffStats && db_) {
            StaffStatsView view;
            view.group_id = o->place.topic;
            try {
                for (const auto& w : store::weekly_stats(*db_, view.group_id,
                                                         schedule_.zone().date_at(now_utc).format(), 8))
                    view.weeks.push_back({w.monday, w.booked, w.present, w.no_shows, w.excused,
                                          w.anonymous_walk_ins});
            } catch (const store::StoreError& e) {
                std::fprintf(stderr, "kiosk: could not read statistics: %s\n", e.what());
            }
            model.set_staff_stats(std::move(view));
        }
        if (s == ScreenId::StaffProgress)
            model.set_staff_progress({});
        if (s == ScreenId::StaffExport)
            model.set_staff_export({export_folders(data_dir_), "", ""});
    } else if (const auto* in = std::get_if<action::SubmitInterest>(&action)) {
        bool ok = false;
        if (db_) {
            const InterestDraft& d = model.interest();
            std::string times;
            for (const auto& t : d.availability)
                times += (times.empty() ? "" : ",") + t;
            const std::optional<std::string> contact =
                in->with_contact && !d.contact.empty()
                    ? std::optional<std::string>(d.contact.text())
                    : std::nullopt;
            try {
                ok = store::submit_interest(*db_, d.languages, times, contact, true, now) ==
                     store::InterestOutcome::Submitted;
            } catch (const store::StoreError& e) {
                std::fprintf(stderr, "kiosk: interest form not saved: %s\n", e.what());
            }
        }
        model.set_interest_result(ok);
    } else if (const auto* ex = std::get_if<action::ExportAttendance>(&action)) {
        StaffExportView view = model.staff_export();
        view.written.clear();
        view.error.clear();
        try {
            view.written = export_csv(model, ex->folder, now_utc);
        } catch (const std::exception& e) {
            view.error = e.what();
        }
        model.set_staff_export(std::move(view));
    } else if (std::holds_alternative<action::LookUpProgress>(action)) {
        StaffProgressView view;
        view.looked_up = true;
        if (const auto code = groups::normalise_member_code(model.staff_code().text());
            code && db_) {
            view.code = *code;
            try {
                view.known = store::member_exists(*db_, *code);
                if (view.known)
                    view.attended = store::attended_by_code(*db_, *code);
            } catch (const store::StoreError& e) {
                std::fprintf(stderr, "kiosk: could not read progress: %s\n", e.what());
            }
        }
        model.set_staff_progress(std::move(view));
    } else if (db_ && model.staff_user()) {
        std::string session_id, message, message_code;
        try {
            if (const auto* m = std::get_if<action::MarkAttendance>(&action)) {
                session_id = m->session_id;
                const auto mark = store::parse_mark(m->mark);
                if (mark && *mark != store::Mark::WalkIn && // walk-ins go through add_walk_in
                    store::mark_attendance(*db_, m->session_id, m->code, *mark, staff_name(model),
                                           now) != store::MarkOutcome::Marked)
                    message = "staff.mark_failed";
            } else if (const auto* w = std::get_if<action::AddWalkIn>(&action); w && w->new_code) {
                session_id = w->session_id;
                const std::string code = groups::make_member_code();
                if (store::create_member(*db_, code, "sun", std::nullopt, now) ==
                        store::CreateMemberOutcome::Created &&
                    store::add_walk_in(*db_, w->session_id, code, staff_name(model), now) ==
                        store::MarkOutcome::Marked) {
                    message = "staff.new_code_given";
                    message_code = code;
                } else {
                    message = "staff.mark_failed";
                }
            } else if (const auto* w = std::get_if<action::AddWalkIn>(&action)) {
                session_id = w->session_id;
                std::optional<std::string> code;
                if (w->with_code) {
                    code = groups::normalise_member_code(model.staff_code().text());
                    if (!code)
                        message = "signup.impossible_code";
                }
                if (message.empty() &&
                    store::add_walk_in(*db_, w->session_id, code, staff_name(model), now) !=
                        store::MarkOutcome::Marked)
                    message = "staff.mark_failed";
            } else if (const auto* u = std::get_if<action::UndoMark>(&action)) {
                session_id = u->session_id;
                store::undo_last_mark(*db_, u->session_id, staff_name(model), now);
            } else if (const auto* cl = std::get_if<action::CloseSession>(&action)) {
                session_id = cl->session_id;
                store::close_session(*db_, cl->session_id, staff_name(model), now);
            } else if (const auto* cs = std::get_if<action::CancelSessionDate>(&action)) {
                session_id = cs->session_id;
                store::record_schedule_change(
                    *db_,
                    {cs->session_id, store::ScheduleChangeKind::Cancel, "", staff_name(model), ""},
                    now);
                refresh(model, now_utc);
            } else if (const auto* ad = std::get_if<action::AddExtraSession>(&action)) {
                session_id = ad->session_id;
                const auto key = groups::parse_session_id(ad->session_id);
                const SessionRow* like = model.groups().session(ad->session_id);
                const auto date = groups::LocalDate::parse(ad->date);
                if (key && like && date) {
                    store::record_schedule_change(
                        *db_,
                        {groups::session_id(key->group_id, *date, key->start_min),
                         store::ScheduleChangeKind::Add, groups::format_clock(like->end_min),
                         staff_name(model), ""},
                        now);
                    refresh(model, now_utc);
                    message = "staff.extra_added";
                }
            } else if (const auto* rs = std::get_if<action::RestoreSessionDate>(&action)) {
                session_id = rs->session_id;
                store::record_schedule_change(
                    *db_,
                    {rs->session_id, store::ScheduleChangeKind::Restore, "", staff_name(model), ""},
                    now);
                refresh(model, now_utc);
            }
        } catch (const store::StoreError& e) {
            std::fprintf(stderr, "kiosk: attendance not saved: %s\n", e.what());
            message = "staff.mark_failed";
        }
        if (!session_id.empty()) {
            refresh_staff_session(model, session_id, message);
            StaffSessionView view = model.staff_session();
            view.message_code = message_code;
            model.set_staff_session(std::move(view));
        }
    }
}

std::string GroupsService::export_csv(const KioskModel& model, const std::string& folder,
                                      std::int64_t now_utc) {
    const auto schedule = schedule_.current();
    if (!schedule || !db_)
        throw std::runtime_error("the group schedule or the database is not available");
    const groups::LocalDate today = schedule_.zone().date_at(now_utc);
    // What the staff screens show, no more: date, time, group, code, sign-up state, mark.
    std::string out = csv_line({"date", "start", "group", "code", "signup", "mark"});
    for (const auto& s : schedule_.sessions(*schedule, today.add_days(-28), 36))
        for (const auto& v : store::signups_for(*db_, s.id))
            out += csv_line({s.date.format(), groups::format_clock(s.start_min), s.group_id, v.code,
                             store::to_string(v.state), v.mark ? store::to_string(*v.mark) : ""});
    (void)model;
    const std::string path = folder + "/attendance-" + kiosk_id_ + "-" + today.format() + ".csv";
    if (const std::string problem = write_file_atomically(path, out); !problem.empty())
        throw std::runtime_error(problem);
    return path;
}

void GroupsService::apply_retention(std::int64_t now_utc, int keep_days, int interest_keep_days,
                                    bool wait_for_delivery) {
    if (!db_)
        return;
    try {
        const auto r = store::apply_retention(*db_, schedule_.zone().date_at(now_utc).format(),
                                              keep_days, interest_keep_days, wait_for_delivery);
        if (r.signups + r.attendance + r.interest_forms + r.members > 0)
            std::fprintf(
                stderr,
                "kiosk: retention removed %d sign-ups, %d marks, %d interest forms, %d codes\n",
                r.signups, r.attendance, r.interest_forms, r.members);
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: retention did not run: %s\n", e.what());
    }
}

void GroupsService::refresh_staff_session(KioskModel& model, const std::string& session_id,
                                          const std::string& message_key) {
    StaffSessionView view;
    view.session_id = session_id;
    view.message_key = message_key;
    if (db_) {
        try {
            for (const auto& v : store::signups_for(*db_, session_id)) {
                view.rows.push_back({v.code, v.symbol, v.nickname.value_or(""),
                                     store::to_string(v.state), v.position,
                                     v.mark ? store::to_string(*v.mark) : ""});
            }
            view.anonymous_walk_ins = store::anonymous_walk_ins(*db_, session_id);
            view.closed = store::session_closed(*db_, session_id);
        } catch (const store::StoreError& e) {
            view.message_key = "staff.mark_failed";
        }
    }
    model.set_staff_session(std::move(view));
}

} // namespace kiosk::app
