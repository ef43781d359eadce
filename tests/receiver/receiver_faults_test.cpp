// The test modes against the real receiver. The fault sequence of a seed is replayed here with
// the receiver's own FaultPicker, so every expectation is exact, not statistical.
#include "receiver_harness.hpp"

#include "faults.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>

using namespace receiver_test;
using receiver::Fault;
using receiver::FaultOptions;
using receiver::FaultPicker;
using Ids = std::vector<std::string>;

namespace {

std::vector<Fault> plan(const FaultOptions& options, std::size_t count) {
    FaultPicker picker(options);
    std::vector<Fault> faults;
    for (std::size_t i = 0; i < count; ++i) {
        faults.push_back(picker.next());
    }
    return faults;
}

// The first seed whose sequence starts with want.
std::uint64_t seed_starting(FaultOptions options, const std::vector<Fault>& want) {
    for (std::uint64_t seed = 1; seed < 10000; ++seed) {
        options.seed = seed;
        if (plan(options, want.size()) == want) {
            return seed;
        }
    }
    FAIL("no seed below 10000 starts with the wanted faults");
    return 0;
}

// What a kiosk sees: the fault that must have happened, judged from the answer alone.
Fault observed(const HttpResult& r) {
    if (!r.ok()) {
        return Fault::Close;
    }
    if (r.status == 500) {
        return Fault::Fail;
    }
    if (r.status == 429) {
        return Fault::Throttle;
    }
    if (r.status == 200 && r.headers.count("content-type") &&
        r.headers.at("content-type").rfind("text/html", 0) == 0) {
        return Fault::Html;
    }
    return Fault::None;
}

std::vector<std::string> fault_args(const std::string& flag, double share, std::uint64_t seed) {
    return {flag, std::to_string(share), "--seed", std::to_string(seed)};
}

} // namespace

TEST_CASE("fail mode (--fail-share): the drawn upload gets 500 and nothing of it is stored",
          "[store]") {
    FaultOptions options;
    options.fail_share = 0.5;
    const auto seed = seed_starting(options, {Fault::Fail, Fault::None});
    TempDir dir;
    Receiver receiver(dir, write_config(dir), fault_args("--fail-share", 0.5, seed));
    const Ids ids{new_id(), new_id()};
    const std::string body = batch_json({event_json(ids[0]), event_json(ids[1])});
    const HttpResult failed = receiver.upload(body);
    CHECK(failed.status == 500);
    const HttpResult next = receiver.upload(body);
    REQUIRE(next.status == 200);
    CHECK(ids_in(next, "accepted") == ids);              // not duplicates: the 500 stored nothing
    CHECK(receiver.http().get("/health").status == 200); // health checks are never faulted
    REQUIRE(receiver.stop() == 0);
    CHECK_THAT(receiver.log(), Catch::Contains("status=500 fault=fail"));
}

TEST_CASE("throttle mode (--throttle-share --retry-after): 429 with Retry-After in seconds, "
          "nothing stored",
          "[store]") {
    FaultOptions options;
    options.throttle_share = 0.5;
    const auto seed = seed_starting(options, {Fault::Throttle, Fault::None});
    TempDir dir;
    auto args = fault_args("--throttle-share", 0.5, seed);
    args.insert(args.end(), {"--retry-after", "2"});
    Receiver receiver(dir, write_config(dir), args);
    const Ids ids{new_id()};
    const std::string body = batch_json({event_json(ids[0])});
    const HttpResult throttled = receiver.upload(body);
    CHECK(throttled.status == 429);
    CHECK(throttled.header("retry-after") == "2");
    const HttpResult next = receiver.upload(body);
    REQUIRE(next.status == 200);
    CHECK(ids_in(next, "accepted") == ids);
    CHECK(receiver.stop() == 0);
}

TEST_CASE(
    "throttle mode with --retry-after-date: Retry-After is an HTTP-date that many seconds ahead",
    "[store]") {
    TempDir dir;
    Receiver receiver(
        dir, write_config(dir),
        {"--throttle-share", "1", "--retry-after", "30", "--retry-after-date", "--seed", "7"});
    const std::time_t before = std::time(nullptr);
    const HttpResult r = receiver.upload(batch_json({event_json(new_id())}));
    const std::time_t after = std::time(nullptr);
    REQUIRE(r.status == 429);
    const std::string date = r.header("retry-after");
    INFO(date);
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    REQUIRE(date.size() == 29);
    CHECK(date.substr(25) == " GMT");
    const std::time_t when = curl_getdate(date.c_str(), nullptr);
    CHECK(when >= before + 30 - 1);
    CHECK(when <= after + 30 + 1);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("html mode (--html-share): a 200 captive-portal page instead of JSON, nothing stored",
          "[store]") {
    FaultOptions options;
    options.html_share = 0.5;
    const auto seed = seed_starting(options, {Fault::Html, Fault::None});
    TempDir dir;
    Receiver receiver(dir, write_config(dir), fault_args("--html-share", 0.5, seed));
    const Ids ids{new_id()};
    const std::string body = batch_json({event_json(ids[0])});
    const HttpResult portal = receiver.upload(body);
    CHECK(portal.status == 200);
    CHECK_THAT(portal.header("content-type"), Catch::StartsWith("text/html"));
    CHECK_THAT(portal.body, Catch::Contains("<html>"));
    CHECK(nlohmann::json::parse(portal.body, nullptr, false).is_discarded());
    const HttpResult next = receiver.upload(body);
    REQUIRE(next.status == 200);
    CHECK(ids_in(next, "accepted") == ids);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("close mode (--close-share): stored, then the answer is cut off, and the resend is all "
          "duplicates",
          "[store]") {
    FaultOptions options;
    options.close_share = 0.5;
    const auto seed = seed_starting(options, {Fault::Close, Fault::None});
    TempDir dir;
    Receiver receiver(dir, write_config(dir), fault_args("--close-share", 0.5, seed));
    const Ids ids{new_id(), new_id()};
    const std::string body = batch_json({event_json(ids[0]), event_json(ids[1])});
    const HttpResult cut = receiver.upload(body);
    CHECK_FALSE(cut.ok());
    CHECK(cut.code ==
          CURLE_PARTIAL_FILE); // headers and part of the body, then the connection drops
    CHECK(cut.status == 200);
    CHECK_FALSE(cut.body.empty());
    CHECK(nlohmann::json::parse(cut.body, nullptr, false).is_discarded());
    const HttpResult resend = receiver.upload(body);
    REQUIRE(resend.status == 200);
    CHECK(ids_in(resend, "duplicates") == ids);
    CHECK(ids_in(resend, "accepted").empty());
    CHECK(receiver.stop() == 0);
}

TEST_CASE("delay mode (--delay-ms): each upload waits that long", "[store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir), {"--delay-ms", "400"});
    const HttpResult r = receiver.upload(batch_json({event_json(new_id())}));
    CHECK(r.status == 200);
    CHECK(r.seconds >= 0.4);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("with all modes mixed, the same seed gives the same faults, upload by upload",
          "[store]") {
    FaultOptions options;
    options.fail_share = 0.2;
    options.throttle_share = 0.2;
    options.html_share = 0.2;
    options.close_share = 0.2;
    options.seed = 12345;
    const std::size_t count = 25;
    const std::vector<Fault> expected = plan(options, count);
    for (Fault f : {Fault::None, Fault::Fail, Fault::Throttle, Fault::Html, Fault::Close}) {
        REQUIRE(std::count(expected.begin(), expected.end(), f) > 0); // the seed covers all
    }
    for (int run = 0; run < 2; ++run) {
        INFO("run " << run);
        TempDir dir;
        Receiver receiver(dir, write_config(dir),
                          {"--fail-share", "0.2", "--throttle-share", "0.2", "--html-share", "0.2",
                           "--close-share", "0.2", "--seed", "12345"});
        std::vector<Fault> seen;
        for (std::size_t i = 0; i < count; ++i) {
            seen.push_back(observed(receiver.upload(batch_json({event_json(new_id())}))));
        }
        CHECK(seen == expected);
        CHECK(receiver.stop() == 0);
    }
}
