// Tests for the peer-group store: members, sign-ups with a waiting list, cancelling with
// promotion, attendance marks, walk-ins, undo, closing, progress, weekly figures, interest
// forms, one event per change, the migration to schema 3 and the error kinds.
#include "store/groups_store.hpp"

#include "store/outbox.hpp"
#include "store/reach_store.hpp"
#include "store_groups_support.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::store;
using kiosk::store::test::add_member;
using kiosk::store::test::all_events;
using kiosk::store::test::events_for;
using kiosk::store::test::events_of;
using kiosk::store::test::kNow;
using kiosk::store::test::kStaff;
using kiosk::store::test::kTue;
using kiosk::store::test::scalar;
using kiosk::store::test::text;

namespace {

constexpr const char* kLater = "2026-11-23T09:00:00Z";

int total_changes(Database& db) {
    return sqlite3_total_changes(db.handle());
}

// A database with members A..n signed up for kTue with the given capacity.
Database with_signups(const std::vector<std::string>& codes, int capacity) {
    Database db = test::migrated_memory();
    for (const std::string& code : codes) {
        add_member(db, code);
        sign_up(db, kTue, capacity, code, kNow);
    }
    return db;
}

std::string states(Database& db, const std::string& session_id) {
    std::string out;
    for (const SignupView& view : signups_for(db, session_id)) {
        out += view.code + ":" + to_string(view.state) +
               (view.position > 0 ? std::to_string(view.position) : "") +
               (view.mark ? std::string("=") + to_string(*view.mark) : "") + " ";
    }
    return out;
}

} // namespace

TEST_CASE("create_member stores a code with its event and refuses a taken code", "[groups-store]") {
    Database db = test::migrated_memory();

    CHECK(create_member(db, "KXT-482", "sun", std::string("Rik"), kNow) ==
          CreateMemberOutcome::Created);
    CHECK(create_member(db, "ABC-234", "moon", std::nullopt, kNow) == CreateMemberOutcome::Created);
    CHECK(create_member(db, "DEF-345", "tree", std::string(), kNow) ==
          CreateMemberOutcome::Created);

    CHECK(member_exists(db, "KXT-482"));
    CHECK_FALSE(member_exists(db, "ZZZ-999"));
    const std::optional<MemberView> rik = member(db, "KXT-482");
    REQUIRE(rik);
    CHECK(rik->symbol == "sun");
    CHECK(rik->nickname == std::optional<std::string>("Rik"));
    CHECK(rik->created_day == "2026-11-22");
    CHECK_FALSE(member(db, "ABC-234")->nickname);
    CHECK_FALSE(member(db, "DEF-345")->nickname); // empty counts as none
    CHECK_FALSE(member(db, "ZZZ-999"));

    CHECK(events_of(db, "member.created") == 3);
    CHECK(text(db, "SELECT data FROM events WHERE json_extract(data, '$.code') = 'KXT-482'") ==
          R"({"code":"KXT-482","nickname":"Rik","symbol":"sun"})");
    CHECK(text(db, "SELECT data FROM events WHERE json_extract(data, '$.code') = 'ABC-234'") ==
          R"({"code":"ABC-234","symbol":"moon"})");

    const int before = total_changes(db);
    CHECK(create_member(db, "KXT-482", "moon", std::nullopt, kLater) ==
          CreateMemberOutcome::CodeTaken);
    CHECK(total_changes(db) == before);
    CHECK(member(db, "KXT-482")->symbol == "sun");
    CHECK(events_of(db, "member.created") == 3);

    CHECK_THROWS_AS(create_member(db, "", "sun", std::nullopt, kNow), StoreError);
    CHECK_THROWS_AS(create_member(db, "GHJ-456", "", std::nullopt, kNow), StoreError);
    CHECK_THROWS_AS(create_member(db, "GHJ-456", "sun", std::nullopt, "2026-11-22 17:05"),
                    StoreError);
    CHECK_FALSE(member_exists(db, "GHJ-456"));
    CHECK(all_events(db) == 3);
}

TEST_CASE("sign_up books until capacity, then puts people on the waiting list in order",
          "[groups-store]") {
    Database db = test::migrated_memory();
    for (const char* code : {"AAA-222", "BBB-333", "CCC-444", "DDD-555"}) {
        add_member(db, code);
    }

    const SignupResult a = sign_up(db, kTue, 2, "AAA-222", kNow);
    const SignupResult b = sign_up(db, kTue, 2, "BBB-333", kNow);
    const SignupResult c = sign_up(db, kTue, 2, "CCC-444", kNow);
    const SignupResult d = sign_up(db, kTue, 2, "DDD-555", kLater);

    CHECK((a.outcome == SignupOutcome::Booked && a.position == 0));
    CHECK((b.outcome == SignupOutcome::Booked && b.position == 0));
    CHECK((c.outcome == SignupOutcome::Waiting && c.position == 1));
    CHECK((d.outcome == SignupOutcome::Waiting && d.position == 2));
    CHECK(states(db, kTue) == "AAA-222:booked BBB-333:booked CCC-444:waiting1 DDD-555:waiting2 ");

    CHECK(events_of(db, "signup.created") == 2);
    CHECK(events_of(db, "signup.waitlisted") == 2);
    CHECK(text(db, "SELECT data FROM events WHERE type = 'signup.created' ORDER BY seq") ==
          R"({"booked":1,"capacity":2,"code":"AAA-222","session_id":"exp-tue/2026-12-01T14:00"})");
    CHECK(
        text(db, "SELECT data FROM events WHERE type = 'signup.waitlisted' ORDER BY seq DESC") ==
        R"({"capacity":2,"code":"DDD-555","position":2,"session_id":"exp-tue/2026-12-01T14:00"})");
    CHECK(text(db, "SELECT occurred_at FROM events ORDER BY seq DESC") == kLater);

    // Another session of the same group has its own places.
    CHECK(sign_up(db, "exp-tue/2026-12-08T14:00", 2, "DDD-555", kNow).outcome ==
          SignupOutcome::Booked);
    CHECK(sessions_of(db, "DDD-555") == std::vector<std::string>{kTue, "exp-tue/2026-12-08T14:00"});
    CHECK(sessions_of(db, "ZZZ-999").empty());
}

TEST_CASE("when the capacity grows, those waiting get the new places before newcomers",
          "[groups-store]") {
    Database db = with_signups({"AAA-222", "BBB-333", "CCC-444"}, 1);
    add_member(db, "DDD-555");

    const SignupResult d = sign_up(db, kTue, 2, "DDD-555", kLater);

    CHECK((d.outcome == SignupOutcome::Waiting && d.position == 2));
    CHECK(states(db, kTue) == "AAA-222:booked BBB-333:booked CCC-444:waiting1 DDD-555:waiting2 ");
    CHECK(events_for(db, "signup.promoted", kTue, "BBB-333") == 1);
    CHECK(events_for(db, "signup.waitlisted", kTue, "DDD-555") == 1);
    CHECK(events_of(db, "signup.promoted") == 1);
}

TEST_CASE("sign_up refuses a double sign-up or an unknown member and writes nothing",
          "[groups-store]") {
    Database db = with_signups({"AAA-222", "BBB-333"}, 1);
    const std::int64_t events = all_events(db);
    const int before = total_changes(db);

    const SignupResult again = sign_up(db, kTue, 1, "AAA-222", kLater);
    const SignupResult again_waiting = sign_up(db, kTue, 5, "BBB-333", kLater);
    const SignupResult unknown = sign_up(db, kTue, 1, "ZZZ-999", kLater);

    CHECK((again.outcome == SignupOutcome::AlreadySignedUp && again.position == 0));
    CHECK((again_waiting.outcome == SignupOutcome::AlreadySignedUp && again_waiting.position == 1));
    CHECK(unknown.outcome == SignupOutcome::UnknownMember);
    CHECK(total_changes(db) == before);
    CHECK(all_events(db) == events);
    CHECK(sqlite3_get_autocommit(db.handle()) == 1);

    CHECK_THROWS_AS(sign_up(db, "exp-tue/2026-12-01", 1, "AAA-222", kNow), StoreError);
    CHECK_THROWS_AS(sign_up(db, "Exp/2026-12-01T14:00", 1, "AAA-222", kNow), StoreError);
    CHECK_THROWS_AS(sign_up(db, "exp-tue/2026-02-30T14:00", 1, "AAA-222", kNow), StoreError);
    CHECK_THROWS_AS(sign_up(db, "exp-tue/2026-12-01T24:00", 1, "AAA-222", kNow), StoreError);
    CHECK_THROWS_AS(sign_up(db, kTue, 0, "AAA-222", kNow), StoreError);
    CHECK_THROWS_AS(sign_up(db, kTue, 1, "AAA-222", "yesterday"), StoreError);
    CHECK(total_changes(db) == before);
}

TEST_CASE("cancelling a booked place promotes the first waiter in the same transaction",
          "[groups-store]") {
    Database db = with_signups({"AAA-222", "BBB-333", "CCC-444", "DDD-555", "EEE-666"}, 2);
    REQUIRE(states(db, kTue) ==
            "AAA-222:booked BBB-333:booked CCC-444:waiting1 DDD-555:waiting2 EEE-666:waiting3 ");

    const CancelResult cancelled = cancel_signup(db, kTue, 2, "AAA-222", kLater);

    CHECK(cancelled.outcome == CancelOutcome::Cancelled);
    CHECK(cancelled.promoted_code == std::optional<std::string>("CCC-444"));
    CHECK(states(db, kTue) == "BBB-333:booked CCC-444:booked DDD-555:waiting1 EEE-666:waiting2 ");
    CHECK(events_for(db, "signup.cancelled", kTue, "AAA-222") == 1);
    CHECK(events_for(db, "signup.promoted", kTue, "CCC-444") == 1);
    CHECK(events_of(db, "signup.promoted") == 1);
    // The cancellation comes before the promotion in the outbox, and both carry the same time.
    CHECK(text(db, "SELECT group_concat(type || '@' || occurred_at, ' ') FROM (SELECT * FROM "
                   "events ORDER BY seq DESC LIMIT 2 ) ") ==
          "signup.promoted@2026-11-23T09:00:00Z signup.cancelled@2026-11-23T09:00:00Z");
    CHECK(text(db, "SELECT data FROM events WHERE type = 'signup.cancelled'") ==
          R"({"code":"AAA-222","session_id":"exp-tue/2026-12-01T14:00","was":"booked"})");

    // A waiter who cancels frees no place: those behind move up, nobody is promoted.
    const CancelResult waiter = cancel_signup(db, kTue, 2, "DDD-555", kLater);
    CHECK(waiter.outcome == CancelOutcome::Cancelled);
    CHECK_FALSE(waiter.promoted_code);
    CHECK(states(db, kTue) == "BBB-333:booked CCC-444:booked EEE-666:waiting1 ");
    CHECK(events_of(db, "signup.promoted") == 1);

    // Cancelling twice, or without a sign-up, writes nothing.
    const int before = total_changes(db);
    CHECK(cancel_signup(db, kTue, 2, "AAA-222", kLater).outcome == CancelOutcome::NotSignedUp);
    CHECK(cancel_signup(db, kTue, 2, "ZZZ-999", kLater).outcome == CancelOutcome::NotSignedUp);
    CHECK(total_changes(db) == before);

    // A cancelled member may sign up again, at the end of the list.
    const SignupResult back = sign_up(db, kTue, 2, "AAA-222", kLater);
    CHECK((back.outcome == SignupOutcome::Waiting && back.position == 2));
    CHECK(events_for(db, "signup.waitlisted", kTue, "AAA-222") == 1);

    // The last booked place freed with nobody waiting promotes nobody.
    Database alone = with_signups({"AAA-222"}, 3);
    CHECK_FALSE(cancel_signup(alone, kTue, 3, "AAA-222", kLater).promoted_code);
    CHECK(signups_for(alone, kTue).empty());
    CHECK(sessions_of(alone, "AAA-222").empty());
}

TEST_CASE("a new mark supersedes the previous one for that code and session", "[groups-store]") {
    Database db = with_signups({"AAA-222", "BBB-333"}, 5);
    add_member(db, "CCC-444");

    CHECK(mark_attendance(db, kTue, "AAA-222", Mark::Present, kStaff, kNow) == MarkOutcome::Marked);
    CHECK(mark_attendance(db, kTue, "AAA-222", Mark::Absent, kStaff, kLater) ==
          MarkOutcome::Marked);
    CHECK(mark_attendance(db, kTue, "BBB-333", Mark::Excused, kStaff, kNow) == MarkOutcome::Marked);

    CHECK(current_mark(db, kTue, "AAA-222") == Mark::Absent);
    CHECK(states(db, kTue) == "AAA-222:booked=absent BBB-333:booked=excused ");
    CHECK(events_of(db, "attendance.marked") == 3);
    CHECK(text(db, "SELECT data FROM events WHERE type = 'attendance.marked' ORDER BY seq") ==
          R"({"code":"AAA-222","count":1,"mark":"present","session_id":)"
          R"("exp-tue/2026-12-01T14:00","staff":"Anna"})");

    // The same mark again changes nothing and writes nothing.
    int before = total_changes(db);
    CHECK(mark_attendance(db, kTue, "AAA-222", Mark::Absent, kStaff, kLater) ==
          MarkOutcome::Marked);
    CHECK(total_changes(db) == before);

    // Refusals write nothing.
    CHECK(mark_attendance(db, kTue, "CCC-444", Mark::Present, kStaff, kNow) ==
          MarkOutcome::NotSignedUp);
    CHECK(mark_attendance(db, kTue, "ZZZ-999", Mark::Present, kStaff, kNow) ==
          MarkOutcome::UnknownMember);
    CHECK(total_changes(db) == before);
    CHECK_THROWS_AS(mark_attendance(db, kTue, "AAA-222", Mark::WalkIn, kStaff, kNow), StoreError);
    CHECK_THROWS_AS(mark_attendance(db, kTue, "AAA-222", Mark::Present, "", kNow), StoreError);
    CHECK(events_of(db, "attendance.marked") == 3);
}

TEST_CASE("undo_last_mark takes back the session's most recent mark", "[groups-store]") {
    Database db = with_signups({"AAA-222", "BBB-333"}, 5);
    REQUIRE(mark_attendance(db, kTue, "AAA-222", Mark::Present, kStaff, kNow) ==
            MarkOutcome::Marked);
    REQUIRE(mark_attendance(db, kTue, "BBB-333", Mark::Present, kStaff, kNow) ==
            MarkOutcome::Marked);
    REQUIRE(mark_attendance(db, kTue, "BBB-333", Mark::Absent, kStaff, kNow) ==
            MarkOutcome::Marked);
    const std::string absent_event =
        text(db, "SELECT event_id FROM attendance ORDER BY id DESC LIMIT 1");

    CHECK(undo_last_mark(db, kTue, "Bo", kLater));
    CHECK(current_mark(db, kTue, "BBB-333") == Mark::Present); // the previous mark counts again
    CHECK(text(db, "SELECT json_extract(data, '$.undoes') FROM events WHERE "
                   "type = 'attendance.undone'") == absent_event);
    CHECK(text(db, "SELECT json_extract(data, '$.staff') || ' ' || json_extract(data, '$.mark') "
                   "FROM events WHERE type = 'attendance.undone'") == "Bo absent");

    CHECK(undo_last_mark(db, kTue, kStaff, kLater));
    CHECK_FALSE(current_mark(db, kTue, "BBB-333"));
    CHECK(undo_last_mark(db, kTue, kStaff, kLater));
    CHECK_FALSE(current_mark(db, kTue, "AAA-222"));

    const int before = total_changes(db);
    CHECK_FALSE(undo_last_mark(db, kTue, kStaff, kLater));
    CHECK_FALSE(undo_last_mark(db, "exp-tue/2026-12-08T14:00", kStaff, kLater));
    CHECK(total_changes(db) == before);
    CHECK(events_of(db, "attendance.undone") == 3);
    CHECK(scalar(db, "SELECT COUNT(*) FROM attendance WHERE undone = 1") == 3);
}

TEST_CASE("walk-ins: a code is marked present, no code adds to the head count", "[groups-store]") {
    Database db = with_signups({"AAA-222"}, 5);
    add_member(db, "WWW-777");

    CHECK(add_walk_in(db, kTue, std::nullopt, kStaff, kNow) == MarkOutcome::Marked);
    CHECK(add_walk_in(db, kTue, std::nullopt, kStaff, kNow) == MarkOutcome::Marked);
    CHECK(anonymous_walk_ins(db, kTue) == 2);
    CHECK(add_walk_in(db, kTue, std::string("WWW-777"), kStaff, kNow) == MarkOutcome::Marked);
    CHECK(add_walk_in(db, kTue, std::string("AAA-222"), kStaff, kNow) == MarkOutcome::Marked);

    CHECK(current_mark(db, kTue, "WWW-777") == Mark::WalkIn);
    CHECK(current_mark(db, kTue, "AAA-222") == Mark::Present); // signed up: simply present
    CHECK(states(db, kTue) == "AAA-222:booked=present WWW-777:walk_in=walk_in ");
    CHECK(events_of(db, "attendance.marked") == 4);
    CHECK(text(db, "SELECT data FROM events WHERE type = 'attendance.marked' ORDER BY seq") ==
          R"({"code":null,"count":1,"mark":"walk_in","session_id":)"
          R"("exp-tue/2026-12-01T14:00","staff":"Anna"})");

    // Someone already present is not counted twice; an unknown code is refused.
    const int before = total_changes(db);
    CHECK(add_walk_in(db, kTue, std::string("WWW-777"), kStaff, kLater) == MarkOutcome::Marked);
    CHECK(add_walk_in(db, kTue, std::string("ZZZ-999"), kStaff, kLater) ==
          MarkOutcome::UnknownMember);
    CHECK(total_changes(db) == before);

    // Undo takes the last walk-in back; then the anonymous head count goes down by one.
    CHECK(undo_last_mark(db, kTue, kStaff, kLater));
    CHECK(undo_last_mark(db, kTue, kStaff, kLater));
    CHECK(states(db, kTue) == "AAA-222:booked ");
    CHECK(undo_last_mark(db, kTue, kStaff, kLater));
    CHECK(anonymous_walk_ins(db, kTue) == 1);
    CHECK(anonymous_walk_ins(db, "exp-tue/2026-12-08T14:00") == 0);
}

TEST_CASE("a closed session refuses marks, sign-ups and cancellations", "[groups-store]") {
    Database db = with_signups({"AAA-222", "BBB-333", "CCC-444"}, 2);
    add_member(db, "DDD-555");
    REQUIRE(mark_attendance(db, kTue, "AAA-222", Mark::Present, kStaff, kNow) ==
            MarkOutcome::Marked);
    REQUIRE(add_walk_in(db, kTue, std::nullopt, kStaff, kNow) == MarkOutcome::Marked);

    CHECK_FALSE(session_closed(db, kTue));
    CHECK(close_session(db, kTue, kStaff, kLater));
    CHECK(session_closed(db, kTue));
    CHECK(text(db, "SELECT data FROM events WHERE type = 'session.closed'") ==
          R"({"absent":0,"booked":2,"excused":0,"present":1,"session_id":)"
          R"("exp-tue/2026-12-01T14:00","staff":"Anna","unmarked":1,"waiting":1,"walk_ins":1})");

    const int before = total_changes(db);
    CHECK_FALSE(close_session(db, kTue, kStaff, kLater));
    CHECK(mark_attendance(db, kTue, "BBB-333", Mark::Absent, kStaff, kLater) ==
          MarkOutcome::SessionClosed);
    CHECK(add_walk_in(db, kTue, std::nullopt, kStaff, kLater) == MarkOutcome::SessionClosed);
    CHECK(add_walk_in(db, kTue, std::string("DDD-555"), kStaff, kLater) ==
          MarkOutcome::SessionClosed);
    CHECK_FALSE(undo_last_mark(db, kTue, kStaff, kLater));
    CHECK(sign_up(db, kTue, 2, "DDD-555", kLater).outcome == SignupOutcome::SessionClosed);
    CHECK(cancel_signup(db, kTue, 2, "AAA-222", kLater).outcome == CancelOutcome::SessionClosed);
    CHECK(total_changes(db) == before);
    CHECK(events_of(db, "session.closed") == 1);
    CHECK(scalar(db, "SELECT COUNT(*) FROM sessions_closed") == 1);
    CHECK(sessions_of(db, "AAA-222").empty()); // nothing left to cancel there
}

TEST_CASE("attended_by_code counts sessions attended per group", "[groups-store]") {
    Database db = test::migrated_memory();
    add_member(db, "AAA-222");
    const std::vector<std::string> sessions = {
        "exp-tue/2026-11-03T14:00", "exp-tue/2026-11-10T14:00", "exp-tue/2026-11-17T14:00",
        "exp-tue/2026-11-24T14:00", "coach-mon/2026-11-16T10:00"};
    for (const std::string& session : sessions) {
        REQUIRE(sign_up(db, session, 10, "AAA-222", kNow).outcome == SignupOutcome::Booked);
    }
    mark_attendance(db, sessions[0], "AAA-222", Mark::Present, kStaff, kNow);
    mark_attendance(db, sessions[1], "AAA-222", Mark::Absent, kStaff, kNow);
    mark_attendance(db, sessions[2], "AAA-222", Mark::Absent, kStaff, kNow);
    mark_attendance(db, sessions[2], "AAA-222", Mark::Present, kStaff, kNow); // corrected
    mark_attendance(db, sessions[3], "AAA-222", Mark::Excused, kStaff, kNow);
    mark_attendance(db, sessions[4], "AAA-222", Mark::Present, kStaff, kNow);
    add_walk_in(db, "work-thu/2026-11-19T09:00", std::string("AAA-222"), kStaff, kNow);
    add_walk_in(db, "work-thu/2026-11-26T09:00", std::string("AAA-222"), kStaff, kNow);
    undo_last_mark(db, "work-thu/2026-11-26T09:00", kStaff, kNow);

    const std::map<std::string, int> attended = attended_by_code(db, "AAA-222");

    CHECK(attended ==
          std::map<std::string, int>{{"coach-mon", 1}, {"exp-tue", 2}, {"work-thu", 1}});
    CHECK(attended_by_code(db, "ZZZ-999").empty());
}

TEST_CASE("weekly_stats counts bookings, presence and no-shows per ISO week", "[groups-store]") {
    Database db = test::migrated_memory();
    for (const char* code : {"AAA-222", "BBB-333", "CCC-444", "DDD-555"}) {
        add_member(db, code);
    }
    const std::string w48 = "exp-tue/2026-11-24T14:00";
    const std::string w49 = "exp-tue/2026-12-01T14:00";
    const std::string w49b = "exp-tue/2026-12-03T14:00";
    const std::string w50 = "exp-tue/2026-12-08T14:00";
    for (const char* code : {"AAA-222", "BBB-333", "CCC-444"}) {
        sign_up(db, w48, 10, code, kNow);
        sign_up(db, w50, 10, code, kNow);
    }
    sign_up(db, w49, 1, "AAA-222", kNow);
    sign_up(db, w49, 1, "BBB-333", kNow); // waiting: not booked
    sign_up(db, w49b, 5, "DDD-555", kNow);
    sign_up(db, "coach-mon/2026-11-23T10:00", 5, "DDD-555", kNow); // another group
    // Week 48: A present, B absent, C unmarked, one anonymous walk-in, closed.
    mark_attendance(db, w48, "AAA-222", Mark::Present, kStaff, kNow);
    mark_attendance(db, w48, "BBB-333", Mark::Absent, kStaff, kNow);
    add_walk_in(db, w48, std::nullopt, kStaff, kNow);
    close_session(db, w48, kStaff, kNow);
    // Week 49: A excused; D present in the second session, a coded walk-in; not closed.
    mark_attendance(db, w49, "AAA-222", Mark::Excused, kStaff, kNow);
    mark_attendance(db, w49b, "DDD-555", Mark::Present, kStaff, kNow);
    add_walk_in(db, w49b, std::string("CCC-444"), kStaff, kNow);
    // Week 50: nobody marked yet and not closed: unmarked bookings are no no-shows yet.

    const std::vector<WeekStats> weeks = weekly_stats(db, "exp-tue", "2026-12-10", 4);

    REQUIRE(weeks.size() == 4);
    CHECK((weeks[0].iso_year == 2026 && weeks[0].iso_week == 47 && weeks[0].sessions == 0));
    CHECK(weeks[0].monday == "2026-11-16");
    const WeekStats& w48s = weeks[1];
    CHECK((w48s.iso_week == 48 && w48s.monday == "2026-11-23"));
    CHECK((w48s.sessions == 1 && w48s.booked == 3 && w48s.present == 1));
    CHECK((w48s.no_shows == 2 && w48s.excused == 0 && w48s.anonymous_walk_ins == 1));
    const WeekStats& w49s = weeks[2];
    CHECK((w49s.iso_week == 49 && w49s.sessions == 2 && w49s.booked == 2));
    CHECK((w49s.present == 2 && w49s.no_shows == 0 && w49s.excused == 1));
    const WeekStats& w50s = weeks[3];
    CHECK((w50s.iso_week == 50 && w50s.sessions == 1 && w50s.booked == 3));
    CHECK((w50s.present == 0 && w50s.no_shows == 0));

    // Closing week 50's session turns its unmarked bookings into no-shows.
    close_session(db, w50, kStaff, kNow);
    CHECK(weekly_stats(db, "exp-tue", "2026-12-10", 1)[0].no_shows == 3);

    // Across the turn of the year: 2026 has 53 ISO weeks.
    const std::vector<WeekStats> turn = weekly_stats(db, "exp-tue", "2027-01-05", 2);
    CHECK((turn[0].iso_year == 2026 && turn[0].iso_week == 53 && turn[0].monday == "2026-12-28"));
    CHECK((turn[1].iso_year == 2027 && turn[1].iso_week == 1 && turn[1].monday == "2027-01-04"));

    CHECK_THROWS_AS(weekly_stats(db, "exp-tue", "2026-12-10", 0), StoreError);
    CHECK_THROWS_AS(weekly_stats(db, "exp tue", "2026-12-10", 2), StoreError);
    CHECK_THROWS_AS(weekly_stats(db, "exp-tue", "10-12-2026", 2), StoreError);
}

TEST_CASE("an interest form is stored only with consent, its contact only then", "[groups-store]") {
    Database db = test::migrated_memory();

    CHECK(submit_interest(db, {"nl", "ar"}, "Tuesday mornings", std::string("06-12345678"), false,
                          kNow) == InterestOutcome::ConsentMissing);
    CHECK(scalar(db, "SELECT COUNT(*) FROM interest_forms") == 0);
    CHECK(all_events(db) == 0);

    CHECK(submit_interest(db, {"nl", "ar"}, "Tuesday mornings", std::string("06-12345678"), true,
                          kNow) == InterestOutcome::Submitted);
    CHECK(submit_interest(db, {"en"}, "weekends", std::nullopt, true, kLater) ==
          InterestOutcome::Submitted);

    CHECK(text(db, "SELECT contact FROM interest_forms WHERE id = 1") == "06-12345678");
    CHECK(text(db, "SELECT languages || ' ' || consent_at FROM interest_forms WHERE id = 1") ==
          R"(["nl","ar"] 2026-11-22T17:05:00Z)");
    CHECK(scalar(db, "SELECT contact IS NULL FROM interest_forms WHERE id = 2") == 1);
    CHECK(events_of(db, "interest.submitted") == 2);
    CHECK(text(db, "SELECT data FROM events e JOIN interest_forms f ON f.event_id = e.id "
                   "WHERE f.id = 1") ==
          R"({"availability":"Tuesday mornings","consent_at":"2026-11-22T17:05:00Z",)"
          R"("contact":"06-12345678","form_id":1,"languages":["nl","ar"],"sensitive":true})");
    CHECK(scalar(db, "SELECT json_extract(e.data, '$.contact') IS NULL FROM events e JOIN "
                     "interest_forms f ON f.event_id = e.id WHERE f.id = 2") == 1);

    CHECK_THROWS_AS(submit_interest(db, {"n l"}, "", std::nullopt, true, kNow), StoreError);
    CHECK(scalar(db, "SELECT COUNT(*) FROM interest_forms") == 2);
}

TEST_CASE("every state change writes exactly one matching event", "[groups-store]") {
    Database db = test::migrated_memory();
    std::map<std::string, std::int64_t> expected;
    const auto require_counts = [&](const char* after) {
        INFO("after " << after);
        for (const auto& entry : expected) {
            INFO(entry.first);
            CHECK(events_of(db, entry.first) == entry.second);
        }
        std::int64_t total = 0;
        for (const auto& entry : expected) {
            total += entry.second;
        }
        CHECK(all_events(db) == total);
    };

    for (const char* code : {"AAA-222", "BBB-333", "CCC-444"}) {
        add_member(db, code);
        ++expected["member.created"];
    }
    require_counts("create_member");
    sign_up(db, kTue, 1, "AAA-222", kNow);
    ++expected["signup.created"];
    sign_up(db, kTue, 1, "BBB-333", kNow);
    sign_up(db, kTue, 1, "CCC-444", kNow);
    expected["signup.waitlisted"] += 2;
    require_counts("sign_up");
    cancel_signup(db, kTue, 1, "AAA-222", kNow);
    ++expected["signup.cancelled"];
    ++expected["signup.promoted"];
    cancel_signup(db, kTue, 1, "CCC-444", kNow);
    ++expected["signup.cancelled"];
    require_counts("cancel_signup");
    mark_attendance(db, kTue, "BBB-333", Mark::Present, kStaff, kNow);
    add_walk_in(db, kTue, std::nullopt, kStaff, kNow);
    add_walk_in(db, kTue, std::string("AAA-222"), kStaff, kNow);
    expected["attendance.marked"] += 3;
    undo_last_mark(db, kTue, kStaff, kNow);
    ++expected["attendance.undone"];
    require_counts("marks");
    close_session(db, kTue, kStaff, kNow);
    ++expected["session.closed"];
    record_schedule_change(
        db, {"exp-tue/2026-12-29T14:00", ScheduleChangeKind::Cancel, "", kStaff, ""}, kNow);
    ++expected["schedule.changed"];
    submit_interest(db, {"nl"}, "any", std::nullopt, true, kNow);
    ++expected["interest.submitted"];
    require_counts("close, schedule, interest");

    // Each row points at, or is named by, its own event.
    CHECK(scalar(db, "SELECT COUNT(*) FROM attendance a JOIN events e ON e.id = a.event_id AND "
                     "e.type = 'attendance.marked' AND json_extract(e.data, '$.mark') = a.mark "
                     "AND json_extract(e.data, '$.session_id') = a.session_id AND "
                     "json_extract(e.data, '$.code') IS a.code") ==
          scalar(db, "SELECT COUNT(*) FROM attendance"));
    CHECK(scalar(db, "SELECT COUNT(*) FROM members m JOIN events e ON e.type = 'member.created' "
                     "AND json_extract(e.data, '$.code') = m.code") == 3);
}

TEST_CASE("staff schedule changes are kept in order per group with their event", "[groups-store]") {
    Database db = test::migrated_memory();
    record_schedule_change(
        db, {"exp-tue/2026-12-29T14:00", ScheduleChangeKind::Cancel, "", "Bo", ""}, kNow);
    record_schedule_change(
        db, {"exp-tue/2026-12-19T14:00", ScheduleChangeKind::Add, "16:00", "Bo", ""}, kNow);
    record_schedule_change(
        db, {"exp-tue/2026-12-29T14:00", ScheduleChangeKind::Restore, "", kStaff, ""}, kLater);
    record_schedule_change(
        db, {"coach-mon/2026-12-28T10:00", ScheduleChangeKind::Cancel, "", kStaff, ""}, kLater);

    const std::vector<ScheduleChange> changes = schedule_changes(db, "exp-tue");
    REQUIRE(changes.size() == 3);
    CHECK((changes[0].kind == ScheduleChangeKind::Cancel && changes[0].end_time.empty()));
    CHECK((changes[1].kind == ScheduleChangeKind::Add && changes[1].end_time == "16:00"));
    CHECK((changes[2].kind == ScheduleChangeKind::Restore && changes[2].changed_at == kLater));
    CHECK(changes[2].staff_name == kStaff);
    CHECK(schedule_changes(db, "coach-mon").size() == 1);
    CHECK(schedule_changes(db, "exp").empty());
    CHECK(events_of(db, "schedule.changed") == 4);

    CHECK_THROWS_AS(
        record_schedule_change(
            db, {"exp-tue/2026-12-19T14:00", ScheduleChangeKind::Add, "", "Bo", ""}, kNow),
        StoreError);
    CHECK_THROWS_AS(
        record_schedule_change(
            db, {"exp-tue/2026-12-19T14:00", ScheduleChangeKind::Cancel, "16:00", "Bo", ""}, kNow),
        StoreError);
    CHECK(events_of(db, "schedule.changed") == 4);
}

TEST_CASE("migrating a version 2 database to version 3 keeps its data", "[groups-store]") {
    test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    std::string old_id;
    {
        Database db = Database::open(path);
        migrate_to(db, 2);
        add_counts(db, {{"2026-11-20", "visit", "", 12}});
        REQUIRE(close_finished_days(db, "2026-11-22", "kiosk-1", kNow) == 1);
        Transaction transaction(db);
        old_id = append_event(db, kiosk::store::EventKind::StatsDaily, R"({"room":"a"})", kNow);
        transaction.commit();
    }
    Database db = Database::open(path);
    REQUIRE(stored_schema_version(db) == 2);
    CHECK(scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'signups'") == 0);

    migrate_to(db, 3);

    CHECK(current_schema_version() >= 3);
    CHECK(stored_schema_version(db) == 3);
    CHECK(all_events(db) == 2);
    CHECK(text(db, "SELECT data FROM events WHERE id = ?1", {old_id}) == R"({"room":"a"})");
    CHECK(counts_for_day(db, "2026-11-20").size() == 1);
    CHECK(closing_event_id(db, "2026-11-20"));
    for (const char* table : {"members", "signups", "attendance", "sessions_closed",
                              "schedule_changes", "interest_forms"}) {
        INFO(table);
        CHECK(scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
                     {table}) == 1);
    }
    add_member(db, "AAA-222");
    CHECK(sign_up(db, kTue, 1, "AAA-222", kNow).outcome == SignupOutcome::Booked);
    CHECK(all_events(db) == 4);
}

TEST_CASE("disk full, busy and read-only throw StoreError and leave nothing half-written",
          "[groups-store]") {
    test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    Database db = Database::open(path);
    migrate(db);

    SECTION("disk full") {
        // No page may be added: members are created until one no longer fits.
        db.exec("PRAGMA max_page_count = " + std::to_string(scalar(db, "PRAGMA page_count")));
        const std::string nickname(180, 'n');
        bool full = false;
        for (int i = 0; i < 400 && !full; ++i) {
            const std::string code = "M" + std::to_string(1000 + i);
            try {
                create_member(db, code, "sun", nickname, kNow);
            } catch (const StoreError& error) {
                full = true;
                CHECK(is_disk_full(error));
                CHECK_FALSE(is_busy(error));
                CHECK_FALSE(member_exists(db, code));
            }
        }
        REQUIRE(full);
        CHECK(sqlite3_get_autocommit(db.handle()) == 1);
        CHECK(scalar(db, "SELECT COUNT(*) FROM members") == events_of(db, "member.created"));
        CHECK(scalar(db, "SELECT COUNT(*) FROM members") > 0);

        db.exec("PRAGMA max_page_count = 1000000");
        add_member(db, "AAA-222");
        CHECK(sign_up(db, kTue, 1, "AAA-222", kNow).outcome == SignupOutcome::Booked);
    }
    SECTION("busy") {
        add_member(db, "AAA-222");
        Database other = Database::open(path);
        other.exec("BEGIN IMMEDIATE");
        try {
            sign_up(db, kTue, 1, "AAA-222", kNow);
            FAIL("sign_up ran while another connection held the write lock");
        } catch (const StoreError& error) {
            CHECK(is_busy(error));
            CHECK_FALSE(is_disk_full(error));
            CHECK_THAT(error.what(), Catch::Contains("another program is using the database"));
        }
        other.exec("ROLLBACK");
        CHECK(scalar(db, "SELECT COUNT(*) FROM signups") == 0);
        CHECK(sign_up(db, kTue, 1, "AAA-222", kNow).outcome == SignupOutcome::Booked);
    }
    SECTION("read-only") {
        add_member(db, "AAA-222");
        db.exec("PRAGMA query_only = 1");
        try {
            sign_up(db, kTue, 1, "AAA-222", kNow);
            FAIL("sign_up wrote to a read-only database");
        } catch (const StoreError& error) {
            CHECK(is_read_only(error));
            CHECK_FALSE(is_busy(error));
        }
        CHECK(sqlite3_get_autocommit(db.handle()) == 1);
        db.exec("PRAGMA query_only = 0");
        CHECK(scalar(db, "SELECT COUNT(*) FROM signups") == 0);
        CHECK(events_of(db, "signup.created") == 0);
    }
}
