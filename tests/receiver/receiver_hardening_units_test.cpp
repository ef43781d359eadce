// The hardening pieces on their own: routing from the request line, bounded gzip unpacking,
// pausing an address after refused tokens (on an injected clock), and the log throttle.
#include "address_guard.hpp"
#include "config.hpp"
#include "gzip_body.hpp"
#include "postgres_connection.hpp"
#include "receiver_harness.hpp"
#include "request_log.hpp"
#include "routes.hpp"

#include <catch2/catch.hpp>

using namespace receiver;
using namespace std::chrono_literals;

TEST_CASE("routes are decided from the method and path alone", "[receiver][hardening]") {
    CHECK(match_route("GET", "/health").route == Route::Health);
    CHECK(match_route("POST", "/v1/events").route == Route::Upload);
    const RouteMatch bundle = match_route("GET", "/v1/kiosks/centre-a/bundle");
    CHECK(bundle.route == Route::Bundle);
    CHECK(bundle.capture == "centre-a");
    const RouteMatch export_ = match_route("GET", "/v1/export/signup.created.csv");
    CHECK(export_.route == Route::Export);
    CHECK(export_.capture == "signup.created");
    const RouteMatch put = match_route("PUT", "/v1/events");
    CHECK_FALSE(put.route);
    CHECK(put.refusal == 405);
    CHECK(put.allow == "POST");
    for (const char* path : {"/x", "/v1/export/.csv", "/v1/export/a/b.csv", "/v1/kiosks//bundle",
                             "/v1/kiosks/a/b/bundle", "/health/", "/v1/events/x"}) {
        INFO(path);
        CHECK(match_route("GET", path).refusal == 404);
    }
}

TEST_CASE("gzip bodies unpack up to the limit and no further", "[receiver][hardening]") {
    const std::string text(100000, 'a');
    const std::string packed = receiver_test::gzip(text);
    std::string out;
    CHECK(inflate_gzip(packed, 100000, out) == InflateResult::Ok);
    CHECK(out == text);
    CHECK(inflate_gzip(packed, 99999, out) == InflateResult::TooBig);
    CHECK(out.empty());
    CHECK(inflate_gzip(packed.substr(0, packed.size() / 2), 100000, out) == InflateResult::Broken);
    CHECK(inflate_gzip(packed + "trailing", 100000, out) == InflateResult::Broken);
    CHECK(inflate_gzip("not gzip at all", 100000, out) == InflateResult::Broken);
}

TEST_CASE("an address is paused after 20 refused tokens within a minute, for a minute",
          "[receiver][hardening]") {
    AddressGuard guard;
    const auto t0 = AddressGuard::Clock::time_point{} + 1000h;
    // Failures spread wider than the window never add up to a pause.
    for (int i = 0; i < 40; ++i)
        CHECK_FALSE(guard.record_failure("10.0.0.1", t0 + i * 4s));
    CHECK(guard.paused_for("10.0.0.1", t0 + 160s) == 0);
    const auto t1 = t0 + 1h;
    for (int i = 0; i < 19; ++i)
        CHECK_FALSE(guard.record_failure("10.0.0.2", t1 + i * 1s));
    CHECK(guard.record_failure("10.0.0.2", t1 + 19s)); // the 20th starts the pause
    CHECK(guard.paused_for("10.0.0.2", t1 + 19s) == 60);
    CHECK(guard.paused_for("10.0.0.2", t1 + 78500ms) == 1);
    CHECK(guard.paused_for("10.0.0.2", t1 + 79s) == 0);
    CHECK(guard.paused_for("10.0.0.3", t1 + 20s) == 0); // others go on
}

TEST_CASE("the log writes at most 50 lines a second and says how many it left out",
          "[receiver][hardening]") {
    LogThrottle throttle;
    const auto t0 = std::chrono::steady_clock::time_point{} + 1000h;
    int written = 0;
    for (int i = 0; i < 120; ++i) {
        const LogThrottle::Verdict v = throttle.admit(t0 + i * 1ms);
        written += v.write ? 1 : 0;
        CHECK(v.left_out == 0);
    }
    CHECK(written == 50);
    const LogThrottle::Verdict next = throttle.admit(t0 + 1500ms);
    CHECK(next.write);
    CHECK(next.left_out == 70);
}

TEST_CASE("the config takes a connection limit per address and a proxy's address, checked",
          "[receiver][hardening]") {
    receiver_test::TempDir dir;
    const std::string kiosk = "[[kiosk]]\nid = \"a\"\ntoken = \"token-a-0123456789abcdef\"\n";
    const auto load = [&](const std::string& text) {
        receiver_test::write_text(dir.file("r.toml"), text + kiosk);
        return load_config(dir.file("r.toml"));
    };
    CHECK(load("").connections_per_address == 64);
    CHECK(load("").forwarded_by.empty());
    const ReceiverConfig behind_nginx =
        load("connections_per_address = 0\nforwarded_by = \"127.0.0.1\"\n");
    CHECK(behind_nginx.connections_per_address == 0);
    CHECK(behind_nginx.forwarded_by == "127.0.0.1");
    CHECK_THROWS_WITH(load("forwarded_by = \"nginx\"\n"), Catch::Contains("forwarded_by"));
    CHECK_THROWS_WITH(load("connections_per_address = -1\n"),
                      Catch::Contains("connections_per_address"));
}

TEST_CASE("a PostgreSQL URI in the config is kept as it is, checked, and logged without secrets",
          "[receiver][hardening]") {
    receiver_test::TempDir dir;
    const std::string kiosk = "[[kiosk]]\nid = \"a\"\ntoken = \"token-a-0123456789abcdef\"\n";
    const auto load = [&](const std::string& database) {
        receiver_test::write_text(dir.file("r.toml"), "database = \"" + database + "\"\n" + kiosk);
        return load_config(dir.file("r.toml"));
    };
    const std::string uri = "postgresql://kiosk_receiver@/kiosk_events?host=/run/postgresql";
    CHECK(load(uri).database == uri); // not taken as a path beside the config
    CHECK(load("events.db").database == dir.file("events.db"));
    CHECK_THROWS_WITH(load("postgresql://x@/db?nosuchoption=1"),
                      Catch::Contains("database") && Catch::Contains("PostgreSQL URI"));

    const std::string label =
        describe_postgres("postgresql://reports:s3cret-pass@db.example.org:5433/kiosk_events");
    CHECK(label == "PostgreSQL database kiosk_events on db.example.org");
    CHECK(label.find("s3cret") == std::string::npos);
    CHECK(label.find("reports") == std::string::npos);
}
