// Staff schedule edits in the store: each kind with its event in one transaction, read back in
// order, malformed values refused with nothing written, a failure halfway leaving nothing,
// the step-4 migration, and cancellations after the capacity was lowered below the bookings.
#include "store/groups_store.hpp"
#include "store/outbox.hpp"

#include "store_groups_support.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::store;
using kiosk::store::test::add_member;
using kiosk::store::test::all_events;
using kiosk::store::test::events_of;
using kiosk::store::test::kNow;
using kiosk::store::test::kStaff;
using kiosk::store::test::kTue;
using kiosk::store::test::migrated_memory;
using kiosk::store::test::scalar;
using kiosk::store::test::text;

namespace {

ScheduleEditRecord slot_added() {
    ScheduleEditRecord e;
    e.kind = ScheduleEditKind::SlotAdded;
    e.group_id = "experience";
    e.from_date = "2026-12-01";
    e.weekday = 0;
    e.start_time = "10:00";
    e.end_time = "11:30";
    e.staff_name = kStaff;
    return e;
}

ScheduleEditRecord slot_changed() {
    ScheduleEditRecord e = slot_added();
    e.kind = ScheduleEditKind::SlotChanged;
    e.weekday = 2;
    e.old_weekday = 1;
    e.old_start = "14:00";
    return e;
}

ScheduleEditRecord group_changed() {
    ScheduleEditRecord e;
    e.kind = ScheduleEditKind::GroupChanged;
    e.group_id = "coaching";
    e.from_date = "2027-01-01";
    e.place = "Zaal \"groot\", 1e etage";
    e.capacity = 8;
    e.staff_name = kStaff;
    return e;
}

ScheduleEditRecord holiday_added() {
    ScheduleEditRecord e;
    e.kind = ScheduleEditKind::HolidayAdded;
    e.from_date = "2026-12-31";
    e.staff_name = kStaff;
    return e;
}

int total_changes(Database& db) {
    return sqlite3_total_changes(db.handle());
}

} // namespace

TEST_CASE("each schedule edit is stored with its schedule.* event, read back in order",
          "[groups-store][schedule-edits]") {
    Database db = migrated_memory();
    ScheduleEditRecord removed = slot_changed();
    removed.kind = ScheduleEditKind::SlotRemoved;
    ScheduleEditRecord holiday_removed = holiday_added();
    holiday_removed.kind = ScheduleEditKind::HolidayRemoved;
    const std::vector<ScheduleEditRecord> made = {
        slot_added(), slot_changed(), removed, group_changed(), holiday_added(), holiday_removed};
    for (const auto& e : made)
        record_schedule_edit(db, e, kNow);

    const std::vector<ScheduleEditRecord> read = schedule_edits(db);
    REQUIRE(read.size() == made.size());
    for (std::size_t i = 0; i < made.size(); ++i) {
        INFO(i);
        CHECK(read[i].kind == made[i].kind);
        CHECK(read[i].from_date == made[i].from_date);
        CHECK(read[i].staff_name == kStaff);
        CHECK(read[i].changed_at == kNow);
    }
    CHECK((read[1].weekday == 2 && read[1].start_time == "10:00" && read[1].old_weekday == 1 &&
           read[1].old_start == "14:00"));
    CHECK((read[3].place == "Zaal \"groot\", 1e etage" && read[3].capacity == 8));
    CHECK(read[4].group_id.empty());

    // One event per edit, linked from its row, with what the kind has and nothing else.
    CHECK(all_events(db) == 6);
    CHECK(scalar(db, "SELECT COUNT(*) FROM schedule_edits e JOIN events v ON v.id = e.event_id "
                     "AND v.type = 'schedule.' || e.kind AND v.occurred_at = e.changed_at") == 6);
    CHECK(text(db, "SELECT data FROM events WHERE type = 'schedule.slot_changed'") ==
          R"({"end":"11:30","from":"2026-12-01","group_id":"experience","old_start":"14:00",)"
          R"("old_weekday":"tuesday","staff":"Anna","start":"10:00","weekday":"wednesday"})");
    CHECK(text(db, "SELECT data FROM events WHERE type = 'schedule.slot_removed'") ==
          R"({"from":"2026-12-01","group_id":"experience","old_start":"14:00",)"
          R"("old_weekday":"tuesday","staff":"Anna"})");
    CHECK(text(db, "SELECT data FROM events WHERE type = 'schedule.group_changed'") ==
          R"({"capacity":8,"from":"2027-01-01","group_id":"coaching",)"
          R"("place":"Zaal \"groot\", 1e etage","staff":"Anna"})");
    CHECK(text(db, "SELECT data FROM events WHERE type = 'schedule.holiday_added'") ==
          R"({"from":"2026-12-31","staff":"Anna"})");
    CHECK(events_of(db, "schedule.slot_added") == 1);
    CHECK(events_of(db, "schedule.holiday_removed") == 1);
    CHECK(scalar(db, "SELECT MIN(schema) FROM events") == 1);
    // Columns a kind does not use stay empty.
    CHECK(scalar(db, "SELECT COUNT(*) FROM schedule_edits WHERE kind LIKE 'holiday_%' AND "
                     "group_id IS NULL AND weekday IS NULL AND place IS NULL") == 2);
}

TEST_CASE("malformed schedule edits are refused and nothing is written",
          "[groups-store][schedule-edits]") {
    Database db = migrated_memory();
    const int before = total_changes(db);
    const auto refused = [&](ScheduleEditRecord e, const char* now = kNow) {
        CHECK_THROWS_AS(record_schedule_edit(db, e, now), StoreError);
    };
    ScheduleEditRecord e = slot_added();
    e.weekday = 7;
    refused(e);
    e = slot_added();
    e.end_time = "24:00";
    refused(e);
    e = slot_added();
    e.start_time = "9:00";
    refused(e);
    e = slot_added();
    e.group_id = "Experience";
    refused(e);
    e = slot_added();
    e.from_date = "2026-02-30";
    refused(e);
    e = slot_added();
    e.staff_name.clear();
    refused(e);
    refused(slot_added(), "yesterday");
    e = slot_changed();
    e.old_start.clear();
    refused(e);
    e = group_changed();
    e.capacity = 0;
    refused(e);
    e = group_changed();
    e.place.clear();
    refused(e);
    CHECK(total_changes(db) == before);
    CHECK(all_events(db) == 0);
    // Fields a kind does not use are not checked.
    e = holiday_added();
    e.weekday = 9;
    e.group_id = "not checked";
    CHECK_NOTHROW(record_schedule_edit(db, e, kNow));
}

TEST_CASE("a schedule edit that fails halfway leaves neither the row nor its event",
          "[groups-store][schedule-edits]") {
    Database db = migrated_memory();
    record_schedule_edit(db, slot_added(), kNow);
    SECTION("the row cannot be written after the event was") {
        db.exec("CREATE TRIGGER no_edits BEFORE INSERT ON schedule_edits "
                "BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
    }
    SECTION("the event cannot be written") {
        db.exec("CREATE TRIGGER no_events BEFORE INSERT ON events "
                "BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
    }
    CHECK_THROWS_AS(record_schedule_edit(db, group_changed(), kNow), StoreError);
    CHECK(sqlite3_get_autocommit(db.handle()) == 1);
    CHECK(schedule_edits(db).size() == 1);
    CHECK(all_events(db) == 1);
}

TEST_CASE("migrating a version 3 database to version 4 keeps its data and adds schedule_edits",
          "[groups-store][schedule-edits]") {
    test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    {
        Database db = Database::open(path);
        migrate_to(db, 3);
        record_schedule_change(
            db, {"experience/2026-12-01T14:00", ScheduleChangeKind::Cancel, "", kStaff, ""}, kNow);
    }
    Database db = Database::open(path);
    REQUIRE(stored_schema_version(db) == 3);
    CHECK(scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schedule_edits'") == 0);
    migrate_to(db, 4);
    CHECK(stored_schema_version(db) == 4);
    CHECK(schedule_changes(db, "experience").size() == 1);
    CHECK(all_events(db) == 1);
    record_schedule_edit(db, holiday_added(), kNow);
    CHECK(schedule_edits(db).size() == 1);
}

TEST_CASE("after the capacity was lowered below the bookings, nobody loses a place and nobody "
          "moves up until there is room",
          "[groups-store][schedule-edits]") {
    Database db = migrated_memory();
    for (const char* code : {"AAA-222", "BBB-333", "CCC-444"}) {
        add_member(db, code);
        sign_up(db, kTue, 3, code, kNow);
    }
    // Staff lower the capacity to 1: the three keep their places, a newcomer waits.
    add_member(db, "DDD-555");
    const SignupResult late = sign_up(db, kTue, 1, "DDD-555", kNow);
    CHECK((late.outcome == SignupOutcome::Waiting && late.position == 1));
    CHECK(scalar(db, "SELECT COUNT(*) FROM signups WHERE state = 'booked'") == 3);
    // Two cancel: still more booked than places, so the waiter stays waiting.
    CHECK_FALSE(cancel_signup(db, kTue, 1, "AAA-222", kNow).promoted_code);
    CHECK_FALSE(cancel_signup(db, kTue, 1, "BBB-333", kNow).promoted_code);
    CHECK(events_of(db, "signup.promoted") == 0);
    // The last booked one cancels: now there is room, and the waiter gets it.
    CHECK(cancel_signup(db, kTue, 1, "CCC-444", kNow).promoted_code ==
          std::optional<std::string>("DDD-555"));
    CHECK(scalar(db, "SELECT COUNT(*) FROM signups WHERE state = 'booked'") == 1);
    CHECK_THROWS_AS(cancel_signup(db, kTue, 0, "DDD-555", kNow), StoreError);
}
