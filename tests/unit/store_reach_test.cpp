// Tests for reach statistics in SQLite: adding counts, closing finished days into one
// stats.daily outbox event each, late counts, atomicity, and the migration to schema 2.
#include "store/reach_store.hpp"

#include "store/outbox.hpp"
#include "store/schema.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using kiosk::CounterDelta;
using kiosk::store::Database;
using kiosk::store::Event;
using kiosk::store::Statement;
using kiosk::store::StoreError;

namespace {

constexpr const char* kNow = "2026-11-22T00:30:00Z";
constexpr const char* kKiosk = "amsterdam-oost";

Database migrated() {
    Database db = Database::open(":memory:");
    kiosk::store::migrate(db);
    return db;
}

std::int64_t single_int(Database& db, const std::string& sql) {
    Statement query = db.prepare(sql);
    REQUIRE(query.step());
    return query.column_int64(0);
}

std::int64_t counter_rows(Database& db) {
    return single_int(db, "SELECT COUNT(*) FROM reach_counters");
}

std::vector<Event> daily_events(Database& db) {
    std::vector<Event> daily;
    for (Event& event : kiosk::store::events_in_state(db, kiosk::store::kQueued, 1000)) {
        if (event.type == "stats.daily") {
            daily.push_back(std::move(event));
        }
    }
    return daily;
}

// Every closed day has exactly one stats.daily event for that day, and every such event
// closed a day.
void require_closed_days_match_events(Database& db) {
    CHECK(single_int(db, "SELECT COUNT(*) FROM reach_days_closed") ==
          single_int(db, "SELECT COUNT(*) FROM events WHERE type = 'stats.daily'"));
    CHECK(single_int(db, "SELECT COUNT(*) FROM reach_days_closed c JOIN events e "
                         "ON e.id = c.event_id AND e.type = 'stats.daily' "
                         "AND json_extract(e.data, '$.day') = c.day") ==
          single_int(db, "SELECT COUNT(*) FROM reach_days_closed"));
}

// Two finished days and today.
void add_three_days(Database& db) {
    kiosk::store::add_counts(db, {
                                     {"2026-11-20", "visit", "", 12},
                                     {"2026-11-20", "language", "nl", 5},
                                     {"2026-11-20", "language", "en", 7},
                                     {"2026-11-20", "mix", "ghb+alcohol", 2},
                                     {"2026-11-20", "qr", "mainline", 1},
                                     {"2026-11-21", "visit", "", 3},
                                     {"2026-11-21", "emergency", "", 1},
                                     {"2026-11-22", "visit", "", 4},
                                 });
}

} // namespace

TEST_CASE("add_counts sums counts across calls", "[stats][store]") {
    Database db = migrated();
    kiosk::store::add_counts(db,
                             {{"2026-11-22", "visit", "", 2}, {"2026-11-22", "topic", "help", 1}});
    kiosk::store::add_counts(db, {{"2026-11-22", "visit", "", 3},
                                  {"2026-11-22", "mix", "mdma+alcohol", 1},
                                  {"2026-11-22", "mix", "alcohol+mdma", 1},
                                  {"2026-11-23", "visit", "", 1},
                                  {"2026-11-22", "substance", "ghb", 0}});
    kiosk::store::add_counts(db, {});

    const std::vector<CounterDelta> day = kiosk::store::counts_for_day(db, "2026-11-22");
    REQUIRE(day.size() == 3);
    CHECK((day[0].metric == "mix" && day[0].key == "alcohol+mdma" && day[0].count == 2));
    CHECK((day[1].metric == "topic" && day[1].key == "help" && day[1].count == 1));
    CHECK((day[2].metric == "visit" && day[2].key.empty() && day[2].count == 5));
    CHECK(kiosk::store::counts_for_day(db, "2026-11-23").size() == 1);
    CHECK(kiosk::store::counts_for_day(db, "2026-11-24").empty());
    CHECK(counter_rows(db) == 4); // the zero count made no row
}

TEST_CASE("add_counts writes all of a batch or nothing", "[stats][store]") {
    Database db = migrated();
    kiosk::store::add_counts(db, {{"2026-11-22", "visit", "", 1}});

    CHECK_THROWS_WITH(kiosk::store::add_counts(db, {{"2026-11-22", "visit", "", 1},
                                                    {"2026-11-22", "search", "heroin", 1}}),
                      Catch::Contains("refused counter"));
    CHECK_THROWS_AS(kiosk::store::add_counts(db, {{"2026-11-22T17:00", "visit", "", 1}}),
                    StoreError);
    CHECK_THROWS_AS(kiosk::store::add_counts(db, {{"2026-11-22", "visit", "", -1}}), StoreError);
    CHECK_THROWS_AS(kiosk::store::add_counts(db, {{"2026-11-22", "topic", "free text", 1}}),
                    StoreError);

    // A failure inside SQLite half-way through the batch rolls the whole batch back.
    db.exec("CREATE TEMP TRIGGER refuse_ghb BEFORE INSERT ON reach_counters "
            "WHEN NEW.key = 'ghb' BEGIN SELECT RAISE(ABORT, 'provoked'); END");
    CHECK_THROWS_WITH(kiosk::store::add_counts(db, {{"2026-11-22", "visit", "", 1},
                                                    {"2026-11-22", "substance", "ghb", 1}}),
                      Catch::Contains("provoked"));
    CHECK(sqlite3_get_autocommit(db.handle()) == 1);

    const std::vector<CounterDelta> day = kiosk::store::counts_for_day(db, "2026-11-22");
    REQUIRE(day.size() == 1);
    CHECK(day[0].count == 1);
}

TEST_CASE("close_finished_days makes one stats.daily event per finished day", "[stats][store]") {
    Database db = migrated();
    add_three_days(db);

    CHECK(kiosk::store::close_finished_days(db, "2026-11-22", kKiosk, kNow) == 2);

    const std::vector<Event> events = daily_events(db);
    REQUIRE(events.size() == 2);
    CHECK(events[0].data_json ==
          R"({"counters":{"language":{"en":7,"nl":5},"mix":{"alcohol+ghb":2},"qr":{"mainline":1},)"
          R"("visit":{"":12}},"day":"2026-11-20","kiosk_id":"amsterdam-oost"})");
    CHECK(events[1].data_json == R"({"counters":{"emergency":{"":1},"visit":{"":3}},)"
                                 R"("day":"2026-11-21","kiosk_id":"amsterdam-oost"})");
    for (const Event& event : events) {
        CHECK(event.occurred_at == kNow);
        CHECK(event.schema == 1);
    }
    CHECK(kiosk::store::closing_event_id(db, "2026-11-20") == events[0].id);
    CHECK(kiosk::store::closing_event_id(db, "2026-11-21") == events[1].id);
    CHECK_FALSE(kiosk::store::closing_event_id(db, "2026-11-22")); // today stays open
    CHECK(kiosk::store::count_events(db, kiosk::store::kQueued) == 2);
    require_closed_days_match_events(db);

    // The counters themselves stay for the staff screen.
    CHECK(kiosk::store::counts_for_day(db, "2026-11-20").size() == 5);
}

TEST_CASE("close_finished_days is idempotent and closes today only once it is past",
          "[stats][store]") {
    Database db = migrated();
    add_three_days(db);
    REQUIRE(kiosk::store::close_finished_days(db, "2026-11-22", kKiosk, kNow) == 2);

    CHECK(kiosk::store::close_finished_days(db, "2026-11-22", kKiosk, kNow) == 0);
    CHECK(kiosk::store::close_finished_days(db, "2026-11-21", kKiosk, kNow) == 0);
    CHECK(daily_events(db).size() == 2);

    CHECK(kiosk::store::close_finished_days(db, "2026-11-23", kKiosk, "2026-11-23T00:05:00Z") == 1);
    CHECK(kiosk::store::close_finished_days(db, "2026-11-23", kKiosk, "2026-11-23T01:05:00Z") == 0);
    const std::vector<Event> events = daily_events(db);
    REQUIRE(events.size() == 3);
    CHECK(events[2].data_json ==
          R"({"counters":{"visit":{"":4}},"day":"2026-11-22","kiosk_id":"amsterdam-oost"})");
    require_closed_days_match_events(db);

    CHECK_THROWS_WITH(kiosk::store::close_finished_days(db, "2026-11-23T00:00", kKiosk, kNow),
                      Catch::Contains("is not a local date"));
}

TEST_CASE("a late count for a closed day is kept locally but not sent", "[stats][store]") {
    Database db = migrated();
    add_three_days(db);
    REQUIRE(kiosk::store::close_finished_days(db, "2026-11-22", kKiosk, kNow) == 2);
    const std::string sent = daily_events(db)[0].data_json;

    kiosk::store::add_counts(db, {{"2026-11-20", "visit", "", 1}});

    const std::vector<CounterDelta> day = kiosk::store::counts_for_day(db, "2026-11-20");
    REQUIRE(day.back().metric == "visit");
    CHECK(day.back().count == 13);
    CHECK(kiosk::store::close_finished_days(db, "2026-11-22", kKiosk, kNow) == 0);
    const std::vector<Event> events = daily_events(db);
    REQUIRE(events.size() == 2);
    CHECK(events[0].data_json == sent); // the snapshot sent at closing is unchanged
    require_closed_days_match_events(db);
}

TEST_CASE("a day's closing mark and its event are written together or not at all",
          "[stats][store]") {
    Database db = migrated();
    add_three_days(db);
    // Make marking the second day fail after its event was appended.
    db.exec("CREATE TEMP TRIGGER refuse_21 BEFORE INSERT ON reach_days_closed "
            "WHEN NEW.day = '2026-11-21' BEGIN SELECT RAISE(ABORT, 'provoked'); END");

    CHECK_THROWS_WITH(kiosk::store::close_finished_days(db, "2026-11-22", kKiosk, kNow),
                      Catch::Contains("provoked"));
    CHECK(sqlite3_get_autocommit(db.handle()) == 1);
    CHECK(kiosk::store::closing_event_id(db, "2026-11-20")); // closed before the failure
    CHECK_FALSE(kiosk::store::closing_event_id(db, "2026-11-21"));
    REQUIRE(daily_events(db).size() == 1); // the 21st's event was rolled back
    require_closed_days_match_events(db);

    // A bad occurred_at fails before anything is written, too.
    db.exec("DROP TRIGGER refuse_21");
    CHECK_THROWS_AS(kiosk::store::close_finished_days(db, "2026-11-22", kKiosk, "now"), StoreError);
    CHECK(daily_events(db).size() == 1);
    require_closed_days_match_events(db);

    CHECK(kiosk::store::close_finished_days(db, "2026-11-22", kKiosk, kNow) == 1);
    const std::vector<Event> events = daily_events(db);
    REQUIRE(events.size() == 2);
    CHECK(events[1].data_json == R"({"counters":{"emergency":{"":1},"visit":{"":3}},)"
                                 R"("day":"2026-11-21","kiosk_id":"amsterdam-oost"})");
    require_closed_days_match_events(db);
}

TEST_CASE("migrating a version 1 database to version 2 keeps its events", "[stats][store]") {
    kiosk::store::test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    std::string old_id;
    {
        Database db = Database::open(path);
        kiosk::store::migrate_to(db, 1);
        REQUIRE(kiosk::store::stored_schema_version(db) == 1);
        kiosk::store::Transaction transaction(db);
        old_id = kiosk::store::append_event(db, kiosk::store::EventKind::SessionClosed,
                                            R"({"session_id":"a/2026-11-22T10:00"})", kNow);
        transaction.commit();
    }
    Database db = Database::open(path);
    CHECK(kiosk::store::stored_schema_version(db) == 1);
    CHECK(single_int(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'reach_counters'") == 0);

    kiosk::store::migrate_to(db, 2);

    CHECK(kiosk::store::current_schema_version() >= 2);
    CHECK(kiosk::store::stored_schema_version(db) == 2);
    const std::vector<Event> events = kiosk::store::events_in_state(db, kiosk::store::kQueued, 10);
    REQUIRE(events.size() == 1);
    CHECK(events[0].id == old_id);
    CHECK(events[0].data_json == R"({"session_id":"a/2026-11-22T10:00"})");

    add_three_days(db);
    CHECK(kiosk::store::close_finished_days(db, "2026-11-22", kKiosk, kNow) == 2);
    CHECK(kiosk::store::count_events(db, kiosk::store::kQueued) == 3);
    require_closed_days_match_events(db);

    CHECK_THROWS_AS(kiosk::store::migrate_to(db, kiosk::store::current_schema_version() + 1),
                    StoreError);
    kiosk::store::migrate_to(db, 1); // never goes back
    CHECK(kiosk::store::stored_schema_version(db) == 2);
}
