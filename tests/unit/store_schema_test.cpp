// Tests for the schema migrations: fresh databases, idempotence, and refusing newer files.
#include "store/schema.hpp"

#include <catch2/catch.hpp>

using kiosk::store::Database;
using kiosk::store::SchemaTooNewError;
using kiosk::store::Statement;
using kiosk::store::StoreError;

namespace {

bool has_object(Database& db, const std::string& type, const std::string& name) {
    Statement query = db.prepare("SELECT 1 FROM sqlite_master WHERE type = ?1 AND name = ?2");
    query.bind(1, type);
    query.bind(2, name);
    return query.step();
}

} // namespace

TEST_CASE("migrate builds the current schema on an empty database", "[store][schema]") {
    Database db = Database::open(":memory:");
    CHECK(kiosk::store::stored_schema_version(db) == 0);
    REQUIRE(kiosk::store::current_schema_version() >= 1);

    kiosk::store::migrate(db);

    CHECK(kiosk::store::stored_schema_version(db) == kiosk::store::current_schema_version());
    CHECK(has_object(db, "table", "events"));
    CHECK(has_object(db, "table", "staff_notices"));
    CHECK(has_object(db, "index", "events_state_seq"));
    CHECK(sqlite3_get_autocommit(db.handle()) == 1);
}

TEST_CASE("migrate is idempotent", "[store][schema]") {
    Database db = Database::open(":memory:");
    kiosk::store::migrate(db);
    db.exec("INSERT INTO staff_notices (created_at, kind, detail) "
            "VALUES ('2026-11-22T17:05:00Z', 'test', 'kept')");
    kiosk::store::migrate(db);
    kiosk::store::migrate(db);
    CHECK(kiosk::store::stored_schema_version(db) == kiosk::store::current_schema_version());
    Statement query = db.prepare("SELECT COUNT(*) FROM staff_notices");
    REQUIRE(query.step());
    CHECK(query.column_int64(0) == 1);
}

TEST_CASE("the events table enforces its columns", "[store][schema]") {
    Database db = Database::open(":memory:");
    kiosk::store::migrate(db);
    db.exec("INSERT INTO events (id, seq, type, occurred_at, schema, data) "
            "VALUES ('a', 1, 't', '2026-11-22T17:05:00Z', 1, '{}')");
    Statement row = db.prepare("SELECT state, attempts, last_error IS NULL FROM events");
    REQUIRE(row.step());
    CHECK(row.column_text(0) == "queued");
    CHECK(row.column_int64(1) == 0);
    CHECK(row.column_int64(2) == 1);

    CHECK_THROWS_WITH(db.exec("UPDATE events SET state = 'lost'"),
                      Catch::Contains("CHECK constraint failed"));
    CHECK_THROWS_WITH(db.exec("INSERT INTO events (id, seq, type, occurred_at, schema, data) "
                              "VALUES ('b', 1, 't', '2026-11-22T17:05:00Z', 1, '{}')"),
                      Catch::Contains("UNIQUE constraint failed: events.seq"));
    CHECK_THROWS_WITH(db.exec("INSERT INTO events (id, seq, type, occurred_at, schema, data) "
                              "VALUES ('a', 2, 't', '2026-11-22T17:05:00Z', 1, '{}')"),
                      Catch::Contains("UNIQUE constraint failed: events.id"));
}

TEST_CASE("migrate refuses a database from a newer kiosk", "[store][schema]") {
    Database db = Database::open(":memory:");
    const int newer = kiosk::store::current_schema_version() + 6;
    db.exec("PRAGMA user_version = " + std::to_string(newer));
    try {
        kiosk::store::migrate(db);
        FAIL("migrate accepted a newer schema");
    } catch (const SchemaTooNewError& error) {
        CHECK(error.found_version() == newer);
        CHECK(error.known_version() == kiosk::store::current_schema_version());
        CHECK(error.code() == SQLITE_ERROR);
        const std::string expected_start = "database schema version " + std::to_string(newer);
        const std::string expected_end = "is newer than this kiosk (knows up to " +
                                         std::to_string(kiosk::store::current_schema_version()) +
                                         "): install the newer kiosk, or move the file aside";
        CHECK_THAT(error.what(), Catch::StartsWith(expected_start));
        CHECK_THAT(error.what(), Catch::EndsWith(expected_end));
    }
    CHECK(kiosk::store::stored_schema_version(db) == newer);
    CHECK_FALSE(has_object(db, "table", "events"));
    CHECK_THROWS_AS(kiosk::store::migrate(db), StoreError); // still a StoreError for callers
}
