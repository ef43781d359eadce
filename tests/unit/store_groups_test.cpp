// Tests for the peer-group store: members, sign-ups with a waiting list, cancelling with
// promotion, interest forms, one event per change, the migration to schema 3 and the error
// kinds. Attendance is in store_attendance_test.cpp.
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
using kiosk::store::test::kLater;
using kiosk::store::test::kNow;
using kiosk::store::test::kStaff;
using kiosk::store::test::kTue;
using kiosk::store::test::scalar;
using kiosk::store::test::states;
using kiosk::store::test::text;
using kiosk::store::test::total_changes;
using kiosk::store::test::with_signups;

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
