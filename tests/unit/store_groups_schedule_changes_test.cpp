// Tests for the peer-group store's per-date schedule changes and the migration of a version 2
// database to the group schema (version 3).
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
