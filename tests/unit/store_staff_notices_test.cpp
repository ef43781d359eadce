// Tests for staff notices: adding, listing open ones, acknowledging.
#include "store/staff_notices.hpp"

#include "store/schema.hpp"

#include <catch2/catch.hpp>

using kiosk::store::Database;
using kiosk::store::StoreError;

TEST_CASE("staff notices stay open until acknowledged", "[store][notices]") {
    Database db = Database::open(":memory:");
    kiosk::store::migrate(db);
    CHECK(kiosk::store::open_notices(db).empty());

    const auto first =
        kiosk::store::add_notice(db, "db_recovered", "moved aside", "2026-11-22T17:05:00Z");
    const auto second =
        kiosk::store::add_notice(db, "printer", "out of paper", "2026-11-22T17:06:00Z");
    CHECK(first != second);

    auto open = kiosk::store::open_notices(db);
    REQUIRE(open.size() == 2);
    CHECK(open[0].id == first);
    CHECK(open[0].kind == "db_recovered");
    CHECK(open[0].detail == "moved aside");
    CHECK(open[0].created_at == "2026-11-22T17:05:00Z");
    CHECK(open[1].id == second);

    kiosk::store::acknowledge_notice(db, first, "2026-11-22T18:00:00Z");
    kiosk::store::acknowledge_notice(db, first, "2026-11-22T19:00:00Z"); // second tap: no change
    open = kiosk::store::open_notices(db);
    REQUIRE(open.size() == 1);
    CHECK(open[0].id == second);

    auto when = db.prepare("SELECT acknowledged_at FROM staff_notices WHERE id = ?1");
    when.bind(1, first);
    REQUIRE(when.step());
    CHECK(when.column_text(0) == "2026-11-22T18:00:00Z");
}

TEST_CASE("acknowledging an unknown notice is an error", "[store][notices]") {
    Database db = Database::open(":memory:");
    kiosk::store::migrate(db);
    CHECK_THROWS_WITH(kiosk::store::acknowledge_notice(db, 99, "2026-11-22T18:00:00Z"),
                      Catch::Contains("no staff notice with id 99"));
}
