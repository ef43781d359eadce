// The receiver against hostile traffic (issue #15, docs/receiver.md "Hardening"): bodies to
// unknown routes or methods, endless chunked bodies, gzip bombs, slow and idle connections,
// numbers too large to read, and floods of wrong tokens. During each, /health answers within
// a second and the receiver's peak memory stays under kMemoryBoundMib.
#include "raw_connection.hpp"
#include "receiver_harness.hpp"

#include <catch2/catch.hpp>

#include <future>
#include <memory>
#include <vector>

using namespace receiver_test;

namespace {

// The bound stated in docs/receiver.md for a receiver with max_body_bytes of 1 MiB: bodies
// over the limit are dropped as they come, never held. (The attacks here would take gigabytes
// if they were held.)
constexpr double kMemoryBoundMib = 200;
constexpr std::size_t kMiB = 1u << 20;

ConfigOptions one_mib_bodies() {
    ConfigOptions options;
    options.max_body_bytes = kMiB;
    return options;
}

// /health answers 200 within a second, from the receiver's own address.
void health_answers(const Receiver& receiver) {
    const HttpResult health = receiver.http().get("/health");
    CHECK(health.status == 200);
    CHECK(health.seconds < 1.0);
}

std::string status_line(const std::string& answer) {
    return answer.substr(0, answer.find("\r\n"));
}

} // namespace

TEST_CASE("a body sent to an unknown route or with the wrong method is never read",
          "[receiver][attack]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir, one_mib_bodies()));
    SECTION("POST to a path without a route, chunked, without a token: 404, then closed") {
        RawConnection c(receiver.port());
        REQUIRE(c.send("POST /x HTTP/1.1\r\nHost: r\r\nTransfer-Encoding: chunked\r\n\r\n"));
        CHECK(status_line(c.receive(2.0)) == "HTTP/1.1 404 Not Found");
        CHECK(c.send_chunked_flood(1024 * kMiB) < 64 * kMiB);
    }
    SECTION("PUT to the upload path with a 1 MiB gzip body: 405, Allow: POST, nothing read") {
        RawConnection c(receiver.port());
        REQUIRE(c.send("PUT /v1/events HTTP/1.1\r\nHost: r\r\nContent-Encoding: gzip\r\n"
                       "Content-Length: 1048576\r\n\r\n"));
        const std::string answer = c.receive(2.0);
        CHECK(status_line(answer) == "HTTP/1.1 405 Method Not Allowed");
        CHECK(answer.find("Allow: POST") != std::string::npos);
    }
    SECTION("four endless chunked bodies at once") {
        std::vector<std::future<std::size_t>> floods;
        for (int i = 0; i < 4; ++i)
            floods.push_back(std::async(std::launch::async, [&] {
                RawConnection c(receiver.port());
                c.send(
                    "POST /v1/nothing HTTP/1.1\r\nHost: r\r\nTransfer-Encoding: chunked\r\n\r\n");
                return c.send_chunked_flood(1024 * kMiB);
            }));
        health_answers(receiver);
        for (auto& f : floods)
            CHECK(f.get() < 64 * kMiB);
    }
    health_answers(receiver);
    INFO("peak RSS " << peak_rss_mib(receiver.pid()) << " MiB");
    CHECK(peak_rss_mib(receiver.pid()) < kMemoryBoundMib);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("an upload body over the limit is dropped as it comes, chunked or unpacked",
          "[receiver][attack]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir, one_mib_bodies()));
    SECTION("an endless chunked body with a right token is cut off") {
        RawConnection c(receiver.port());
        REQUIRE(c.send(std::string("POST /v1/events HTTP/1.1\r\nHost: r\r\n") +
                       "Authorization: Bearer " + kTokenA + "\r\nX-Kiosk-Id: " + kKioskA +
                       "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
        CHECK(c.send_chunked_flood(1024 * kMiB) < 64 * kMiB);
    }
    SECTION("four gzip bombs at once (64 KiB that unpack to 64 MiB each): 413") {
        const std::string bomb = gzip(std::string(64 * kMiB, '\0'));
        REQUIRE(bomb.size() < kMiB);
        const std::string request =
            std::string("POST /v1/events HTTP/1.1\r\nHost: r\r\nAuthorization: Bearer ") + kTokenA +
            "\r\nX-Kiosk-Id: " + kKioskA +
            "\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            "Content-Length: " +
            std::to_string(bomb.size()) + "\r\nConnection: close\r\n\r\n" + bomb;
        // Raw sockets on the threads: Catch's assertions are for the test's own thread only.
        std::vector<std::future<std::string>> posts;
        for (int i = 0; i < 4; ++i)
            posts.push_back(std::async(std::launch::async, [&] {
                RawConnection c(receiver.port());
                c.send(request);
                return status_line(c.receive(10.0));
            }));
        health_answers(receiver);
        for (auto& p : posts)
            CHECK(p.get() == "HTTP/1.1 413 Content Too Large");
    }
    health_answers(receiver);
    INFO("peak RSS " << peak_rss_mib(receiver.pid()) << " MiB");
    CHECK(peak_rss_mib(receiver.pid()) < kMemoryBoundMib);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("slow and idle clients hold no worker, and one address holds at most its share",
          "[receiver][attack]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir, one_mib_bodies()));
    SECTION("eight clients sending a header byte at a time") {
        std::vector<std::unique_ptr<RawConnection>> slow;
        for (int i = 0; i < 8; ++i)
            slow.push_back(std::make_unique<RawConnection>(receiver.port(), "127.0.0.2"));
        const std::string request = "GET /health HTTP/1.1\r\nHost: r\r\n";
        for (std::size_t byte = 0; byte < 6; ++byte) {
            for (auto& c : slow)
                CHECK(c->send(request.substr(byte, 1)));
            health_answers(receiver);
        }
    }
    SECTION("a hundred idle connections from one address: 64 kept, the rest closed") {
        std::vector<std::unique_ptr<RawConnection>> idle;
        for (int i = 0; i < 100; ++i)
            idle.push_back(std::make_unique<RawConnection>(receiver.port(), "127.0.0.3"));
        health_answers(receiver);
        int closed = 0;
        for (auto& c : idle)
            closed += c->closed_within(0.05) ? 1 : 0;
        CHECK(closed == 36);
        health_answers(receiver);
    }
    CHECK(receiver.stop() == 0);
}

TEST_CASE("a number too large to read is a 400 with a reason, not a 500", "[receiver][attack]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const HttpResult result = receiver.upload(
        batch_json({event_json(new_id(), "signup.created", "2026-11-20T10:00:00Z",
                               R"({"session_id":"s-1","code":"AAA-111","n":1e999})")}));
    CHECK(result.status == 400);
    CHECK(result.body.find("too large") != std::string::npos);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("an address that keeps sending wrong tokens is paused, and the log does not flood",
          "[receiver][attack]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const auto wrong = upload_headers(kKioskA, "wrong-token-0123456789");
    const std::string body = batch_json({event_json(new_id())});
    int refused = 0, paused = 0;
    std::string retry_after;
    for (int i = 0; i < 300; ++i) {
        const HttpResult r = receiver.http().post("/v1/events", body, wrong);
        refused += r.status == 401 ? 1 : 0;
        paused += r.status == 429 ? 1 : 0;
        if (r.status == 429)
            retry_after = r.header("retry-after");
    }
    CHECK(refused == 20);
    CHECK(paused == 280);
    CHECK(!retry_after.empty());
    // While paused even the right token waits; another address is served as always.
    CHECK(receiver.upload(body).status == 429);
    RawConnection other(receiver.port(), "127.0.0.2");
    REQUIRE(other.send("GET /health HTTP/1.1\r\nHost: r\r\nConnection: close\r\n\r\n"));
    CHECK(status_line(other.receive(2.0)) == "HTTP/1.1 200 OK");
    CHECK(receiver.stop() == 0);
    const std::string log = receiver.log();
    const auto count = [&](const std::string& what) {
        std::size_t n = 0;
        for (auto at = log.find(what); at != std::string::npos; at = log.find(what, at + 1))
            ++n;
        return n;
    };
    CHECK(count("status=401") == 20);
    CHECK(count("status=429") == 0);
    CHECK(count("refused tokens within") == 1);
}
