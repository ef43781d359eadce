// Sign-ups: booking, the waiting list, cancelling with promotion, and the lists staff and
// visitors see. Every change and its outbox event share one Transaction.
#include "store/signups_store.hpp"

#include "store/groups_detail.hpp"

namespace kiosk::store {

namespace gd = groups_detail;

namespace {

struct Active {
    SignupState state;
    int position;
};

// code's booked or waiting sign-up for the session.
std::optional<Active> active_signup(Database& db, const std::string& session_id,
                                    const std::string& code) {
    Statement query = db.prepare("SELECT state, COALESCE(position, 0) FROM signups WHERE "
                                 "session_id = ?1 AND code = ?2 AND state <> 'cancelled'");
    query.bind(1, session_id);
    query.bind(2, code);
    if (!query.step()) {
        return std::nullopt;
    }
    const bool waiting = query.column_text(0) == "waiting";
    return Active{waiting ? SignupState::Waiting : SignupState::Booked,
                  static_cast<int>(query.column_int64(1))};
}

int count_in_state(Database& db, const std::string& session_id, const char* state) {
    Statement query =
        db.prepare("SELECT COUNT(*) FROM signups WHERE session_id = ?1 AND state = ?2");
    query.bind(1, session_id);
    query.bind(2, state);
    query.step();
    return static_cast<int>(query.column_int64(0));
}

// Inserts the sign-up, or reuses a cancelled one's row.
void store_signup(Database& db, const std::string& session_id, const std::string& code,
                  const SignupResult& result, const std::string& now_utc) {
    Statement upsert = db.prepare(
        "INSERT INTO signups (session_id, code, state, position, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (session_id, code) DO UPDATE SET "
        "state = excluded.state, position = excluded.position, created_at = excluded.created_at, "
        "updated_at = excluded.updated_at");
    const bool waiting = result.outcome == SignupOutcome::Waiting;
    upsert.bind(1, session_id);
    upsert.bind(2, code);
    upsert.bind(3, waiting ? "waiting" : "booked");
    if (waiting) {
        upsert.bind(4, result.position);
    } else {
        upsert.bind(4, nullptr);
    }
    upsert.bind(5, now_utc);
    upsert.run();
}

void record_signup(Database& db, const std::string& session_id, const std::string& code,
                   int capacity, int booked, const SignupResult& result,
                   const std::string& now_utc) {
    nlohmann::json data = {{"session_id", session_id}, {"code", code}, {"capacity", capacity}};
    if (result.outcome == SignupOutcome::Waiting) {
        data["position"] = result.position;
        gd::record(db, EventKind::SignupWaitlisted, data, now_utc);
    } else {
        data["booked"] = booked + 1;
        gd::record(db, EventKind::SignupCreated, data, now_utc);
    }
}

void set_state(Database& db, const std::string& session_id, const std::string& code,
               const char* state, const std::string& now_utc) {
    Statement update = db.prepare("UPDATE signups SET state = ?3, position = NULL, "
                                  "updated_at = ?4 WHERE session_id = ?1 AND code = ?2");
    update.bind(1, session_id);
    update.bind(2, code);
    update.bind(3, state);
    update.bind(4, now_utc);
    update.run();
}

// Everyone waiting behind position moves up one place.
void close_gap(Database& db, const std::string& session_id, int position) {
    Statement update = db.prepare("UPDATE signups SET position = position - 1 WHERE "
                                  "session_id = ?1 AND state = 'waiting' AND position > ?2");
    update.bind(1, session_id);
    update.bind(2, position);
    update.run();
}

// Books the first waiter, if any, and returns their code.
std::optional<std::string> promote_first_waiter(Database& db, const std::string& session_id,
                                                const std::string& now_utc) {
    Statement first = db.prepare("SELECT code FROM signups WHERE session_id = ?1 AND "
                                 "state = 'waiting' ORDER BY position LIMIT 1");
    first.bind(1, session_id);
    if (!first.step()) {
        return std::nullopt;
    }
    const std::string code = first.column_text(0);
    set_state(db, session_id, code, "booked", now_utc);
    close_gap(db, session_id, 1);
    gd::record(db, EventKind::SignupPromoted, {{"session_id", session_id}, {"code", code}},
               now_utc);
    return code;
}

// Books waiters while places are free (the capacity may have grown since they joined the
// list), so nobody new gets a place before them. Returns how many are booked then.
int fill_free_places(Database& db, const std::string& session_id, int capacity,
                     const std::string& now_utc) {
    int booked = count_in_state(db, session_id, "booked");
    while (booked < capacity && promote_first_waiter(db, session_id, now_utc)) {
        ++booked;
    }
    return booked;
}

void require_capacity(int capacity, const char* caller) {
    if (capacity < 1) {
        throw StoreError(SQLITE_MISUSE, std::string(caller) + ": capacity " +
                                            std::to_string(capacity) +
                                            " is below 1; this is a fault in the kiosk "
                                            "software, report it to the kiosk maintainer");
    }
}

SignupView view_from(const Statement& row, SignupState state) {
    SignupView view;
    view.code = row.column_text(0);
    view.symbol = row.column_text(1);
    if (!row.column_is_null(2)) {
        view.nickname = row.column_text(2);
    }
    view.state = state;
    return view;
}

void add_signed_up(Database& db, const std::string& session_id, std::vector<SignupView>& views) {
    Statement query = db.prepare(
        "SELECT s.code, m.symbol, m.nickname, s.state, COALESCE(s.position, 0) FROM signups s "
        "JOIN members m ON m.code = s.code WHERE s.session_id = ?1 AND s.state <> 'cancelled' "
        "ORDER BY s.state = 'waiting', s.position, s.updated_at, s.rowid");
    query.bind(1, session_id);
    while (query.step()) {
        const bool waiting = query.column_text(3) == "waiting";
        SignupView view = view_from(query, waiting ? SignupState::Waiting : SignupState::Booked);
        view.position = static_cast<int>(query.column_int64(4));
        views.push_back(std::move(view));
    }
}

// Members with marks for the session but no booked or waiting sign-up, by first mark.
void add_walk_ins(Database& db, const std::string& session_id, std::vector<SignupView>& views) {
    Statement query =
        db.prepare("SELECT a.code, m.symbol, m.nickname, MIN(a.id) AS first FROM attendance a "
                   "JOIN members m ON m.code = a.code WHERE a.session_id = ?1 AND a.undone = 0 AND "
                   "NOT EXISTS (SELECT 1 FROM signups s WHERE s.session_id = a.session_id AND "
                   "s.code = a.code AND s.state <> 'cancelled') GROUP BY a.code ORDER BY first");
    query.bind(1, session_id);
    while (query.step()) {
        views.push_back(view_from(query, SignupState::WalkIn));
    }
}

} // namespace

SignupResult sign_up(Database& db, const std::string& session_id, int capacity,
                     const std::string& code, const std::string& now_utc) {
    gd::require_session_id(session_id, "sign_up");
    gd::require_utc(now_utc, "sign_up");
    require_capacity(capacity, "sign_up");
    Transaction transaction(db);
    if (gd::session_is_closed(db, session_id)) {
        return {SignupOutcome::SessionClosed, 0};
    }
    if (!gd::member_is_known(db, code)) {
        return {SignupOutcome::UnknownMember, 0};
    }
    if (const std::optional<Active> active = active_signup(db, session_id, code)) {
        return {SignupOutcome::AlreadySignedUp, active->position};
    }
    const int booked = fill_free_places(db, session_id, capacity, now_utc);
    SignupResult result{SignupOutcome::Booked, 0};
    if (booked >= capacity) {
        result = {SignupOutcome::Waiting, count_in_state(db, session_id, "waiting") + 1};
    }
    store_signup(db, session_id, code, result, now_utc);
    record_signup(db, session_id, code, capacity, booked, result, now_utc);
    transaction.commit();
    return result;
}

CancelResult cancel_signup(Database& db, const std::string& session_id, int capacity,
                           const std::string& code, const std::string& now_utc) {
    gd::require_session_id(session_id, "cancel_signup");
    gd::require_utc(now_utc, "cancel_signup");
    require_capacity(capacity, "cancel_signup");
    Transaction transaction(db);
    if (gd::session_is_closed(db, session_id)) {
        return {CancelOutcome::SessionClosed, std::nullopt};
    }
    const std::optional<Active> active = active_signup(db, session_id, code);
    if (!active) {
        return {CancelOutcome::NotSignedUp, std::nullopt};
    }
    set_state(db, session_id, code, "cancelled", now_utc);
    gd::record(db, EventKind::SignupCancelled,
               {{"session_id", session_id}, {"code", code}, {"was", to_string(active->state)}},
               now_utc);
    CancelResult result{CancelOutcome::Cancelled, std::nullopt};
    if (active->state == SignupState::Waiting) {
        close_gap(db, session_id, active->position);
    } else if (count_in_state(db, session_id, "booked") < capacity) {
        result.promoted_code = promote_first_waiter(db, session_id, now_utc);
    }
    transaction.commit();
    return result;
}

std::vector<SignupView> signups_for(Database& db, const std::string& session_id) {
    std::vector<SignupView> views;
    add_signed_up(db, session_id, views);
    add_walk_ins(db, session_id, views);
    const std::map<std::string, Mark> marks = gd::current_marks(db, session_id);
    for (SignupView& view : views) {
        const auto found = marks.find(view.code);
        if (found != marks.end()) {
            view.mark = found->second;
        }
    }
    return views;
}

std::vector<std::string> sessions_of(Database& db, const std::string& code) {
    Statement query =
        db.prepare("SELECT session_id FROM signups WHERE code = ?1 AND state <> 'cancelled' AND "
                   "session_id NOT IN (SELECT session_id FROM sessions_closed) "
                   "ORDER BY substr(session_id, instr(session_id, '/') + 1), session_id");
    query.bind(1, code);
    std::vector<std::string> sessions;
    while (query.step()) {
        sessions.push_back(query.column_text(0));
    }
    return sessions;
}

} // namespace kiosk::store
