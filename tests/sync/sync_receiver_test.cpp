// The kiosk's uploader against the real receiver on 127.0.0.1: offline then online, every
// fault mode of the receiver, refused credentials, and TLS trust and pinning. In every case
// the receiver ends up with exactly the events the kiosk recorded, each once.
#include "sync_test_support.hpp"

#include <catch2/catch.hpp>

#include <ctime>

using namespace sync_test;
using receiver_test::ConfigOptions;
using receiver_test::Receiver;
using receiver_test::TempDir;

namespace {

std::string local_url(const Receiver& receiver) {
    return "http://127.0.0.1:" + std::to_string(receiver.port());
}

std::set<std::string> as_set(const std::vector<std::string>& ids) {
    return {ids.begin(), ids.end()};
}

} // namespace

TEST_CASE("offline for a while, then online: everything queued arrives once", "[sync][e2e]") {
    TempDir kiosk_dir, receiver_dir;
    const std::string data = kiosk_dir.file("data");
    const auto recorded = record_events(data, 230);
    const int port = unused_port();

    kiosk::sync::UploadService service(
        service_options(data, "http://127.0.0.1:" + std::to_string(port)), nullptr);
    service.start();
    pump_until_empty(service, 3);
    const auto offline = service.status();
    // after three failures in a row the next try is at least 5 s away, and none comes sooner
    REQUIRE(offline.next_attempt_unix);
    CHECK(*offline.next_attempt_unix >= std::time(nullptr) + 4);
    const auto attempts = service.wait_for_attempts(0, std::chrono::milliseconds(0));
    CHECK(service.wait_for_attempts(attempts + 1, std::chrono::milliseconds(500)) == attempts);
    CHECK(offline.problem == "offline");
    CHECK(offline.waiting == 230);
    REQUIRE(offline.oldest_waiting_unix);
    CHECK_FALSE(offline.last_success_unix);
    CHECK(kiosk_ids_in(data, "queued").size() == 230);

    ConfigOptions config;
    config.listen = "127.0.0.1:" + std::to_string(port);
    Receiver receiver(receiver_dir, receiver_test::write_config(receiver_dir, config));
    service.network_changed();
    pump_until_empty(service, 20);

    const auto online = service.status();
    CHECK(online.waiting == 0);
    CHECK(online.problem.empty());
    CHECK(online.last_success_unix);
    CHECK(receiver_ids(receiver_dir) == as_set(recorded));
    CHECK(receiver_rows(receiver_dir) == 230);
    CHECK(kiosk_ids_in(data, "delivered") == as_set(recorded));
    service.stop();
    CHECK(receiver.stop() == 0);
}

TEST_CASE("every fault mode of the receiver: nothing lost, nothing stored twice", "[sync][e2e]") {
    struct Mode {
        const char* name;
        std::vector<std::string> flags;
        std::string problem; // what staff see after a faulty answer
    };
    const std::vector<Mode> modes = {
        {"500s", {"--fail-share", "0.5"}, "server_error"},
        {"429 with Retry-After seconds", {"--throttle-share", "0.5", "--retry-after", "1"}, "busy"},
        {"429 with Retry-After date",
         {"--throttle-share", "0.5", "--retry-after", "2", "--retry-after-date"},
         "busy"},
        {"captive-portal HTML", {"--html-share", "0.5"}, "login_page"},
        {"connection closed mid-answer", {"--close-share", "0.5"}, "offline"},
        {"slow answers past the time limit", {"--delay-ms", "1500"}, "timeout"},
    };
    for (const auto& mode : modes) {
        DYNAMIC_SECTION(mode.name) {
            TempDir kiosk_dir, receiver_dir;
            const std::string data = kiosk_dir.file("data");
            const auto recorded = record_events(data, 120);
            std::vector<std::string> flags = mode.flags;
            flags.insert(flags.end(), {"--seed", "11"});
            Receiver receiver(receiver_dir, receiver_test::write_config(receiver_dir), flags);
            auto options = service_options(data, local_url(receiver));
            options.upload.batch_size = 20;
            options.transport.total_timeout_s = 1; // makes --delay-ms a time-out
            kiosk::sync::UploadService service(options, nullptr);
            service.start();

            const bool all_late = mode.name == std::string("slow answers past the time limit");
            std::set<std::string> problems_seen;
            std::uint64_t done = 0;
            for (int attempt = 0; attempt < (all_late ? 3 : 60); ++attempt) {
                service.send_now();
                done = service.wait_for_attempts(done + 1, std::chrono::seconds(30));
                const auto status = service.status();
                if (!status.problem.empty())
                    problems_seen.insert(status.problem);
                if (status.waiting == 0)
                    break;
            }
            if (all_late) {
                // every answer is late, so nothing can be confirmed: all stays queued, and
                // whatever the receiver stored meanwhile is only ever stored once
                CHECK(service.status().waiting == 120);
                CHECK(receiver_rows(receiver_dir) ==
                      static_cast<std::int64_t>(receiver_ids(receiver_dir).size()));
            } else {
                CHECK(service.status().waiting == 0);
                CHECK(receiver_ids(receiver_dir) == as_set(recorded));
                CHECK(receiver_rows(receiver_dir) == 120);
                CHECK(kiosk_ids_in(data, "quarantined").empty());
            }
            CHECK(problems_seen.count(mode.problem) == 1);
            service.stop();
            CHECK(receiver.stop() == 0);
        }
    }
}

TEST_CASE("a wrong token pauses uploads, keeps every event and tells staff", "[sync][e2e]") {
    TempDir kiosk_dir, receiver_dir;
    const std::string data = kiosk_dir.file("data");
    const auto recorded = record_events(data, 10);
    Receiver receiver(receiver_dir, receiver_test::write_config(receiver_dir));
    kiosk::sync::UploadService service(
        service_options(data, local_url(receiver), "not-the-right-token-at-all"), nullptr);
    service.start();
    pump_until_empty(service, 2);
    const auto status = service.status();
    CHECK(status.problem == "refused");
    CHECK_THAT(status.problem_detail, Catch::Contains("401"));
    CHECK(status.waiting == 10);
    CHECK(status.quarantined == 0);
    REQUIRE(status.next_attempt_unix);
    CHECK(receiver_rows(receiver_dir) == 0);
    service.stop();
    CHECK(receiver.stop() == 0);
}

TEST_CASE("TLS: a self-signed server is refused unless its CA is configured, pins are checked",
          "[sync][e2e][tls]") {
    TempDir kiosk_dir, receiver_dir;
    const std::string cert = receiver_dir.file("cert.pem");
    const std::string key = receiver_dir.file("key.pem");
    receiver_test::make_self_signed_cert(cert, key);
    ConfigOptions config;
    config.tls_cert = cert;
    config.tls_key = key;
    Receiver receiver(receiver_dir, receiver_test::write_config(receiver_dir, config), {}, cert);
    const std::string url = "https://127.0.0.1:" + std::to_string(receiver.port());
    const std::string data = kiosk_dir.file("data");
    const auto recorded = record_events(data, 5);

    auto attempt_with = [&](const std::string& ca_file, const std::string& pin) {
        auto options = service_options(data, url);
        options.transport.ca_file = ca_file;
        options.transport.pinned_public_key = pin;
        kiosk::sync::UploadService service(options, nullptr);
        service.start();
        pump_until_empty(service, 1);
        auto status = service.status();
        service.stop();
        return status;
    };

    SECTION("no CA configured: the system's CAs do not know it") {
        CHECK(attempt_with("", "").problem == "tls");
        CHECK(receiver_rows(receiver_dir) == 0);
    }
    SECTION("a pin that does not match is refused even with the CA") {
        const auto status =
            attempt_with(cert, "sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        CHECK(status.problem == "pin");
        CHECK(receiver_rows(receiver_dir) == 0);
    }
    SECTION("the CA and the right pin: delivered") {
        const auto status = attempt_with(cert, public_key_pin(cert));
        CHECK(status.problem.empty());
        CHECK(status.waiting == 0);
        CHECK(receiver_ids(receiver_dir) == as_set(recorded));
    }
    CHECK(receiver.stop() == 0);
}
