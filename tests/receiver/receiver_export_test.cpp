// CSV export of one event type: over HTTP with the admin token, and with --export TYPE.
#include "receiver_harness.hpp"
#include "test_database.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace receiver_test;
using nlohmann::json;

namespace {

const std::string kAdmin = std::string("Authorization: Bearer ") + kAdminToken;

} // namespace

TEST_CASE("GET /v1/export/<type>.csv lists that type's events in time order, data as JSON",
          "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const std::string early = new_id();
    const std::string late = new_id();
    const std::string other = new_id();
    const std::string tricky_data = R"({"note":"a, \"quoted\"\nline","n":2})";
    REQUIRE(receiver
                .upload(batch_json(
                    {event_json(late, "signup.created", "2026-11-21T09:00:00Z"),
                     event_json(other, "member.created"),
                     event_json(early, "signup.created", "2026-11-19T09:00:00Z", tricky_data)}))
                .status == 200);
    REQUIRE(receiver.http()
                .post("/v1/events", batch_json({event_json(new_id(), "signup.cancelled")}, kKioskB),
                      upload_headers(kKioskB, kTokenB))
                .status == 200);

    const HttpResult r = receiver.http().get("/v1/export/signup.created.csv", {kAdmin});
    REQUIRE(r.status == 200);
    CHECK_THAT(r.header("content-type"), Catch::StartsWith("text/csv"));
    const auto rows = parse_csv(r.body);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] ==
          std::vector<std::string>{"id", "kiosk_id", "occurred_at", "received_at", "data"});
    CHECK(rows[1][0] == early);
    CHECK(rows[1][1] == kKioskA);
    CHECK(rows[1][2] == "2026-11-19T09:00:00Z");
    CHECK(rows[1][3].size() == 20);
    CHECK(json::parse(rows[1][4]) == json::parse(tricky_data));
    CHECK(rows[2][0] == late);
    CHECK(json::parse(rows[2][4]) == json::parse(R"({"session_id":"s-1","code":"AAA-111"})"));

    // Another type, and a type with no events (just the header).
    const auto cancelled =
        parse_csv(receiver.http().get("/v1/export/signup.cancelled.csv", {kAdmin}).body);
    REQUIRE(cancelled.size() == 2);
    CHECK(cancelled[1][1] == kKioskB);
    CHECK(parse_csv(receiver.http().get("/v1/export/visit.none.csv", {kAdmin}).body).size() == 1);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("export needs the admin token and is off without admin_token in the config", "[store]") {
    TempDir dir;
    {
        Receiver receiver(dir, write_config(dir));
        const std::string path = "/v1/export/signup.created.csv";
        CHECK(receiver.http().get(path).status == 401);
        CHECK(receiver.http().get(path, {std::string("Authorization: Bearer ") + kTokenA}).status ==
              401);
        CHECK(receiver.http().get(path, {"Authorization: Bearer nope-nope-nope-nope"}).status ==
              401);
        CHECK(receiver.http().get("/v1/export/Not%20A%20Type.csv", {kAdmin}).status == 400);
        CHECK(receiver.stop() == 0);
    }
    ConfigOptions no_admin;
    no_admin.admin = false;
    Receiver receiver(dir, write_config(dir, no_admin));
    CHECK(receiver.http().get("/v1/export/signup.created.csv", {kAdmin}).status == 403);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("export mode (--export TYPE) writes the same CSV to stdout and exits 0", "[store]") {
    TempDir dir;
    const std::string config = write_config(dir);
    std::string over_http;
    {
        Receiver receiver(dir, config);
        REQUIRE(receiver
                    .upload(batch_json({event_json(new_id()), event_json(new_id()),
                                        event_json(new_id(), "member.created")}))
                    .status == 200);
        over_http = receiver.http().get("/v1/export/signup.created.csv", {kAdmin}).body;
        REQUIRE(receiver.stop() == 0);
    }
    std::string out;
    std::string err;
    CHECK(run_receiver_once(dir, {"--config", config, "--export", "signup.created"}, out, err) ==
          0);
    CHECK(out == over_http);
    CHECK(parse_csv(out).size() == 3);
    CHECK(err.empty());

    CHECK(run_receiver_once(dir, {"--config", config, "--export", "Bad Type"}, out, err) == 2);
}

TEST_CASE("export mode with no database yet fails with exit code 1 and a message", "[store]") {
    TempDir dir;
    std::string out;
    std::string err;
    CHECK(run_receiver_once(dir, {"--config", write_config(dir), "--export", "signup.created"}, out,
                            err) == 1);
    CHECK(out.empty());
    CHECK_THAT(err, Catch::Contains(test_database_name(dir)));
}
