// The upload attempt against scripted answers: what each kind of answer does to the outbox
// (delivered, quarantined, queued again), splitting on 413 and other 4xx, and that the token
// goes only into the Authorization header.
#include "store/outbox_delivery.hpp"
#include "sync/upload_batch.hpp"
#include "sync/uploader.hpp"
#include "sync_support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace kiosk::sync;
using namespace kiosk::sync::test;
using kiosk::store::Database;

namespace {

constexpr const char* kNow = "2026-11-22T17:05:09Z";
constexpr double kNowUnix = 1795367109.0; // 2026-11-22T17:05:09Z

UploadOptions options(int batch = 50) {
    UploadOptions o;
    o.base_url = "https://example.org/kiosk/";
    o.token = "secret-token-0123456789";
    o.kiosk_id = "centre-a";
    o.batch_size = batch;
    o.gzip = false;
    return o;
}

} // namespace

TEST_CASE("a 200 answer settles every id of the batch", "[sync][uploader]") {
    Database db = outbox_with(5);
    const auto ids = state_ids(db, "queued");
    ScriptedTransport transport([&](const HttpRequest&) {
        nlohmann::json reply = {
            {"accepted", {ids[0], ids[1]}},
            {"duplicates", {ids[2], "not-ours"}},
            {"rejected",
             {{{"id", ids[3]}, {"reason", "id already stored with different content"}}}}};
        return answer(200, reply.dump());
    });
    Uploader uploader(db, transport, options());
    const auto report = uploader.attempt(kNow, kNowUnix);

    CHECK(report.outcome == AttemptReport::Outcome::Progress);
    CHECK(report.delivered == 3);
    CHECK(report.quarantined == 1);
    CHECK(state_ids(db, "delivered") == std::vector<std::string>{ids[0], ids[1], ids[2]});
    CHECK(state_ids(db, "queued") == std::vector<std::string>{ids[4]}); // in no list: again
    const auto quarantined = kiosk::store::quarantined_events(db, 10);
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].id == ids[3]);
    CHECK_THAT(quarantined[0].reason, Catch::Contains("different content"));
    CHECK(kiosk::store::outbox_summary(db).last_delivered_at == std::string(kNow));
}

TEST_CASE("the request follows the wire contract and keeps the token in its header",
          "[sync][uploader]") {
    Database db = outbox_with(3);
    ScriptedTransport transport(accept_all);
    Uploader uploader(db, transport, options());
    uploader.attempt(kNow, kNowUnix);
    REQUIRE(transport.requests.size() == 1);
    const HttpRequest& r = transport.requests[0];
    CHECK(r.method == "POST");
    CHECK(r.url == "https://example.org/kiosk/v1/events");
    const std::set<std::string> headers(r.headers.begin(), r.headers.end());
    CHECK(headers.count("Content-Type: application/json"));
    CHECK(headers.count("Authorization: Bearer secret-token-0123456789"));
    CHECK(headers.count("X-Kiosk-Id: centre-a"));
    CHECK(r.body.find("secret-token") == std::string::npos);
    const auto body = nlohmann::json::parse(r.body);
    CHECK(body["kiosk_id"] == "centre-a");
    CHECK(body["sent_at"] == kNow);
    REQUIRE(body["events"].size() == 3);
    CHECK(body["events"][0]["type"] == "signup.created");
    CHECK(body["events"][0]["schema"] == 1);
    CHECK(body["events"][0]["data"] == nlohmann::json::parse(R"({"n":0})"));
}

TEST_CASE("with gzip on, the body is gzip and says so", "[sync][uploader]") {
    Database db = outbox_with(2);
    ScriptedTransport transport([](const HttpRequest&) { return answer(500); });
    UploadOptions o = options();
    o.gzip = true;
    Uploader uploader(db, transport, o);
    uploader.attempt(kNow, kNowUnix);
    const HttpRequest& r = transport.requests.at(0);
    CHECK(std::find(r.headers.begin(), r.headers.end(), "Content-Encoding: gzip") !=
          r.headers.end());
    REQUIRE(r.body.size() > 2);
    CHECK(static_cast<unsigned char>(r.body[0]) == 0x1f);
    CHECK(static_cast<unsigned char>(r.body[1]) == 0x8b);
}

TEST_CASE("failures put the whole batch back in the queue", "[sync][uploader]") {
    struct Case {
        HttpResponse response;
        AttemptReport::Outcome outcome;
        Problem problem;
    };
    const std::vector<Case> cases = {
        {no_answer(HttpResponse::Failure::Network, "Could not connect"),
         AttemptReport::Outcome::Failed, Problem::Offline},
        {no_answer(HttpResponse::Failure::Timeout, "timed out"), AttemptReport::Outcome::Failed,
         Problem::Timeout},
        {no_answer(HttpResponse::Failure::Tls, "certificate"), AttemptReport::Outcome::Failed,
         Problem::Tls},
        {no_answer(HttpResponse::Failure::Pin, "pin"), AttemptReport::Outcome::Failed,
         Problem::Pin},
        {answer(200, "<html><body>Log in to the Wi-Fi</body></html>"),
         AttemptReport::Outcome::Failed, Problem::LoginPage},
        {answer(200, R"({"accepted":[],"duplicates":[]})"), AttemptReport::Outcome::Failed,
         Problem::LoginPage},
        {answer(204), AttemptReport::Outcome::Failed, Problem::LoginPage},
        {answer(302, "", {{"location", "http://login.wifi/"}}), AttemptReport::Outcome::Failed,
         Problem::LoginPage},
        {answer(500, R"({"error":"disk full"})"), AttemptReport::Outcome::Failed,
         Problem::ServerError},
        {answer(502), AttemptReport::Outcome::Failed, Problem::ServerError},
        {answer(408), AttemptReport::Outcome::Failed, Problem::ServerError},
        {answer(503), AttemptReport::Outcome::Failed, Problem::Busy}, // no Retry-After
        {answer(429, "", {{"retry-after", "30"}}), AttemptReport::Outcome::Busy, Problem::Busy},
        {answer(401), AttemptReport::Outcome::Refused, Problem::Refused},
        {answer(403), AttemptReport::Outcome::Refused, Problem::Refused},
        {answer(404), AttemptReport::Outcome::Refused, Problem::WrongAddress},
        {answer(405), AttemptReport::Outcome::Refused, Problem::WrongAddress},
    };
    for (const auto& c : cases) {
        INFO("status " << c.response.status << " failure " << static_cast<int>(c.response.failure)
                       << " body " << c.response.body);
        Database db = outbox_with(4);
        ScriptedTransport transport([&](const HttpRequest&) { return c.response; });
        Uploader uploader(db, transport, options());
        const auto report = uploader.attempt(kNow, kNowUnix);
        CHECK(report.outcome == c.outcome);
        CHECK(report.problem == c.problem);
        CHECK(transport.requests.size() == 1);
        CHECK(state_ids(db, "queued").size() == 4);
        CHECK(state_ids(db, "in_flight").empty());
        CHECK(kiosk::store::outbox_summary(db).quarantined == 0);
    }
}

TEST_CASE("a 429 says how long to wait, in seconds or as a date", "[sync][uploader]") {
    for (const auto& [value, seconds] : std::vector<std::pair<std::string, double>>{
             {"30", 30.0}, {"Sun, 22 Nov 2026 17:07:09 GMT", 120.0}, {"0", 1.0}}) {
        Database db = outbox_with(1);
        ScriptedTransport transport([&](const HttpRequest&) {
            return answer(429, "", {{"retry-after", value}});
        });
        Uploader uploader(db, transport, options());
        const auto report = uploader.attempt(kNow, kNowUnix);
        REQUIRE(report.retry_after);
        CHECK(report.retry_after->count() == Approx(seconds));
    }
}

TEST_CASE("a 4xx splits the batch down to the one bad event, which is quarantined",
          "[sync][uploader]") {
    Database db = outbox_with(8);
    const auto ids = state_ids(db, "queued");
    const std::string bad = ids[5];
    ScriptedTransport transport([&](const HttpRequest& request) {
        const auto sent = ids_in_body(request.body);
        if (std::find(sent.begin(), sent.end(), bad) != sent.end())
            return answer(400, R"({"error":"events[0].data is not an object"})");
        return accept_all(request);
    });
    Uploader uploader(db, transport, options());
    const auto report = uploader.attempt(kNow, kNowUnix);
    CHECK(report.outcome == AttemptReport::Outcome::Progress);
    CHECK(report.delivered == 7);
    CHECK(report.quarantined == 1);
    CHECK(state_ids(db, "delivered").size() == 7);
    const auto quarantined = kiosk::store::quarantined_events(db, 10);
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].id == bad);
    CHECK_THAT(quarantined[0].reason,
               Catch::Contains("HTTP 400") && Catch::Contains("data is not an object"));
    // 8 -> 4+4 -> (2+2) -> (1+1): one request per half plus the first
    CHECK(transport.requests.size() == 7);
}

TEST_CASE("a 413 splits and keeps later batches smaller", "[sync][uploader]") {
    Database db = outbox_with(40);
    ScriptedTransport transport([&](const HttpRequest& request) {
        return ids_in_body(request.body).size() > 10 ? answer(413) : accept_all(request);
    });
    Uploader uploader(db, transport, options(40));
    const auto report = uploader.attempt(kNow, kNowUnix);
    CHECK(report.delivered == 40);
    CHECK(kiosk::store::outbox_summary(db).quarantined == 0);
    CHECK(uploader.batch_limit() == 10);
}

TEST_CASE("a split that loses the network keeps the rest queued", "[sync][uploader]") {
    Database db = outbox_with(4);
    int calls = 0;
    ScriptedTransport transport([&](const HttpRequest& request) {
        ++calls;
        if (calls == 1)
            return answer(400);
        if (calls == 2)
            return accept_all(request); // first half
        return no_answer(HttpResponse::Failure::Network, "Connection reset");
    });
    Uploader uploader(db, transport, options());
    const auto report = uploader.attempt(kNow, kNowUnix);
    CHECK(report.outcome == AttemptReport::Outcome::Progress); // half got through
    CHECK(report.delivered == 2);
    CHECK(state_ids(db, "delivered").size() == 2);
    CHECK(state_ids(db, "queued").size() == 2);
}

TEST_CASE("a 200 that lists none of the batch is a failure, not progress", "[sync][uploader]") {
    Database db = outbox_with(3);
    ScriptedTransport transport([](const HttpRequest&) {
        return answer(200, R"({"accepted":[],"duplicates":[],"rejected":[]})");
    });
    Uploader uploader(db, transport, options());
    const auto report = uploader.attempt(kNow, kNowUnix);
    CHECK(report.outcome == AttemptReport::Outcome::Failed);
    CHECK(report.problem == Problem::ServerError);
    CHECK_THAT(report.detail, Catch::Contains("none of the batch"));
    CHECK(state_ids(db, "queued").size() == 3);
}

TEST_CASE("a stored event that is not valid JSON is quarantined, the rest still go",
          "[sync][uploader]") {
    Database db = outbox_with(2);
    db.exec("INSERT INTO events (id, seq, type, occurred_at, schema, data) VALUES "
            "('00000000-0000-4000-8000-000000000000', 0, 'signup.created', "
            "'2026-11-20T09:00:00Z', 1, '{broken')");
    ScriptedTransport transport(accept_all);
    Uploader uploader(db, transport, options());
    const auto first = uploader.attempt(kNow, kNowUnix);
    CHECK(first.outcome == AttemptReport::Outcome::Progress);
    CHECK(first.quarantined == 1);
    CHECK(first.delivered == 2);
    const auto quarantined = kiosk::store::quarantined_events(db, 10);
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].reason == "the stored event is not valid JSON");
    CHECK(state_ids(db, "delivered").size() == 2);
}

TEST_CASE("an empty outbox sends nothing", "[sync][uploader]") {
    Database db = outbox_with(0);
    ScriptedTransport transport(accept_all);
    Uploader uploader(db, transport, options());
    CHECK(uploader.attempt(kNow, kNowUnix).outcome == AttemptReport::Outcome::Nothing);
    CHECK(transport.requests.empty());
}

TEST_CASE("batches take the oldest events first, at most batch_size", "[sync][uploader]") {
    Database db = outbox_with(7);
    const auto ids = state_ids(db, "queued");
    ScriptedTransport transport(accept_all);
    Uploader uploader(db, transport, options(3));
    uploader.attempt(kNow, kNowUnix);
    uploader.attempt(kNow, kNowUnix);
    uploader.attempt(kNow, kNowUnix);
    REQUIRE(transport.requests.size() == 3);
    CHECK(ids_in_body(transport.requests[0].body) ==
          std::vector<std::string>{ids[0], ids[1], ids[2]});
    CHECK(ids_in_body(transport.requests[2].body) == std::vector<std::string>{ids[6]});
}

TEST_CASE("reading the server's answer", "[sync][batch]") {
    CHECK_FALSE(parse_upload_reply(""));
    CHECK_FALSE(parse_upload_reply("<html></html>"));
    CHECK_FALSE(parse_upload_reply(R"({"accepted":[],"duplicates":[]})"));
    CHECK_FALSE(parse_upload_reply(R"({"accepted":{},"duplicates":[],"rejected":[]})"));
    CHECK_FALSE(parse_upload_reply(R"({"accepted":["a"],"duplicates":[],"rejected":[)"));
    const auto reply = parse_upload_reply(
        R"({"accepted":["a"],"duplicates":["b"],"rejected":[{"id":"c","reason":"r"}],"x":1})");
    REQUIRE(reply);
    CHECK(reply->accepted == std::vector<std::string>{"a"});
    CHECK(reply->duplicates == std::vector<std::string>{"b"});
    REQUIRE(reply->rejected.size() == 1);
    CHECK(reply->rejected[0].reason == "r");
}
