// POST /v1/events against the real receiver: accepting, duplicates, conflicts, tokens, bad
// bodies, partly bad batches, gzip, the size limit, the log, and a clean SIGTERM.
#include "receiver_harness.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <thread>

using namespace receiver_test;
using nlohmann::json;

namespace {

using Ids = std::vector<std::string>;

bool is_json_error(const HttpResult& r) {
    const auto body = json::parse(r.body, nullptr, false);
    return r.headers.count("content-type") && r.headers.at("content-type") == "application/json" &&
           body.is_object() && body.contains("error") && body["error"].is_string() &&
           !body["error"].get<std::string>().empty();
}

} // namespace

TEST_CASE("GET /health answers 200 with status ok", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const HttpResult r = receiver.http().get("/health");
    CHECK(r.status == 200);
    CHECK(json::parse(r.body) == json{{"status", "ok"}});
    CHECK(r.header("content-type") == "application/json");
    CHECK(receiver.stop() == 0);
}

TEST_CASE("a good batch is accepted whole, with the exact answer body", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const Ids ids{new_id(), new_id(), new_id()};
    const HttpResult r =
        receiver.upload(batch_json({event_json(ids[0]), event_json(ids[1], "member.created"),
                                    event_json(ids[2], "signup.cancelled")}));
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type") == "application/json");
    CHECK(json::parse(r.body) ==
          json{{"accepted", ids}, {"duplicates", json::array()}, {"rejected", json::array()}});
    CHECK(receiver.stop() == 0);
}

TEST_CASE("an empty batch gets 200 with three empty lists", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const HttpResult r = receiver.upload(batch_json({}));
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body) == json{{"accepted", json::array()},
                                      {"duplicates", json::array()},
                                      {"rejected", json::array()}});
    CHECK(receiver.stop() == 0);
}

TEST_CASE("an id sent again with the same content is a duplicate, whatever the key order",
          "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const std::string id = new_id();
    const std::string fresh = new_id();
    REQUIRE(ids_in(receiver.upload(batch_json({event_json(id)})), "accepted") == Ids{id});

    // Same event, keys in another order and with spaces: the canonical form is the same.
    const std::string reordered = R"({ "data": {"code":"AAA-111", "session_id":"s-1"},
        "schema": 1, "occurred_at": "2026-11-20T10:00:00Z", "type": "signup.created", "id": ")" +
                                  id + "\" }";
    const HttpResult again = receiver.upload(batch_json({reordered, event_json(fresh)}));
    REQUIRE(again.status == 200);
    CHECK(ids_in(again, "duplicates") == Ids{id});
    CHECK(ids_in(again, "accepted") == Ids{fresh});
    CHECK(rejected_in(again).empty());
    CHECK(receiver.stop() == 0);
}

TEST_CASE("an id sent again with different content is rejected and the first one is kept",
          "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const std::string id = new_id();
    REQUIRE(ids_in(receiver.upload(batch_json({event_json(id)})), "accepted") == Ids{id});
    const HttpResult r = receiver.upload(
        batch_json({event_json(id, "signup.created", "2026-11-20T10:00:00Z", R"({"code":"X"})")}));
    REQUIRE(r.status == 200);
    CHECK(ids_in(r, "accepted").empty());
    CHECK(ids_in(r, "duplicates").empty());
    const auto rejected = rejected_in(r);
    REQUIRE(rejected.count(id) == 1);
    CHECK_THAT(rejected.at(id), Catch::Contains("different content"));
    const HttpResult csv = receiver.http().get(
        "/v1/export/signup.created.csv", {std::string("Authorization: Bearer ") + kAdminToken});
    CHECK_THAT(csv.body, Catch::Contains("AAA-111"));
    CHECK(receiver.stop() == 0);
}

TEST_CASE("a missing or wrong token, or another kiosk's token, gets 401 and stores nothing",
          "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const std::string id = new_id();
    const std::string body = batch_json({event_json(id)});
    const std::string type = "Content-Type: application/json";
    const std::string as_a = std::string("X-Kiosk-Id: ") + kKioskA;
    const std::vector<std::vector<std::string>> attempts{
        {type, as_a},                                                  // no token
        {type, as_a, "Authorization: Bearer wrong-token-0123456789"},  // wrong token
        {type, as_a, std::string("Authorization: Bearer ") + kTokenB}, // B's token as A
        {type, as_a, std::string("Authorization: Basic ") + kTokenA},  // not Bearer
        {type, std::string("Authorization: Bearer ") + kTokenA},       // no X-Kiosk-Id
        {type, "X-Kiosk-Id: centre-z", std::string("Authorization: Bearer ") + kTokenA},
        {type, as_a, std::string("Authorization: Bearer ") + kAdminToken}, // admin cannot upload
    };
    for (std::size_t i = 0; i < attempts.size(); ++i) {
        INFO("attempt " << i);
        const HttpResult r = receiver.http().post("/v1/events", body, attempts[i]);
        CHECK(r.status == 401);
        CHECK(is_json_error(r));
    }
    // The token's own kiosk may: the event was not stored by any of the refused attempts.
    CHECK(ids_in(receiver.upload(body), "accepted") == Ids{id});
    const HttpResult as_b =
        receiver.http().post("/v1/events", batch_json({event_json(new_id())}, kKioskB),
                             upload_headers(kKioskB, kTokenB));
    CHECK(as_b.status == 200);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("a body whose kiosk_id is not X-Kiosk-Id gets 403", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const HttpResult r = receiver.upload(batch_json({event_json(new_id())}, kKioskB));
    CHECK(r.status == 403);
    CHECK(is_json_error(r));
    CHECK(receiver.stop() == 0);
}

TEST_CASE("a body that is not the protocol's JSON gets 400 with a short JSON error", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const std::string id = new_id();
    const std::vector<std::string> bodies{
        "",
        "{",
        "not json at all",
        "[1,2,3]",
        R"({"kiosk_id":"centre-a","sent_at":"2026-11-20T10:05:00Z"})",               // no events
        R"({"kiosk_id":"centre-a","sent_at":"2026-11-20T10:05:00Z","events":{}})",   // not a list
        R"({"sent_at":"2026-11-20T10:05:00Z","events":[]})",                         // no kiosk_id
        R"({"kiosk_id":"centre-a","sent_at":"yesterday","events":[]})",              // bad sent_at
        R"({"kiosk_id":"centre-a","sent_at":"2026-11-20T10:05:00Z","events":[42]})", // not object
        R"({"kiosk_id":"centre-a","sent_at":"2026-11-20T10:05:00Z","events":[{"id":7}]})",
        batch_json({event_json(id), event_json(id)}),  // the same id twice in one batch
        std::string(100, '[') + std::string(100, ']'), // nested too deep
        "{\"kiosk_id\":\"centre-a\",\"sent_at\":\"2026-11-20T10:05:00Z\",\"events\":[],\"x\":"
        "\"\xff\"}",
    };
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        INFO("body " << i << ": " << bodies[i].substr(0, 80));
        const HttpResult r = receiver.upload(bodies[i]);
        CHECK(r.status == 400);
        CHECK(is_json_error(r));
        CHECK(r.body.size() < 200);
    }
    CHECK(receiver.stop() == 0);
}

TEST_CASE("a partly bad batch: the good events are accepted, each bad one rejected with a reason",
          "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const std::string good1 = new_id();
    const std::string good2 = new_id();
    const std::string bad_type = new_id();
    const std::string bad_time = new_id();
    const std::string bad_day = new_id();
    const std::string bad_schema = new_id();
    const std::string text_schema = new_id();
    const std::string negative_schema = new_id();
    const std::string no_data = new_id();
    const std::string upper = "0F8C2B9E-3D4A-4C1E-9A57-1B2C3D4E5F60";
    auto with_schema = [](const std::string& id, const std::string& schema) {
        return R"({"id":")" + id +
               R"(","type":"signup.created","occurred_at":"2026-11-20T10:00:00Z","schema":)" +
               schema + R"(,"data":{}})";
    };
    const HttpResult r = receiver.upload(batch_json({
        event_json(good1),
        event_json("not-a-uuid"),
        event_json(upper),
        event_json(bad_type, "Signup Created"),
        event_json(bad_time, "signup.created", "2026-11-20 10:00:00"),
        event_json(bad_day, "signup.created", "2026-02-30T10:00:00Z"),
        with_schema(bad_schema, "0"),
        with_schema(text_schema, "\"1\""),
        with_schema(negative_schema, "-1"),
        R"({"id":")" + no_data +
            R"(","type":"signup.created","occurred_at":"2026-11-20T10:00:00Z","schema":1,"data":[]})",
        event_json(good2, "attendance.marked", "2026-11-20T10:00:00.250Z"),
    }));
    REQUIRE(r.status == 200);
    CHECK(ids_in(r, "accepted") == Ids{good1, good2});
    CHECK(ids_in(r, "duplicates").empty());
    const auto rejected = rejected_in(r);
    CHECK(rejected.size() == 9);
    CHECK_THAT(rejected.at("not-a-uuid"), Catch::Contains("id"));
    CHECK_THAT(rejected.at(upper), Catch::Contains("lower-case UUID"));
    CHECK_THAT(rejected.at(bad_type), Catch::Contains("type"));
    CHECK_THAT(rejected.at(bad_time), Catch::Contains("occurred_at"));
    CHECK_THAT(rejected.at(bad_day), Catch::Contains("occurred_at"));
    CHECK_THAT(rejected.at(bad_schema), Catch::Contains("schema"));
    CHECK_THAT(rejected.at(text_schema), Catch::Contains("schema"));
    CHECK_THAT(rejected.at(negative_schema), Catch::Contains("schema"));
    CHECK_THAT(rejected.at(no_data), Catch::Contains("data"));
    // The rejected ones were not stored: sent again fixed, they are accepted.
    const HttpResult fixed = receiver.upload(batch_json({event_json(bad_type)}));
    CHECK(ids_in(fixed, "accepted") == Ids{bad_type});
    CHECK(receiver.stop() == 0);
}

TEST_CASE("a gzip body with Content-Encoding: gzip is accepted", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const Ids ids{new_id(), new_id()};
    std::vector<std::string> headers = upload_headers(kKioskA, kTokenA);
    headers.push_back("Content-Encoding: gzip");
    const HttpResult r = receiver.http().post(
        "/v1/events", gzip(batch_json({event_json(ids[0]), event_json(ids[1])})), headers);
    REQUIRE(r.status == 200);
    CHECK(ids_in(r, "accepted") == ids);
    // Broken gzip is a 400, an unknown encoding a 415.
    CHECK(receiver.http().post("/v1/events", "not gzip", headers).status == 400);
    std::vector<std::string> zstd = upload_headers(kKioskA, kTokenA);
    zstd.push_back("Content-Encoding: zstd");
    CHECK(receiver.http().post("/v1/events", batch_json({}), zstd).status == 415);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("a body over max_body_bytes gets 413, also when it only grows that big unzipped",
          "[store]") {
    TempDir dir;
    ConfigOptions options;
    options.max_body_bytes = 4096;
    Receiver receiver(dir, write_config(dir, options));
    std::vector<std::string> events;
    while (batch_json(events).size() <= 4096) {
        events.push_back(event_json(new_id()));
    }
    const std::string big = batch_json(events);
    const HttpResult plain = receiver.upload(big);
    CHECK(plain.status == 413);
    CHECK(is_json_error(plain));

    const std::string zipped = gzip(big);
    REQUIRE(zipped.size() < 4096);
    std::vector<std::string> headers = upload_headers(kKioskA, kTokenA);
    headers.push_back("Content-Encoding: gzip");
    CHECK(receiver.http().post("/v1/events", zipped, headers).status == 413);

    std::vector<std::string> chunked = upload_headers(kKioskA, kTokenA);
    chunked.push_back("Transfer-Encoding: chunked");
    CHECK(receiver.http().post("/v1/events", big, chunked).status == 413);

    // Just under the limit is fine.
    events.pop_back();
    CHECK(receiver.upload(batch_json(events)).status == 200);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("a Content-Type other than application/json gets 415", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const HttpResult r = receiver.http().post("/v1/events", batch_json({}),
                                              {"Content-Type: text/plain",
                                               std::string("Authorization: Bearer ") + kTokenA,
                                               std::string("X-Kiosk-Id: ") + kKioskA});
    CHECK(r.status == 415);
    std::vector<std::string> with_charset{"Content-Type: application/json; charset=utf-8",
                                          std::string("Authorization: Bearer ") + kTokenA,
                                          std::string("X-Kiosk-Id: ") + kKioskA};
    CHECK(receiver.http().post("/v1/events", batch_json({}), with_charset).status == 200);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("the log has one line per request with kiosk, status and counts, never tokens or data",
          "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const std::string secret = "nickname-only-in-event-data";
    const std::string id = new_id();
    const std::string data = R"({"nickname":")" + secret + "\"}";
    receiver.upload(batch_json(
        {event_json(id, "member.created", "2026-11-20T10:00:00Z", data), event_json("bad-id")}));
    receiver.http().post("/v1/events", batch_json({}),
                         upload_headers(kKioskA, "wrong-token-0123456789"));
    receiver.http().get("/v1/export/member.created.csv",
                        {std::string("Authorization: Bearer ") + kAdminToken});
    REQUIRE(receiver.stop() == 0);
    const std::string log = receiver.log();
    CHECK_THAT(log, Catch::Contains("POST /v1/events kiosk=centre-a status=200 accepted=1 "
                                    "duplicates=0 rejected=1"));
    CHECK_THAT(log, Catch::Contains("POST /v1/events kiosk=centre-a status=401"));
    CHECK_THAT(log, Catch::Contains("GET /v1/export/member.created.csv status=200"));
    CHECK_THAT(log, Catch::Contains("kiosk_receiver stopped"));
    for (const std::string& never : {std::string(kTokenA), std::string(kAdminToken),
                                     std::string("wrong-token-0123456789"), secret, id}) {
        INFO(never);
        CHECK(log.find(never) == std::string::npos);
    }
}

TEST_CASE("after SIGTERM and a restart on the same database, old ids are duplicates", "[store]") {
    TempDir dir;
    const std::string config = write_config(dir);
    const Ids ids{new_id(), new_id()};
    const std::string body = batch_json({event_json(ids[0]), event_json(ids[1])});
    {
        Receiver receiver(dir, config);
        REQUIRE(ids_in(receiver.upload(body), "accepted") == ids);
        REQUIRE(receiver.stop() == 0);
    }
    Receiver again(dir, config);
    const HttpResult r = again.upload(body);
    REQUIRE(r.status == 200);
    CHECK(ids_in(r, "duplicates") == ids);
    CHECK(again.stop() == 0);
}

TEST_CASE("unknown paths get 404 with a JSON error", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const HttpResult r = receiver.http().get("/v1/nothing");
    CHECK(r.status == 404);
    CHECK(is_json_error(r));
    CHECK(receiver.stop() == 0);
}

TEST_CASE("the same batch sent on eight connections at once is stored once", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const Ids ids{new_id(), new_id(), new_id()};
    const std::string body =
        batch_json({event_json(ids[0]), event_json(ids[1]), event_json(ids[2])});
    std::vector<HttpResult> results(8);
    std::vector<std::thread> threads;
    for (auto& result : results) {
        threads.emplace_back([&receiver, &body, &result] { result = receiver.upload(body); });
    }
    for (auto& t : threads) {
        t.join();
    }
    std::map<std::string, int> accepted;
    std::map<std::string, int> duplicates;
    for (const auto& r : results) {
        REQUIRE(r.status == 200);
        for (const auto& id : ids_in(r, "accepted")) {
            ++accepted[id];
        }
        for (const auto& id : ids_in(r, "duplicates")) {
            ++duplicates[id];
        }
    }
    for (const auto& id : ids) {
        CHECK(accepted[id] == 1);
        CHECK(duplicates[id] == 7);
    }
    CHECK(receiver.stop() == 0);
}
