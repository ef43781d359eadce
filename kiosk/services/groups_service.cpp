// The visitors' side of the groups: the sessions listed, sign-ups, code lookups,
// cancellations and interest forms, each stored in one transaction.
#include "groups_service.hpp"

#include "common/rfc3339.hpp"
#include "core/groups/member_code.hpp"
#include "core/groups/schedule_loader.hpp"
#include "core/groups/sessions.hpp"
#include "store/error_kinds.hpp"
#include "store/interest_store.hpp"
#include "store/members_store.hpp"
#include "store/signups_store.hpp"

#include <algorithm>
#include <cstdio>

namespace kiosk::services {

namespace {

constexpr int kDaysAhead = 28;
using Kind = SignupOutcome::Kind;

Kind kind_for(const store::StoreError& e) {
    if (store::is_disk_full(e))
        return Kind::DiskFull;
    if (store::is_busy(e))
        return Kind::Busy;
    return Kind::Failed;
}

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

SessionRow row_of(const groups::Session& s) {
    SessionRow row;
    row.id = s.id;
    row.group_id = s.group_id;
    row.type = groups::type_name(s.type);
    row.date = s.date.format();
    row.weekday = s.date.weekday();
    row.start_min = s.start_min;
    row.end_min = s.end_min;
    row.place = s.place;
    row.capacity = s.capacity;
    row.cancelled = s.cancelled;
    row.cancel_reason = s.cancel_reason;
    return row;
}

// Creates a member with a fresh code (retrying the rare clash); "" when none could be made.
std::string new_member(store::Database& db, const SignupDraft& draft, const std::string& now) {
    std::optional<std::string> nick =
        draft.nickname.empty() ? std::nullopt : std::optional<std::string>(draft.nickname.str());
    std::string code;
    for (int attempt = 0; attempt < 20 && code.empty(); ++attempt) {
        const std::string candidate = groups::make_member_code();
        if (store::create_member(db, candidate, draft.symbol, nick, now) ==
            store::CreateMemberOutcome::Created)
            code = candidate;
    }
    if (nick)
        wipe_bytes(*nick); // the typed nickname leaves no copy behind
    return code;
}

Kind kind_of(const store::SignupResult& result, int& position) {
    switch (result.outcome) {
    case store::SignupOutcome::Booked:
        return Kind::Booked;
    case store::SignupOutcome::Waiting:
        position = result.position;
        return Kind::Waiting;
    case store::SignupOutcome::AlreadySignedUp:
        return Kind::AlreadySignedUp;
    case store::SignupOutcome::UnknownMember:
        return Kind::UnknownCode;
    case store::SignupOutcome::SessionClosed:
        return Kind::SessionGone;
    }
    return Kind::Failed;
}

} // namespace

GroupsService::GroupsService(const std::string& schedule_path, store::Database* db,
                             std::vector<std::string>& problems)
    : schedule_(load(schedule_path, problems), db), db_(db) {}

void GroupsService::set_schedule(std::shared_ptr<const groups::Schedule> schedule) {
    schedule_.set_base(std::move(schedule));
}

void GroupsService::set_export_info(std::string data_dir, std::string kiosk_id) {
    data_dir_ = std::move(data_dir);
    kiosk_id_ = std::move(kiosk_id);
}

GroupsSnapshot GroupsService::snapshot(std::int64_t now_utc, bool clock_trusted) const {
    GroupsSnapshot snap;
    const auto schedule = schedule_.current();
    snap.available = schedule != nullptr && db_ != nullptr && clock_trusted;
    snap.clock_unknown = !clock_trusted;
    if (!schedule || !clock_trusted)
        return snap;
    const LocalDate today = schedule->zone.date_at(now_utc);
    snap.today = today.format();
    for (const auto& g : schedule->groups)
        snap.groups.push_back({g.id, groups::type_name(g.type), g.name, g.leader});
    for (const auto& s : schedule_.sessions(*schedule, today, kDaysAhead)) {
        SessionRow row = row_of(s);
        // Today's ended sessions stay for staff to mark; the visitors' screens skip them.
        row.ended = s.ends_utc < now_utc;
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
    return snap;
}

SignupOutcome GroupsService::submit_signup(const SignupDraft& draft, const GroupsSnapshot& groups,
                                           std::int64_t now_utc) {
    SignupOutcome out;
    const SessionRow* session = groups.session(draft.session_id);
    if (!session || session->cancelled || session->ended || !db_) {
        out.kind = Kind::SessionGone;
        return out;
    }
    const std::string now = format_utc_unix(now_utc);
    try {
        if (draft.new_member) {
            out.code = new_member(*db_, draft, now);
            out.symbol = draft.symbol;
            out.nickname = wiped(draft.nickname.text());
        } else {
            const auto code = groups::normalise_member_code(draft.code.str());
            if (!code) {
                out.kind = Kind::ImpossibleCode;
                return out;
            }
            const auto member = store::member(*db_, *code);
            if (!member) {
                out.kind = Kind::UnknownCode;
                return out;
            }
            out.code = member->code;
            out.symbol = member->symbol;
            out.nickname = wiped(member->nickname.value_or(""));
        }
        const auto result = store::sign_up(*db_, session->id, session->capacity, out.code, now);
        out.kind = kind_of(result, out.position);
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: sign-up not saved: %s\n", e.what());
        out = SignupOutcome{};
        out.kind = kind_for(e);
    }
    return out;
}

SignupOutcome GroupsService::look_up(std::string_view typed_code,
                                     const GroupsSnapshot& groups) const {
    SignupOutcome out;
    out.looked_up = true;
    const auto code = groups::normalise_member_code(std::string(typed_code));
    if (!code) {
        out.kind = Kind::ImpossibleCode;
        return out;
    }
    if (!db_)
        return out;
    try {
        if (!store::member_exists(*db_, *code))
            out.kind = Kind::UnknownCode;
        else
            for (const auto& id : store::sessions_of(*db_, *code))
                if (const SessionRow* s = groups.session(id); s && !s->ended)
                    out.my_sessions.push_back(id); // what can still be cancelled
        out.code = *code;
    } catch (const store::StoreError& e) {
        out.kind = kind_for(e);
    }
    return out;
}

SignupOutcome GroupsService::cancel_signup(SignupOutcome out, const std::string& session_id,
                                           const GroupsSnapshot& groups, std::int64_t now_utc) {
    if (!db_ || out.code.empty())
        return out;
    try {
        // A session no longer listed promotes nobody (capacity 1 is the safe side).
        const SessionRow* session = groups.session(session_id);
        const auto r = store::cancel_signup(*db_, session_id, session ? session->capacity : 1,
                                            out.code, format_utc_unix(now_utc));
        out.kind =
            r.outcome == store::CancelOutcome::Cancelled ? Kind::Cancelled : Kind::NotSignedUp;
        out.my_sessions.erase(
            std::remove(out.my_sessions.begin(), out.my_sessions.end(), session_id),
            out.my_sessions.end());
    } catch (const store::StoreError& e) {
        out.kind = kind_for(e);
    }
    return out;
}

bool GroupsService::submit_interest(const InterestDraft& d, bool with_contact,
                                    std::int64_t now_utc) {
    if (!db_)
        return false;
    std::string times;
    for (const auto& t : d.availability)
        times += (times.empty() ? "" : ",") + t;
    std::optional<std::string> contact = with_contact && !d.contact.empty()
                                             ? std::optional<std::string>(d.contact.str())
                                             : std::nullopt;
    bool stored = false;
    try {
        stored =
            store::submit_interest(*db_, d.languages, times, contact, true,
                                   format_utc_unix(now_utc)) == store::InterestOutcome::Submitted;
    } catch (const store::StoreError& e) {
        std::fprintf(stderr, "kiosk: interest form not saved: %s\n", e.what());
    }
    if (contact)
        wipe_bytes(*contact); // the typed contact leaves no copy behind
    return stored;
}

} // namespace kiosk::services
