// The kiosk.health report end to end: recorded by the kiosk's own uploader just before an
// attempt, sent to the real receiver on 127.0.0.1 in that same attempt, read back by the
// console's own reader (receiver/console/fleet.cpp) so the field names and types are the
// contract; at most one an hour, none before the clock is trusted, and an unsent one is
// replaced by the next while the kiosk is offline.
#include "sync_test_support.hpp"

#include "fleet.hpp"
#include "store/outbox.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace sync_test;
using receiver_test::ConfigOptions;
using receiver_test::Receiver;
using receiver_test::TempDir;

namespace {

kiosk::AppHealth trusted_app() {
    kiosk::AppHealth app;
    app.clock_trusted = true;
    app.screen_on = true;
    app.frame_failures = 1;
    app.content_fallbacks = 2;
    app.bundle_version = 9;
    return app;
}

kiosk::HardwareHealth pi_readings() {
    kiosk::HardwareHealth h;
    h.cpu_temp_c = 52.4;
    h.throttling = kiosk::throttling_from_bits(0x50000); // under-voltage since boot
    h.free_disk_bytes = 3'000'000'000;
    return h;
}

kiosk::sync::ServiceOptions health_options(const std::string& data, const std::string& url) {
    auto options = service_options(data, url);
    options.version = "9.8.7";
    options.read_hardware = pi_readings;
    kiosk::OpeningHours hours;
    hours.days[2] = {{10 * 60, 16 * 60}}; // Wednesdays only
    options.opening_hours = hours;
    options.time_zone = "Europe/Amsterdam";
    return options;
}

// The receiver's kiosk.health rows, as the console reads them.
std::vector<receiver::ExportRow> health_rows(const TempDir& receiver_dir) {
    auto db = kiosk::store::Database::open(receiver_dir.file("receiver.db"),
                                           kiosk::store::Database::Mode::ReadOnly);
    auto query = db.prepare("SELECT id, kiosk_id, occurred_at, data FROM events "
                            "WHERE type = 'kiosk.health'");
    std::vector<receiver::ExportRow> rows;
    while (query.step())
        rows.push_back({query.column_text(0), query.column_text(1), query.column_text(2), "",
                        query.column_text(3)});
    return rows;
}

std::int64_t kiosk_health_in(const std::string& data, const std::string& state) {
    auto db =
        kiosk::store::Database::open(data + "/kiosk.db", kiosk::store::Database::Mode::ReadOnly);
    auto query = db.prepare("SELECT COUNT(*) FROM events WHERE type = 'kiosk.health' AND "
                            "state = ?1");
    query.bind(1, state);
    query.step();
    return query.column_int64(0);
}

std::string local_url(int port) {
    return "http://127.0.0.1:" + std::to_string(port);
}

} // namespace

TEST_CASE("the health report goes out with the events, once an hour at most", "[sync][e2e]") {
    TempDir kiosk_dir, receiver_dir;
    const std::string data = kiosk_dir.file("data");
    const auto recorded = record_events(data, 3);
    Receiver receiver(receiver_dir, receiver_test::write_config(receiver_dir));
    kiosk::sync::UploadService service(health_options(data, local_url(receiver.port())), nullptr);
    service.set_app_health(trusted_app());
    service.start();
    pump_until_empty(service, 5);
    service.send_now(); // within the hour: no second report
    pump_until_empty(service, 2);
    CHECK(service.health_reports() == 1);
    CHECK(receiver_rows(receiver_dir) == 4); // the three events and one report

    const auto rows = health_rows(receiver_dir);
    REQUIRE(rows.size() == 1);
    const console::KioskHealth k = console::read_health(rows[0]);
    CHECK(k.kiosk_id == receiver_test::kKioskA);
    CHECK(k.version == "9.8.7");
    CHECK(k.queue_depth == std::optional<std::int64_t>(3)); // the report itself not counted
    REQUIRE(k.oldest_waiting_s);
    CHECK(*k.oldest_waiting_s >= 0);
    CHECK(*k.oldest_waiting_s < 600);
    CHECK(k.free_disk_bytes == std::optional<std::int64_t>(3'000'000'000));
    CHECK(k.cpu_temp_c == std::optional<double>(52.4));
    CHECK(k.screen_on == std::optional<bool>(true));
    CHECK(k.throttling);
    CHECK(k.frame_failures == 1);
    CHECK(k.content_fallbacks == 2);
    CHECK(k.last_upload_error.empty());
    REQUIRE(k.opening_hours); // the console counts silence in these hours
    CHECK(k.opening_hours->days[2].size() == 1);
    CHECK(k.opening_hours->days[2][0].start_min == 10 * 60);
    CHECK(k.opening_hours->days[0].empty());
    CHECK(k.zone.name() == "Europe/Amsterdam");
    const auto data_json = nlohmann::json::parse(rows[0].data_json);
    CHECK(data_json["bundle_version"] == 9);
    CHECK(data_json["uptime_s"].is_number_integer());
    const auto flags = console::flags_for(k, k.reported);
    CHECK(std::find(flags.begin(), flags.end(), console::FleetFlag::HotOrThrottled) != flags.end());
    service.stop();
    CHECK(receiver.stop() == 0);
}

TEST_CASE("no health report before the clock is trusted", "[sync][e2e]") {
    TempDir kiosk_dir, receiver_dir;
    const std::string data = kiosk_dir.file("data");
    record_events(data, 1);
    Receiver receiver(receiver_dir, receiver_test::write_config(receiver_dir));
    kiosk::sync::UploadService service(health_options(data, local_url(receiver.port())), nullptr);
    kiosk::AppHealth app = trusted_app();
    app.clock_trusted = false;
    service.set_app_health(app);
    service.start();
    pump_until_empty(service, 3);
    CHECK(service.health_reports() == 0);
    CHECK(health_rows(receiver_dir).empty());

    service.set_app_health(trusted_app()); // NTP synchronised, or staff confirmed the time
    // An attempt already asked for may still run with what the app said before (the last
    // "send now" above can finish after pump_until_empty returned). The second attempt asked
    // for here starts after the first has finished, so it has surely seen the news.
    const std::uint64_t done = service.wait_for_attempts(0, std::chrono::milliseconds(0));
    for (std::uint64_t n = 1; n <= 2; ++n) {
        service.send_now();
        REQUIRE(service.wait_for_attempts(done + n, std::chrono::seconds(30)) >= done + n);
    }
    CHECK(service.health_reports() == 1);
    CHECK(health_rows(receiver_dir).size() == 1);
    service.stop();
    CHECK(receiver.stop() == 0);
}

TEST_CASE("offline, an unsent report is replaced by the next, and the one that arrives says "
          "uploads failed",
          "[sync][e2e]") {
    TempDir kiosk_dir, receiver_dir;
    const std::string data = kiosk_dir.file("data");
    record_events(data, 2);
    const int port = unused_port();
    auto options = health_options(data, local_url(port));
    options.health_every = std::chrono::seconds(0); // a report before every attempt
    kiosk::sync::UploadService service(options, nullptr);
    service.set_app_health(trusted_app());
    service.start();
    pump_until_empty(service, 3);
    CHECK(service.health_reports() >= 3);
    CHECK(kiosk_health_in(data, kiosk::store::kQueued) == 1); // never piling up
    CHECK(kiosk_health_in(data, kiosk::store::kInFlight) == 0);

    // No new reports from here on: with health_every 0 every attempt would make one, and
    // after a delivery the uploader goes on at once, so it would never fall quiet. What
    // arrives is then the report made while offline.
    kiosk::AppHealth no_more = trusted_app();
    no_more.clock_trusted = false;
    service.set_app_health(no_more);
    ConfigOptions config;
    config.listen = "127.0.0.1:" + std::to_string(port);
    Receiver receiver(receiver_dir, receiver_test::write_config(receiver_dir, config));
    pump_until_empty(service, 5);
    CHECK(receiver_rows(receiver_dir) == 3); // the two events and one report
    const auto rows = health_rows(receiver_dir);
    REQUIRE(rows.size() == 1);
    const console::KioskHealth k = console::read_health(rows[0]);
    CHECK(k.last_upload_error == "offline"); // as it stood when the report was made
    CHECK(k.queue_depth == std::optional<std::int64_t>(2));
    CHECK(kiosk_health_in(data, kiosk::store::kQueued) == 0);
    service.stop();
    CHECK(receiver.stop() == 0);
}
