// Tests for settings changed on the kiosk: one row per key, replaced in place, forgotten by
// prefix (and "_" in a prefix is not a wildcard).
#include "store/kiosk_settings.hpp"

#include "store/schema.hpp"

#include <catch2/catch.hpp>

using kiosk::store::Database;
using kiosk::store::KioskSetting;

TEST_CASE("a kiosk setting is stored once per key, replaced and forgotten", "[store][settings]") {
    Database db = Database::open(":memory:");
    kiosk::store::migrate(db);
    CHECK(kiosk::store::read_kiosk_settings(db).empty());

    kiosk::store::put_kiosk_setting(db, {"speech.volume", "80", "Sam", "2026-12-04T08:00:00Z"});
    kiosk::store::put_kiosk_setting(
        db, {"speech.device", "plughw:CARD=Headphones,DEV=0", "Sam", "2026-12-04T08:01:00Z"});
    kiosk::store::put_kiosk_setting(db, {"speech.volume", "90", "Ana", "2026-12-04T09:00:00Z"});
    kiosk::store::put_kiosk_setting(db, {"speechXvolume", "5", "Ana", "2026-12-04T09:00:00Z"});

    auto rows = kiosk::store::read_kiosk_settings(db);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].key == "speech.device");
    CHECK(rows[0].value == "plughw:CARD=Headphones,DEV=0");
    CHECK(rows[1].key == "speech.volume");
    CHECK(rows[1].value == "90"); // the newer value, by whom and when
    CHECK(rows[1].staff_name == "Ana");
    CHECK(rows[1].changed_at == "2026-12-04T09:00:00Z");

    CHECK(kiosk::store::forget_kiosk_settings(db, "speech.") == 2);
    rows = kiosk::store::read_kiosk_settings(db);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].key == "speechXvolume");
    CHECK(kiosk::store::forget_kiosk_settings(db, "speech_") == 0); // "_" matches only "_"
}
