// The kiosk.health report, piece by piece: its data from plain readings (every field, and
// what is left out when the machine does not say), the sysfs reader on a folder laid out
// like /sys, the store's one-waiting-report rule, and the at-most-hourly cadence.
#include "core/device_health.hpp"
#include "platform/hardware_health.hpp"
#include "store/health_store.hpp"
#include "store/outbox.hpp"
#include "store/outbox_delivery.hpp"
#include "store/schema.hpp"
#include "sync/health_report.hpp"

#include "store_test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace kiosk;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kWhen = "2026-11-22T17:05:00Z";

void write(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file) << text << "\n";
}

sync::HealthReport full_report() {
    sync::HealthReport r;
    r.version = "1.4.0";
    r.uptime_s = 7260;
    r.queue_depth = 12;
    r.oldest_undelivered_age_s = 340;
    r.last_upload_error = sync::UploadError{"offline", "2026-11-22T16:00:00Z"};
    r.app.clock_trusted = true;
    r.app.screen_on = false;
    r.app.frame_failures = 2;
    r.app.content_fallbacks = 3;
    r.app.bundle_version = 17;
    r.hardware.cpu_temp_c = 61.237;
    r.hardware.throttling = throttling_from_bits(0x50005);
    r.hardware.free_disk_bytes = 5'000'000'000;
    OpeningHours hours;
    hours.days[0] = {{9 * 60, 17 * 60}};
    hours.days[4] = {{12 * 60, 16 * 60}, {20 * 60, 2 * 60}};
    r.opening_hours = hours;
    r.time_zone = "Europe/Amsterdam";
    return r;
}

std::vector<store::Event> health_in(store::Database& db, const std::string& state) {
    std::vector<store::Event> found;
    for (auto& e : store::events_in_state(db, state, 1000))
        if (e.type == "kiosk.health")
            found.push_back(std::move(e));
    return found;
}

store::Database migrated() {
    store::Database db = store::Database::open(":memory:");
    store::migrate(db);
    return db;
}

} // namespace

TEST_CASE("the health data carries every reading, typed as the console reads it", "[health]") {
    const json data = json::parse(sync::health_json(full_report()));
    CHECK(data["version"] == "1.4.0");
    CHECK(data["uptime_s"] == 7260);
    CHECK(data["queue_depth"] == 12);
    CHECK(data["oldest_undelivered_age_s"] == 340);
    CHECK(data["last_upload_error"] == json{{"kind", "offline"}, {"at", "2026-11-22T16:00:00Z"}});
    CHECK(data["bundle_version"] == 17);
    CHECK(data["screen_on"] == false);
    CHECK(data["frame_failures"] == 2);
    CHECK(data["content_fallbacks"] == 3);
    CHECK(data["free_disk_bytes"] == 5'000'000'000);
    CHECK(data["cpu_temp_c"].get<double>() == Approx(61.2));
    const json& t = data["throttling"];
    CHECK(t["under_voltage_now"] == true);
    CHECK(t["freq_capped_now"] == false);
    CHECK(t["throttled_now"] == true);
    CHECK(t["soft_temp_limit_now"] == false);
    CHECK(t["under_voltage_since_boot"] == true);
    CHECK(t["freq_capped_since_boot"] == false);
    CHECK(t["throttled_since_boot"] == true);
    CHECK(t["soft_temp_limit_since_boot"] == false);
    CHECK(t.size() == 8);
    const json& open = data["opening_hours"];
    CHECK(open["monday"] == "09:00-17:00");
    CHECK(open["friday"] == "12:00-16:00, 20:00-02:00");
    CHECK(open["sunday"] == "closed");
    CHECK(open.size() == 7);
    CHECK(data["time_zone"] == "Europe/Amsterdam");
    // Nothing else: in particular nothing about visits or languages.
    CHECK(data.size() == 14);
}

TEST_CASE("readings the machine does not give are left out, never made up", "[health]") {
    sync::HealthReport r = full_report();
    r.hardware = HardwareHealth{};
    r.app.bundle_version.reset();
    r.oldest_undelivered_age_s.reset();
    r.last_upload_error.reset();
    r.opening_hours.reset(); // no [screen] open: the console cannot know when it is open
    const json data = json::parse(sync::health_json(r));
    CHECK_FALSE(data.contains("opening_hours"));
    CHECK_FALSE(data.contains("time_zone"));
    CHECK_FALSE(data.contains("cpu_temp_c"));
    CHECK_FALSE(data.contains("throttling"));
    CHECK_FALSE(data.contains("free_disk_bytes"));
    CHECK(data["bundle_version"].is_null());
    CHECK(data["oldest_undelivered_age_s"].is_null());
    CHECK(data["last_upload_error"].is_null()); // the last attempt went through
    CHECK(data["queue_depth"] == 12);
}

TEST_CASE("get_throttled's bits: 0-3 now, 16-19 since boot", "[health]") {
    const Throttling none = throttling_from_bits(0);
    CHECK_FALSE((none.under_voltage_now || none.freq_capped_now || none.throttled_now ||
                 none.soft_temp_limit_now || none.under_voltage_since_boot ||
                 none.freq_capped_since_boot || none.throttled_since_boot ||
                 none.soft_temp_limit_since_boot));
    const Throttling soft = throttling_from_bits(0x80008);
    CHECK(soft.soft_temp_limit_now);
    CHECK(soft.soft_temp_limit_since_boot);
    CHECK_FALSE(soft.throttled_now);
    const Throttling capped = throttling_from_bits(0x20002);
    CHECK(capped.freq_capped_now);
    CHECK(capped.freq_capped_since_boot);
    CHECK_FALSE(capped.under_voltage_now);
}

TEST_CASE("the sysfs reader on a folder laid out like a Raspberry Pi's /sys", "[health]") {
    kiosk::store::test::TempDir sys;
    write(sys.file("class/thermal/thermal_zone0/temp"), "48312");
    write(sys.file("devices/platform/soc/soc:firmware/get_throttled"), "50000");
    const HardwareHealth h = platform::read_hardware_health(sys.path(), sys.path());
    REQUIRE(h.cpu_temp_c);
    CHECK(*h.cpu_temp_c == Approx(48.312));
    REQUIRE(h.throttling);
    CHECK(h.throttling->under_voltage_since_boot);
    CHECK(h.throttling->throttled_since_boot);
    CHECK_FALSE(h.throttling->under_voltage_now);
    CHECK_FALSE(h.throttling->throttled_now);
    REQUIRE(h.free_disk_bytes);
    CHECK(*h.free_disk_bytes > 0);
}

TEST_CASE("get_throttled under another firmware node (a Pi 5) is found too", "[health]") {
    kiosk::store::test::TempDir sys;
    write(sys.file("devices/platform/axi/axi:firmware/get_throttled"), "5");
    const HardwareHealth h = platform::read_hardware_health(sys.path(), sys.path());
    REQUIRE(h.throttling);
    CHECK(h.throttling->under_voltage_now);
    CHECK(h.throttling->throttled_now);
    CHECK_FALSE(h.throttling->under_voltage_since_boot);
}

TEST_CASE("without the files, or with nonsense in them, the readings stay empty", "[health]") {
    kiosk::store::test::TempDir sys;
    SECTION("nothing there (not a Pi, no thermal zone, no data folder)") {
        const HardwareHealth h = platform::read_hardware_health(sys.path(), sys.file("gone"));
        CHECK_FALSE(h.cpu_temp_c);
        CHECK_FALSE(h.throttling);
        CHECK_FALSE(h.free_disk_bytes);
    }
    SECTION("unreadable values") {
        write(sys.file("class/thermal/thermal_zone0/temp"), "hot");
        write(sys.file("devices/platform/soc/soc:firmware/get_throttled"), "");
        const HardwareHealth h = platform::read_hardware_health(sys.path(), sys.path());
        CHECK_FALSE(h.cpu_temp_c);
        CHECK_FALSE(h.throttling);
    }
}

TEST_CASE("a new health report replaces the one still queued, in one transaction",
          "[health][store]") {
    store::Database db = migrated();
    const auto first = store::record_health(db, R"({"n":1})", kWhen);
    CHECK(first.replaced == 0);
    const auto second = store::record_health(db, R"({"n":2})", kWhen);
    CHECK(second.replaced == 1);
    const auto queued = health_in(db, store::kQueued);
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].id == second.id);
    CHECK(queued[0].data_json == R"({"n":2})");
}

TEST_CASE("a health report in flight is kept, the new one waits beside it", "[health][store]") {
    store::Database db = migrated();
    const auto sending = store::record_health(db, R"({"n":1})", kWhen);
    REQUIRE(store::claim_batch(db, 10).size() == 1); // now in flight
    const auto next = store::record_health(db, R"({"n":2})", kWhen);
    CHECK(next.replaced == 0);
    const auto in_flight = health_in(db, store::kInFlight);
    REQUIRE(in_flight.size() == 1);
    CHECK(in_flight[0].id == sending.id);
    const auto queued = health_in(db, store::kQueued);
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].id == next.id);
    // Delivered and quarantined reports are never touched either.
    store::settle_batch(db, {sending.id}, {}, {}, "", kWhen);
    store::record_health(db, R"({"n":3})", kWhen);
    CHECK(health_in(db, store::kDelivered).size() == 1);
    CHECK(health_in(db, store::kQueued).size() == 1);
}

TEST_CASE("a failed append leaves the queued report in place", "[health][store]") {
    store::Database db = migrated();
    const auto kept = store::record_health(db, R"({"n":1})", kWhen);
    CHECK_THROWS(store::record_health(db, "not json", kWhen));
    const auto queued = health_in(db, store::kQueued);
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].id == kept.id);
}

TEST_CASE("the queue it reports on leaves health reports out", "[health][store]") {
    store::Database db = migrated();
    CHECK(store::waiting_besides_health(db).count == 0);
    CHECK_FALSE(store::waiting_besides_health(db).oldest_occurred_at);
    store::record_health(db, "{}", "2026-11-20T08:00:00Z");
    {
        store::Transaction t(db);
        store::append_event(db, store::EventKind::StatsDaily, "{}", "2026-11-21T09:00:00Z");
        store::append_event(db, store::EventKind::StatsDaily, "{}", "2026-11-22T09:00:00Z");
        t.commit();
    }
    store::claim_batch(db, 2); // the report and the first stats are in flight: still waiting
    const auto waiting = store::waiting_besides_health(db);
    CHECK(waiting.count == 2);
    CHECK(waiting.oldest_occurred_at == std::optional<std::string>("2026-11-21T09:00:00Z"));
}

TEST_CASE("health reports: at most one an hour, none before the clock is trusted", "[health]") {
    using namespace std::chrono_literals;
    const auto start = std::chrono::steady_clock::time_point{} + 1000h;
    sync::HealthCadence cadence;
    CHECK_FALSE(cadence.due(start, false));
    CHECK(cadence.due(start, true));
    cadence.recorded(start);
    CHECK_FALSE(cadence.due(start + 15min, true));
    CHECK_FALSE(cadence.due(start + 59min + 59s, true));
    CHECK(cadence.due(start + 1h, true));
    CHECK_FALSE(cadence.due(start + 2h, false));
}
