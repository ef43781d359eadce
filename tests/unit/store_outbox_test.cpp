// Tests for the outbox: event ids, appending only inside a transaction, reading by state.
#include "store/outbox.hpp"

#include "store/schema.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

using kiosk::store::Database;
using kiosk::store::Event;
using kiosk::store::Statement;
using kiosk::store::StoreError;
using kiosk::store::Transaction;

namespace {

constexpr const char* kWhen = "2026-11-22T17:05:00Z";

Database migrated() {
    Database db = Database::open(":memory:");
    kiosk::store::migrate(db);
    return db;
}

std::int64_t all_events(Database& db) {
    Statement query = db.prepare("SELECT COUNT(*) FROM events");
    REQUIRE(query.step());
    return query.column_int64(0);
}

} // namespace

TEST_CASE("event ids are unique lower-case UUID v4 text", "[store][outbox]") {
    const std::regex uuid_v4(
        "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string id = kiosk::store::new_event_id();
        REQUIRE(id.size() == 36);
        REQUIRE(std::regex_match(id, uuid_v4));
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
}

TEST_CASE("append_event outside a transaction throws and writes nothing", "[store][outbox]") {
    Database db = migrated();
    try {
        kiosk::store::append_event(db, kiosk::store::EventKind::StatsDaily, R"({"room":"a"})",
                                   kWhen);
        FAIL("append_event ran without a transaction");
    } catch (const StoreError& error) {
        CHECK_THAT(error.what(),
                   Catch::Contains("append_event must run inside a Transaction together with "
                                   "the state change it records"));
        CHECK_THAT(error.what(), Catch::Contains("stats.daily"));
    }
    CHECK(all_events(db) == 0);
}

TEST_CASE("append_event stores the event with the state change it records", "[store][outbox]") {
    Database db = migrated();
    db.exec("CREATE TABLE visits (n INTEGER)");
    std::string first;
    std::string second;
    {
        Transaction transaction(db);
        db.exec("INSERT INTO visits VALUES (1)");
        first = kiosk::store::append_event(db, kiosk::store::EventKind::StatsDaily,
                                           R"({"room":"a"})", kWhen);
        second = kiosk::store::append_event(db, kiosk::store::EventKind::StatsDays,
                                            R"({"room":"a","n":2})", "2026-11-22T17:06:00.250Z", 3);
        transaction.commit();
    }
    CHECK(first != second);
    CHECK(kiosk::store::count_events(db, kiosk::store::kQueued) == 2);
    CHECK(kiosk::store::count_events(db, kiosk::store::kDelivered) == 0);

    const std::vector<Event> events = kiosk::store::events_in_state(db, "queued", 10);
    REQUIRE(events.size() == 2);
    CHECK(events[0].id == first);
    CHECK(events[0].type == "stats.daily");
    CHECK(events[0].occurred_at == kWhen);
    CHECK(events[0].schema == 1);
    CHECK(events[0].data_json == R"({"room":"a"})");
    CHECK(events[1].id == second);
    CHECK(events[1].type == "stats.days");
    CHECK(events[1].occurred_at == "2026-11-22T17:06:00.250Z");
    CHECK(events[1].schema == 3);

    Statement seqs = db.prepare("SELECT seq FROM events ORDER BY seq");
    REQUIRE(seqs.step());
    CHECK(seqs.column_int64(0) == 1);
    REQUIRE(seqs.step());
    CHECK(seqs.column_int64(0) == 2);

    const auto limited = kiosk::store::events_in_state(db, "queued", 1);
    REQUIRE(limited.size() == 1);
    CHECK(limited[0].id == first);
}

TEST_CASE("a rolled-back transaction takes its events with it", "[store][outbox]") {
    Database db = migrated();
    {
        Transaction transaction(db);
        kiosk::store::append_event(db, kiosk::store::EventKind::StatsDaily, "{}", kWhen);
    }
    CHECK(all_events(db) == 0);
}

TEST_CASE("events are listed in insertion order, per state", "[store][outbox]") {
    Database db = migrated();
    std::vector<std::string> ids;
    for (int i = 0; i < 5; ++i) {
        Transaction transaction(db);
        ids.push_back(
            kiosk::store::append_event(db, kiosk::store::EventKind::StatsDaily, "{}", kWhen));
        transaction.commit();
    }
    db.exec("UPDATE events SET state = 'delivered' WHERE seq IN (2, 4)");
    const auto queued = kiosk::store::events_in_state(db, "queued", 100);
    REQUIRE(queued.size() == 3);
    CHECK(queued[0].id == ids[0]);
    CHECK(queued[1].id == ids[2]);
    CHECK(queued[2].id == ids[4]);
    const auto delivered = kiosk::store::events_in_state(db, "delivered", 100);
    REQUIRE(delivered.size() == 2);
    CHECK(delivered[0].id == ids[1]);
    CHECK(delivered[1].id == ids[3]);
    CHECK(kiosk::store::count_events(db, "in_flight") == 0);
    CHECK(kiosk::store::count_events(db, "quarantined") == 0);
}

TEST_CASE("append_event rejects bad data and writes nothing", "[store][outbox]") {
    Database db = migrated();
    Transaction transaction(db);
    CHECK_THROWS_WITH(
        kiosk::store::append_event(db, kiosk::store::EventKind::StatsDaily, "[1,2]", kWhen),
        Catch::Contains("is not a JSON object"));
    CHECK_THROWS_WITH(
        kiosk::store::append_event(db, kiosk::store::EventKind::StatsDaily, "{not json", kWhen),
        Catch::Contains("is not a JSON object"));
    CHECK_THROWS_WITH(kiosk::store::append_event(db, kiosk::store::EventKind::StatsDaily, "{}",
                                                 "2026-11-22 17:05:00"),
                      Catch::Contains("is not RFC 3339 UTC"));
    CHECK_THROWS_WITH(kiosk::store::append_event(db, kiosk::store::EventKind::StatsDaily, "{}",
                                                 "2026-11-22T17:05:00+01:00"),
                      Catch::Contains("is not RFC 3339 UTC"));
    CHECK(all_events(db) == 0);
}

TEST_CASE("unknown outbox states are refused", "[store][outbox]") {
    Database db = migrated();
    CHECK_THROWS_WITH(kiosk::store::count_events(db, "sent"),
                      Catch::Contains("unknown outbox state 'sent'"));
    CHECK_THROWS_AS(kiosk::store::events_in_state(db, "", 10), StoreError);
}

TEST_CASE("every event kind has a wire type, a retention class and a sensitivity",
          "[store][outbox]") {
    using kiosk::store::EventKind;
    using kiosk::store::kEventKinds;
    using kiosk::store::Retention;
    using kiosk::store::Sensitivity;
    for (const auto& k : kEventKinds) {
        CHECK(kiosk::store::event_kind(k.type) == k.kind);
        CHECK(k.type.find('.') != std::string_view::npos);
        // A member code is never kept after the server has it for longer than its data.
        if (k.sensitivity == Sensitivity::Pseudonymous)
            CHECK(k.retention != Retention::UntilDelivered);
    }
    CHECK_FALSE(kiosk::store::event_kind("visit.checked_in"));
    CHECK(kiosk::store::info(EventKind::InterestSubmitted).sensitivity == Sensitivity::Contact);
    CHECK(kiosk::store::type_of(EventKind::StatsDays) == "stats.days");
}

TEST_CASE("docs/privacy.md names every event kind with how long it is kept", "[store][outbox]") {
    using kiosk::store::Retention;
    std::ifstream in(std::string(KIOSK_TEST_SOURCE_DIR) + "/docs/privacy.md");
    REQUIRE(in);
    std::vector<std::string> rows;
    for (std::string line; std::getline(in, line);)
        if (line.rfind("| `", 0) == 0)
            rows.push_back(line);
    const auto kept_until = [](Retention r) {
        switch (r) {
        case Retention::WithSession:
            return "its session's data is deleted";
        case Retention::WithMember:
            return "its member code is deleted";
        case Retention::WithInterestForm:
            return "its interest form is deleted";
        case Retention::UntilDelivered:
            return "delivered + `retention.days`";
        }
        return "";
    };
    for (const auto& k : kiosk::store::kEventKinds) {
        INFO(k.type);
        const std::string name = "`" + std::string(k.type) + "`";
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const std::string& r) {
            return r.find(name) != std::string::npos;
        });
        REQUIRE(row != rows.end());
        CHECK_THAT(*row, Catch::Contains(kept_until(k.retention)));
    }
}
