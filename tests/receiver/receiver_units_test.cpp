// The receiver's pieces on their own: id/type rules, batches, CSV, tokens, listen
// addresses, the command line and the fault stream.
#include "auth.hpp"
#include "batch.hpp"
#include "command_line.hpp"
#include "config.hpp"
#include "csv.hpp"
#include "faults.hpp"
#include "validation.hpp"

#include <catch2/catch.hpp>

using namespace receiver;

TEST_CASE("event ids are lower-case UUIDs in the 36-character form") {
    CHECK(is_event_id("0f8c2b9e-3d4a-4c1e-9a57-1b2c3d4e5f60"));
    CHECK_FALSE(is_event_id("0F8C2B9E-3D4A-4C1E-9A57-1B2C3D4E5F60"));
    CHECK_FALSE(is_event_id("0f8c2b9e3d4a4c1e9a571b2c3d4e5f60"));
    CHECK_FALSE(is_event_id("0f8c2b9e-3d4a-4c1e-9a57-1b2c3d4e5f6g"));
    CHECK_FALSE(is_event_id(""));
}

TEST_CASE("event types are dotted lower-case words") {
    CHECK(is_event_type("signup.created"));
    CHECK(is_event_type("visit.checked_in"));
    CHECK(is_event_type("heartbeat"));
    CHECK_FALSE(is_event_type("Signup.created"));
    CHECK_FALSE(is_event_type("signup..created"));
    CHECK_FALSE(is_event_type(".signup"));
    CHECK_FALSE(is_event_type("signup."));
    CHECK_FALSE(is_event_type("signup.1st"));
    CHECK_FALSE(is_event_type("../etc"));
    CHECK_FALSE(is_event_type(std::string(65, 'a')));
}

TEST_CASE("a batch: canonical text ignores key order and spacing, bad events carry reasons") {
    const Batch a = parse_batch(
        R"({"kiosk_id":"k","sent_at":"2026-11-22T17:05:00Z","events":[{"id":"0f8c2b9e-3d4a-4c1e-9a57-1b2c3d4e5f60","type":"a.b","occurred_at":"2026-11-22T17:00:00Z","schema":1,"data":{"x":1,"y":[2]}}]})");
    const Batch b = parse_batch(
        R"({ "events": [ { "data": {"y":[2], "x":1}, "schema":1, "occurred_at":"2026-11-22T17:00:00Z", "type":"a.b", "id":"0f8c2b9e-3d4a-4c1e-9a57-1b2c3d4e5f60" } ], "sent_at":"2026-11-22T17:05:00Z", "kiosk_id":"k" })");
    REQUIRE(a.events.size() == 1);
    CHECK(a.events[0].canonical == b.events[0].canonical);
    CHECK_FALSE(a.events[0].rejection);
    CHECK(a.events[0].data_json == R"({"x":1,"y":[2]})");

    const Batch c = parse_batch(
        R"({"kiosk_id":"k","sent_at":"2026-11-22T17:05:00Z","events":[{"id":"0f8c2b9e-3d4a-4c1e-9a57-1b2c3d4e5f60","type":"a.b","occurred_at":"2026-11-22T17:00:00Z","schema":1.0,"data":{}}]})");
    REQUIRE(c.events[0].rejection);
    CHECK_THAT(*c.events[0].rejection, Catch::Contains("schema"));
    CHECK_THROWS_AS(parse_batch(R"({"kiosk_id":"k","sent_at":"2026-11-22T17:05:00Z"})"), BadBody);
}

TEST_CASE("the event export is RFC 4180 CSV with a header") {
    CHECK(events_csv({}) == "id,kiosk_id,occurred_at,received_at,data\r\n");
    CHECK(events_csv({{"e1", "k", "2026-11-22T17:00:00Z", "2026-11-22T17:05:00Z", R"({"a":1})"}}) ==
          "id,kiosk_id,occurred_at,received_at,data\r\n"
          "e1,k,2026-11-22T17:00:00Z,2026-11-22T17:05:00Z,\"{\"\"a\"\":1}\"\r\n");
}

TEST_CASE("bearer tokens and constant-time comparison") {
    CHECK(bearer_token("Bearer abc") == std::optional<std::string>("abc"));
    CHECK(bearer_token("bearer  abc ") == std::optional<std::string>("abc"));
    CHECK_FALSE(bearer_token("Basic abc"));
    CHECK_FALSE(bearer_token("Bearer"));
    CHECK_FALSE(bearer_token("Bearer "));
    CHECK(tokens_equal("same-token", "same-token"));
    CHECK_FALSE(tokens_equal("same-token", "same-tokex"));
    CHECK_FALSE(tokens_equal("short", "shorter"));
    CHECK_FALSE(tokens_equal("", "x"));
    Authorizer auth({{"k1", "token-one-0123456789"}, {"k2", "token-two-0123456789"}},
                    "admin-0123456789abc");
    CHECK(auth.kiosk_may_upload("k1", "Bearer token-one-0123456789"));
    CHECK_FALSE(auth.kiosk_may_upload("k2", "Bearer token-one-0123456789"));
    CHECK_FALSE(auth.kiosk_may_upload("k3", "Bearer token-one-0123456789"));
    CHECK_FALSE(auth.kiosk_may_upload("k1", ""));
    CHECK(auth.is_admin("Bearer admin-0123456789abc"));
    CHECK_FALSE(auth.is_admin("Bearer token-one-0123456789"));
}

TEST_CASE("listen addresses: host:port and bracketed IPv6 host:port") {
    std::string host;
    int port = -1;
    CHECK(parse_listen("127.0.0.1:8080", host, port));
    CHECK(host == "127.0.0.1");
    CHECK(port == 8080);
    CHECK(parse_listen("[::1]:0", host, port));
    CHECK(host == "::1");
    CHECK(port == 0);
    CHECK_FALSE(parse_listen("::1:8080", host, port));
    CHECK_FALSE(parse_listen("localhost", host, port));
    CHECK_FALSE(parse_listen("host:99999", host, port));
    CHECK_FALSE(parse_listen(":8080", host, port));
}

TEST_CASE("the command line: test modes, limits and mistakes") {
    const Options o = parse_command_line({"--config", "r.toml", "--throttle-share=0.3",
                                          "--retry-after", "2", "--retry-after-date", "--seed", "9",
                                          "--delay-ms", "50", "--close-share", "0.2"});
    CHECK(o.config_path == "r.toml");
    CHECK(o.faults.throttle_share == Approx(0.3));
    CHECK(o.faults.retry_after_seconds == 2);
    CHECK(o.faults.retry_after_date);
    CHECK(o.faults.seed == 9);
    CHECK(o.seed_given);
    CHECK(o.faults.delay_ms == 50);
    CHECK(o.faults.close_share == Approx(0.2));
    CHECK(parse_command_line({"--config", "r", "--export", "signup.created"}).export_type ==
          std::optional<std::string>("signup.created"));
    CHECK_THROWS_AS(parse_command_line({}), UsageError);
    CHECK_THROWS_AS(parse_command_line({"--config", "r", "--fail-share", "1.5"}), UsageError);
    CHECK_THROWS_AS(
        parse_command_line({"--config", "r", "--fail-share", "0.6", "--html-share", "0.6"}),
        UsageError);
    CHECK_THROWS_AS(parse_command_line({"--config", "r", "--retry-after", "2"}), UsageError);
    CHECK_THROWS_AS(parse_command_line({"--config", "r", "--config", "s"}), UsageError);
    CHECK_THROWS_AS(
        parse_command_line({"--config", "r", "--export", "signup.created", "--fail-share", "0.1"}),
        UsageError);
    CHECK_THROWS_AS(parse_command_line({"--config"}), UsageError);
}

TEST_CASE("the fault stream: same seed same faults, shares roughly kept, 0 and 1 exact") {
    FaultOptions options;
    options.fail_share = 0.3;
    options.close_share = 0.2;
    options.seed = 99;
    FaultPicker first(options);
    FaultPicker second(options);
    int fails = 0;
    int closes = 0;
    const int n = 10000;
    for (int i = 0; i < n; ++i) {
        const Fault f = first.next();
        REQUIRE(f == second.next());
        fails += f == Fault::Fail;
        closes += f == Fault::Close;
        REQUIRE((f == Fault::Fail || f == Fault::Close || f == Fault::None));
    }
    CHECK(fails == Approx(0.3 * n).epsilon(0.1));
    CHECK(closes == Approx(0.2 * n).epsilon(0.1));

    FaultOptions all;
    all.html_share = 1.0;
    FaultPicker always(all);
    FaultPicker never(FaultOptions{});
    for (int i = 0; i < 100; ++i) {
        CHECK(always.next() == Fault::Html);
        CHECK(never.next() == Fault::None);
    }
}

TEST_CASE("the shipped receiver.example.toml is a valid config") {
    const ReceiverConfig config =
        load_config(std::string(KIOSK_TEST_SOURCE_DIR) + "/receiver/receiver.example.toml");
    CHECK(config.listen_host == "127.0.0.1");
    CHECK(config.listen_port == 8080);
    CHECK(config.max_body_bytes == 1048576);
    CHECK(config.kiosks.size() == 2);
    CHECK_FALSE(config.admin_token.empty());
    CHECK_FALSE(config.tls);
}
