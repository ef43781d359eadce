// Signed bundles end to end: made and signed with the real kiosk_bundle tool, served by the
// real receiver on 127.0.0.1, fetched by the kiosk's BundleUpdater over libcurl. A good bundle
// is installed; tampered, wrong-key, truncated and replayed-older ones are refused while the
// installed one stays; If-None-Match gives 304. Then the tool's own errors and exit codes.
#include "receiver_harness.hpp"
#include "store/open_store.hpp"
#include "sync/bundle_store.hpp"
#include "sync/bundle_updater.hpp"
#include "sync/curl_transport.hpp"
#include "sync/upload_service.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <atomic>
#include <filesystem>

using namespace receiver_test;
using kiosk::sync::BundleCheckResult;
using Outcome = BundleCheckResult::Outcome;

namespace {

const std::string kAssets = KIOSK_TEST_ASSETS;

struct Tool {
    TempDir dir; // the tool's stdout/stderr files
    std::string out;
    std::string err;

    int run(const std::vector<std::string>& args) {
        return run_program_once(dir, KIOSK_BUNDLE_TOOL, args, out, err);
    }
    // A new key in path; returns the public key.
    std::string keygen(const std::string& path) {
        REQUIRE(run({"keygen", "-o", path}) == 0);
        REQUIRE(out.size() == 45);
        return out.substr(0, 44);
    }
    void make(const std::string& version, const std::string& key, const std::string& to,
              const std::string& kiosk = "*") {
        INFO(err);
        REQUIRE(run({"make", "--content", kAssets + "/content", "--schedule",
                     kAssets + "/groups/schedule.toml", "--version", version, "--kiosk", kiosk,
                     "--key", key, "-o", to}) == 0);
    }
};

std::optional<std::int64_t> active_version(const std::string& data_dir) {
    const auto active = kiosk::sync::active_bundle(data_dir);
    return active ? std::optional<std::int64_t>(active->version) : std::nullopt;
}

} // namespace

TEST_CASE("bundles from kiosk_bundle through the receiver: good installed, bad refused",
          "[sync][bundle][e2e]") {
    TempDir keys_dir, receiver_dir, kiosk_dir;
    Tool tool;
    const std::string key = keys_dir.file("signing.key");
    const std::string public_key = tool.keygen(key);
    const std::string bundles = receiver_dir.file("bundles");
    std::filesystem::create_directories(bundles);
    const std::string all = bundles + "/all.bundle";
    const std::string mine = bundles + "/" + std::string(kKioskA) + ".bundle";
    tool.make("1", key, all);
    CHECK(tool.run({"verify", "--public-key", public_key, all}) == 0);
    CHECK_THAT(tool.out, Catch::Contains("good bundle, version 1 for every kiosk"));

    ConfigOptions config;
    config.bundles_dir = bundles;
    Receiver receiver(receiver_dir, write_config(receiver_dir, config));
    kiosk::sync::CurlTransport transport({}, nullptr);
    kiosk::sync::BundleOptions options;
    options.base_url = "http://127.0.0.1:" + std::to_string(receiver.port()) + "/";
    options.token = kTokenA;
    options.kiosk_id = kKioskA;
    options.public_key_base64 = public_key;
    options.data_dir = kiosk_dir.file("data");
    options.languages = {"nl", "en"};
    kiosk::sync::BundleUpdater updater(transport, options);
    auto check = [&] { return updater.check("2026-11-22T17:05:09Z"); };

    auto result = check();
    CHECK(result.outcome == Outcome::Installed);
    CHECK(result.version == std::optional<std::int64_t>(1));
    CHECK(active_version(options.data_dir) == std::optional<std::int64_t>(1));
    CHECK(check().outcome == Outcome::NotModified);

    // bad bundles for this kiosk only, in front of the good all.bundle
    tool.make("2", key, mine, kKioskA);
    const std::string good_v2 = read_text(mine);
    const std::size_t payload_at = good_v2.find('\n', good_v2.find('\n') + 1) + 1;
    std::string tampered = good_v2;
    tampered[payload_at + 1000] ^= 0x01;
    const std::string other_key = keys_dir.file("other.key");
    tool.keygen(other_key);
    tool.make("2", other_key, keys_dir.file("other.bundle"), kKioskA);

    struct Case {
        const char* what;
        std::string bytes;
        const char* reason;
    };
    const std::vector<Case> cases = {
        {"tampered", tampered, "changed after it was signed"},
        {"wrong key", read_text(keys_dir.file("other.bundle")), "signed with another key"},
        {"truncated", good_v2.substr(0, good_v2.size() - 100), "cut short"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        write_text(mine, c.bytes);
        result = check();
        CHECK(result.outcome == Outcome::Refused);
        CHECK_THAT(result.reason, Catch::Contains(c.reason));
        CHECK(result.version == std::optional<std::int64_t>(1));
        CHECK(active_version(options.data_dir) == std::optional<std::int64_t>(1));
    }

    write_text(mine, good_v2);
    CHECK(check().outcome == Outcome::Installed);
    CHECK(active_version(options.data_dir) == std::optional<std::int64_t>(2));

    // the server falls back to the older all.bundle: replayed, refused
    std::filesystem::remove(mine);
    result = check();
    CHECK(result.outcome == Outcome::Refused);
    CHECK_THAT(result.reason, Catch::Contains("older than version 2"));
    CHECK(active_version(options.data_dir) == std::optional<std::int64_t>(2));

    // a kiosk with the wrong token is told so and keeps what it has
    options.token = kTokenB;
    kiosk::sync::BundleUpdater wrong_token(transport, options);
    result = wrong_token.check("2026-11-22T17:05:09Z");
    CHECK(result.outcome == Outcome::Failed);
    CHECK_THAT(result.reason, Catch::Contains("HTTP 401"));
    CHECK(active_version(options.data_dir) == std::optional<std::int64_t>(2));
    CHECK(receiver.stop() == 0);
    // the second check above was answered 304 (the log is complete once the receiver exits)
    CHECK_THAT(receiver.log(), Catch::Contains("/bundle kiosk=centre-a status=304"));
}

TEST_CASE("kiosk_bundle: clear errors and exit codes 0, 1 and 2", "[sync][bundle]") {
    TempDir dir;
    Tool tool;
    const std::string key = dir.file("signing.key");
    const std::string public_key = tool.keygen(key);
    CHECK_THAT(tool.err, Catch::Contains("bundle_public_key = \"" + public_key + "\""));
    struct stat info {};
    REQUIRE(::stat(key.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(tool.run({"keygen", "-o", key}) == 1);
    CHECK_THAT(tool.err, Catch::Contains("already exists"));

    CHECK(tool.run({}) == 2);
    CHECK(tool.run({"sign"}) == 2);
    CHECK_THAT(tool.err, Catch::Contains("unknown command \"sign\""));
    CHECK(tool.run({"--help"}) == 0);
    CHECK_THAT(tool.out, Catch::Contains("kiosk_bundle make"));
    CHECK(tool.run({"make", "--schedule", kAssets + "/groups/schedule.toml", "--kiosk", "*",
                    "--key", key, "-o", dir.file("x.bundle")}) == 2);
    CHECK_THAT(tool.err, Catch::Contains("make needs --version"));
    CHECK(tool.run({"make", "--schedule", kAssets + "/groups/schedule.toml", "--version", "two",
                    "--kiosk", "*", "--key", key, "-o", dir.file("x.bundle")}) == 2);
    CHECK_THAT(tool.err, Catch::Contains("--version must be a whole number"));
    CHECK(tool.run({"make", "--schedule", kAssets + "/groups/schedule.toml", "--version", "1",
                    "--kiosk", "Centre A", "--key", key, "-o", dir.file("x.bundle")}) == 2);
    CHECK_THAT(tool.err, Catch::Contains("--kiosk must be a kiosk_id"));
    CHECK(tool.run({"make", "--colour", "red"}) == 2);
    CHECK_THAT(tool.err, Catch::Contains("no option --colour"));

    CHECK(tool.run({"make", "--schedule", kAssets + "/groups/schedule.toml", "--version", "1",
                    "--kiosk", "*", "--key", dir.file("missing.key"), "-o",
                    dir.file("x.bundle")}) == 1);
    CHECK_THAT(tool.err, Catch::Contains("kiosk_bundle keygen -o"));

    // a content pack with a problem: every problem named at its source, nothing written
    const std::string content = dir.file("content");
    std::filesystem::copy(kAssets + "/content", content, std::filesystem::copy_options::recursive);
    write_text(content + "/README.md", "notes for editors\n");
    write_text(content + "/substances/cocaine.toml", "id = \"cocaine\"\nkind = \"spicy\"\n");
    CHECK(tool.run({"make", "--content", content, "--version", "1", "--kiosk", "*", "--key", key,
                    "-o", dir.file("x.bundle")}) == 1);
    CHECK_THAT(tool.err, Catch::Contains(content + "/substances/cocaine.toml:2: kind"));
    CHECK_THAT(tool.err, Catch::Contains("skipped " + content + "/README.md"));
    CHECK_THAT(tool.err, Catch::Contains("Nothing written"));
    CHECK_FALSE(std::filesystem::exists(dir.file("x.bundle")));

    std::filesystem::copy_file(kAssets + "/content/substances/cocaine.toml",
                               content + "/substances/cocaine.toml",
                               std::filesystem::copy_options::overwrite_existing);
    CHECK(tool.run({"make", "--content", content, "--version", "7", "--kiosk", "centre-a", "--key",
                    key, "-o", dir.file("x.bundle")}) == 0);
    CHECK_THAT(tool.out, Catch::Contains("version 7 for kiosk centre-a"));
    const std::string bundle = dir.file("x.bundle");
    CHECK(tool.run({"verify", "--public-key", public_key, "--kiosk", "centre-a", bundle}) == 0);
    CHECK(tool.run({"verify", "--public-key", public_key, "--kiosk", "centre-b", bundle}) == 1);
    CHECK_THAT(tool.err, Catch::Contains("for kiosk \"centre-a\", not for \"centre-b\""));
    const std::string other_key = tool.keygen(dir.file("other.key"));
    CHECK(tool.run({"verify", "--public-key", other_key, bundle}) == 1);
    CHECK_THAT(tool.err, Catch::Contains("refused: the bundle is signed with another key"));
    CHECK(tool.run({"verify", "--public-key", "abc", bundle}) == 2);
    CHECK_THAT(tool.err, Catch::Contains("--public-key must be"));

    ::chmod(key.c_str(), 0644);
    CHECK(tool.run({"make", "--schedule", kAssets + "/groups/schedule.toml", "--version", "1",
                    "--kiosk", "*", "--key", key, "-o", dir.file("y.bundle")}) == 0);
    CHECK_THAT(tool.err, Catch::Contains("warning: the key file " + key +
                                         " can be read by other users; run: chmod 600"));
}

TEST_CASE("the uploader thread asks for bundles at start and on send now, and says so",
          "[sync][bundle]") {
    TempDir server, kiosk_dir;
    Tool tool;
    const std::string bundles = server.file("bundles");
    std::filesystem::create_directories(bundles);
    const std::string public_key = tool.keygen(server.file("secret.key"));
    tool.make("4", server.file("secret.key"), bundles + "/all.bundle");
    ConfigOptions config;
    config.bundles_dir = bundles;
    Receiver receiver(server, write_config(server, config));
    const std::string data = kiosk_dir.file("data");
    kiosk::store::open_store(data, "2026-11-22T17:05:09Z"); // the app makes the database first

    kiosk::sync::ServiceOptions options;
    options.db_path = data + "/kiosk.db";
    options.upload = {"http://127.0.0.1:" + std::to_string(receiver.port()), kTokenA, kKioskA, 50,
                      true};
    options.bundles = kiosk::sync::BundleOptions{
        options.upload.base_url, kTokenA, kKioskA, public_key, data, {"nl", "en"}};
    std::atomic<int> changes{0};
    kiosk::sync::UploadService service(options, [&] { ++changes; });
    service.start();
    // the thread's first round asks for a bundle, then makes its first attempt
    REQUIRE(service.wait_for_attempts(1, std::chrono::seconds(30)) >= 1);
    CHECK(service.bundles_installed() == 1);
    CHECK(active_version(data) == std::optional<std::int64_t>(4));
    auto status = service.status();
    CHECK(status.bundle_version == std::optional<std::int64_t>(4));
    CHECK(status.bundle_checked_unix);
    CHECK(status.bundle_problem.empty());
    CHECK(changes > 0);

    // a tampered newer bundle: refused with a reason staff can read, version 4 stays
    tool.make("5", server.file("secret.key"), bundles + "/all.bundle");
    std::string bytes = read_text(bundles + "/all.bundle");
    bytes[bytes.size() - 10] ^= 0x01;
    write_text(bundles + "/all.bundle", bytes);
    const auto done = service.wait_for_attempts(0, std::chrono::milliseconds(0));
    service.send_now();
    REQUIRE(service.wait_for_attempts(done + 1, std::chrono::seconds(30)) > done);
    status = service.status();
    CHECK(service.bundles_installed() == 1);
    CHECK(status.bundle_version == std::optional<std::int64_t>(4));
    CHECK_FALSE(status.bundle_problem.empty());
    service.stop();
    CHECK(receiver.stop() == 0);
}
