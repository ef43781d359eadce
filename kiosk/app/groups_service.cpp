// Group actions through the store, with results as outcomes for the screens.
#include "groups_service.hpp"

#include "core/groups/member_code.hpp"
#include "core/groups/schedule_loader.hpp"
#include "core/groups/sessions.hpp"
#include "core/utc_time.hpp"
#include "store/attendance_store.hpp"
#include "store/error_kinds.hpp"
#include "store/members_store.hpp"
#include "store/signups_store.hpp"

#include <algorithm>
#include <cstdio>

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

GroupsService::GroupsService(const std::string& schedule_path, store::Database* db,
                             std::vector<std::string>& problems)
    : db_(db) {
    auto loaded = groups::load_schedule(schedule_path);
    for (const auto& p : loaded.problems) {
        problems.push_back(to_string(p));
        std::fprintf(stderr, "kiosk: %s\n", problems.back().c_str());
    }
    schedule_ = loaded.schedule;
    if (schedule_)
        groups::use_timezone(schedule_->timezone);
}

void GroupsService::refresh(KioskModel& model, std::int64_t now_utc) {
    GroupsSnapshot snap;
    snap.available = schedule_ != nullptr && db_ != nullptr;
    if (schedule_) {
        const groups::LocalDate today = groups::local_today(now_utc);
        snap.today = today.format();
        for (const auto& g : schedule_->groups)
            snap.groups.push_back({g.id, groups::type_name(g.type), g.name, g.leader});
        for (const auto& s : groups::sessions_between(*schedule_, {}, today, kDaysAhead)) {
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
                           s.cancelled};
            if (db_) {
                try {
                    for (const auto& v : store::signups_for(*db_, s.id))
                        (v.state == store::SignupState::Waiting ? row.waiting : row.booked) += 1;
                } catch (const store::StoreError& e) {
                    std::fprintf(stderr, "kiosk: could not read sign-ups: %s\n", e.what());
                }
            }
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

void GroupsService::handle(const Action& action, KioskModel& model, std::int64_t now_utc) {
    const std::string now = utc(now_utc);
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
            const auto r = store::cancel_signup(*db_, c->session_id, out.code, now);
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
    } else if (db_ && model.staff_user()) {
        std::string session_id, message;
        try {
            if (const auto* m = std::get_if<action::MarkAttendance>(&action)) {
                session_id = m->session_id;
                const auto mark = store::parse_mark(m->mark);
                if (mark &&
                    store::mark_attendance(*db_, m->session_id, m->code, *mark, staff_name(model),
                                           now) != store::MarkOutcome::Marked)
                    message = "staff.mark_failed";
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
            }
        } catch (const store::StoreError& e) {
            std::fprintf(stderr, "kiosk: attendance not saved: %s\n", e.what());
            message = "staff.mark_failed";
        }
        if (!session_id.empty())
            refresh_staff_session(model, session_id, message);
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
