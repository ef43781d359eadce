// Tests for attendance in the peer-group store: marks superseding each other, undo,
// walk-ins, closing a session, progress per code and the weekly figures.
#include "store/groups_store.hpp"

#include "store/outbox.hpp"
#include "store_groups_support.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::store;
using kiosk::store::test::add_member;
using kiosk::store::test::all_events;
using kiosk::store::test::events_for;
using kiosk::store::test::events_of;
using kiosk::store::test::kLater;
using kiosk::store::test::kNow;
using kiosk::store::test::kStaff;
using kiosk::store::test::kTue;
using kiosk::store::test::scalar;
using kiosk::store::test::states;
using kiosk::store::test::text;
using kiosk::store::test::total_changes;
using kiosk::store::test::with_signups;

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
