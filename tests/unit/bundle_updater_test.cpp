// The bundle updater against scripted answers: a good bundle is installed and becomes the
// active one; every bad one is refused with a plain reason while nothing on disk changes;
// 304/404/401/network answers; the token never shows up in a reason.
#include "bundle_support.hpp"
#include "core/content/pack_loader.hpp"
#include "core/groups/schedule_loader.hpp"
#include "sync/bundle_store.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kiosk::sync;
using namespace kiosk::sync::test;
using bundle_test::make_bundle;
using kiosk::store::test::TempDir;
using Outcome = BundleCheckResult::Outcome;

namespace {

// A signed bundle whose manifest is exactly `manifest` (even one the kiosk must refuse).
std::string sealed_json(const nlohmann::json& manifest) {
    return seal_bundle(manifest.dump(), bundle_test::test_keys());
}

nlohmann::json manifest_json_of(std::int64_t version) {
    return nlohmann::json::parse(manifest_json(bundle_test::manifest_of(version)));
}

} // namespace

TEST_CASE("a good bundle is installed and the active paths switch to it", "[bundle][updater]") {
    BundleKiosk k;
    CHECK_FALSE(active_bundle(k.data));

    const auto first = k.offer(make_bundle(1), "\"etag-1\"");
    CHECK(first.outcome == Outcome::Installed);
    CHECK(first.version == std::optional<std::int64_t>(1));
    CHECK(first.offered == std::optional<std::int64_t>(1));
    CHECK(first.reason.empty());
    const HttpRequest& request = k.server.transport.requests.back();
    CHECK(request.method == "GET");
    CHECK(request.url == "https://example.org/kiosk/v1/kiosks/centre-a/bundle");
    CHECK(k.server.last_header("Authorization:") ==
          std::string("Authorization: Bearer ") + kBundleToken);
    CHECK(k.server.last_header("If-None-Match:").empty());

    auto active = active_bundle(k.data);
    REQUIRE(active);
    CHECK(active->version == 1);
    CHECK(active->folder == k.data + "/bundles/v1");
    CHECK(active->content_dir == std::optional<std::string>(k.data + "/bundles/v1/content"));
    CHECK(active->schedule_file ==
          std::optional<std::string>(k.data + "/bundles/v1/schedule.toml"));
    CHECK(active->installed_at == kNow);
    CHECK_FALSE(active->previous);
    const auto pack = kiosk::content::load_pack(*active->content_dir, {"nl", "en"});
    CHECK(pack.problems.empty());
    CHECK(pack.pack);
    CHECK(kiosk::groups::load_schedule(*active->schedule_file).schedule);
    CHECK_THAT(kiosk::store::test::read_bytes(*active->content_dir + "/pack.toml"),
               Catch::EndsWith("# version 1\n"));

    CHECK(k.offer(make_bundle(2), "\"etag-2\"").outcome == Outcome::Installed);
    CHECK(k.server.last_header("If-None-Match:") == "If-None-Match: \"etag-1\"");
    active = active_bundle(k.data);
    REQUIRE(active);
    CHECK(active->version == 2);
    CHECK(active->previous == std::optional<std::int64_t>(1));
    CHECK_THAT(kiosk::store::test::read_bytes(*active->content_dir + "/pack.toml"),
               Catch::EndsWith("# version 2\n"));
    CHECK(std::filesystem::is_directory(k.data + "/bundles/v1")); // kept for rollback

    CHECK(k.offer(make_bundle(3)).outcome == Outcome::Installed);
    CHECK(active_bundle(k.data)->previous == std::optional<std::int64_t>(2));
    CHECK_FALSE(std::filesystem::exists(k.data + "/bundles/v1")); // older ones are removed
}

TEST_CASE("a bundle may carry only a schedule, or only a content pack", "[bundle][updater]") {
    BundleKiosk k;
    bundle_test::Files schedule_only = {
        {"schedule.toml", bundle_test::shipped_files().at("schedule.toml")}};
    CHECK(k.offer(make_bundle(1, "*", bundle_test::test_keys(), schedule_only)).outcome ==
          Outcome::Installed);
    auto active = active_bundle(k.data);
    REQUIRE(active);
    CHECK_FALSE(active->content_dir);
    CHECK(active->schedule_file);

    auto content_only = bundle_test::files_of_version(2);
    content_only.erase("schedule.toml");
    CHECK(k.offer(make_bundle(2, "centre-a", bundle_test::test_keys(), content_only)).outcome ==
          Outcome::Installed);
    active = active_bundle(k.data);
    REQUIRE(active);
    CHECK(active->content_dir);
    CHECK_FALSE(active->schedule_file);
}

TEST_CASE("a 304, the same ETag or the same bytes again are not modified", "[bundle][updater]") {
    BundleKiosk k;
    const std::string v1 = make_bundle(1);
    REQUIRE(k.offer(v1, "\"etag-1\"").outcome == Outcome::Installed);
    const auto before = snapshot(k.data);

    k.server.offered = answer(304);
    auto result = k.updater.check(kNow);
    CHECK(result.outcome == Outcome::NotModified);
    CHECK(result.version == std::optional<std::int64_t>(1));
    CHECK(k.server.last_header("If-None-Match:") == "If-None-Match: \"etag-1\"");

    // a server that ignores If-None-Match: same ETag, or no ETag but the same bytes
    CHECK(k.offer(v1, "\"etag-1\"").outcome == Outcome::NotModified);
    CHECK(k.offer(v1).outcome == Outcome::NotModified);
    CHECK(k.offer("kiosk-bundle 1 garbage", "\"etag-1\"").outcome == Outcome::NotModified);
    CHECK(snapshot(k.data) == before);
}

TEST_CASE("every bad bundle is refused with its reason and nothing on disk changes",
          "[bundle][updater]") {
    BundleKiosk k;
    REQUIRE(k.offer(make_bundle(1), "\"etag-1\"").outcome == Outcome::Installed);
    REQUIRE(k.offer(make_bundle(2), "\"etag-2\"").outcome == Outcome::Installed);
    const auto before = snapshot(k.data);

    const std::string good = make_bundle(3);
    const std::size_t payload_at = good.find('\n', good.find('\n') + 1) + 1;
    std::string tampered = good;
    tampered[payload_at + (good.size() - payload_at) / 2] ^= 0x20; // a byte flipped in a file
    const std::string unsigned_bundle =
        good.substr(0, good.find('\n') + 1) + good.substr(payload_at);

    auto broken_pack = bundle_test::files_of_version(3);
    broken_pack["content/substances/cocaine.toml"] = "id = \"cocaine\"\nkind = \"spicy\"\n";
    auto broken_schedule = bundle_test::files_of_version(3);
    broken_schedule["schedule.toml"] += "[[group]]\nid = \"x\"\n";
    auto climbing = manifest_json_of(3);
    climbing["files"]["content/../../kiosk.toml"] = "base_url = \"https://evil.example\"\n";
    auto absolute = manifest_json_of(3);
    absolute["files"]["/etc/cron.d/evil"] = "* * * * * root true\n";

    struct Case {
        const char* what;
        std::string bytes;
        const char* reason;
    };
    const std::vector<Case> cases = {
        {"tampered", tampered, "changed after it was signed"},
        {"wrong key", make_bundle(3, "*", bundle_test::other_keys()), "signed with another key"},
        {"truncated", good.substr(0, good.size() / 2), "cut short"},
        {"unsigned", unsigned_bundle, "not signed"},
        {"replayed previous, byte for byte", make_bundle(1), "older than version 2"},
        {"replayed older",
         make_bundle(1, "*", bundle_test::test_keys(), bundle_test::files_of_version(11)),
         "older than version 2"},
        {"same version, other contents",
         make_bundle(2, "*", bundle_test::test_keys(), bundle_test::files_of_version(22)),
         "a version already installed before"},
        {"for another kiosk", make_bundle(3, "centre-b"), "for kiosk \"centre-b\""},
        {"bad content pack", make_bundle(3, "*", bundle_test::test_keys(), broken_pack),
         "content/substances/cocaine.toml"},
        {"bad schedule", make_bundle(3, "*", bundle_test::test_keys(), broken_schedule),
         "schedule.toml"},
        {"a path with ..", sealed_json(climbing), "climbs out of the bundle"},
        {"an absolute path", sealed_json(absolute), "is absolute"},
        {"signed but not JSON", seal_bundle("not json", bundle_test::test_keys()),
         "not valid JSON"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const auto result = k.offer(c.bytes, std::string("\"") + c.what + "\"");
        CHECK(result.outcome == Outcome::Refused);
        CHECK_THAT(result.reason, Catch::Contains(c.reason));
        CHECK(result.version == std::optional<std::int64_t>(2));
        CHECK(snapshot(k.data) == before);
        REQUIRE(active_bundle(k.data));
        CHECK(active_bundle(k.data)->version == 2);
        CHECK(k.server.last_header("If-None-Match:") == "If-None-Match: \"etag-2\"");
    }
    // the refused bundles did not spoil anything: the good one still installs
    CHECK(k.offer(good).outcome == Outcome::Installed);
}

TEST_CASE("a refused bundle's reason names the problems for staff", "[bundle][updater]") {
    BundleKiosk k;
    auto files = bundle_test::files_of_version(1);
    files["content/substances/cocaine.toml"] = "id = \"cocaine\"\n";
    const auto result = k.offer(make_bundle(1, "*", bundle_test::test_keys(), files));
    CHECK(result.outcome == Outcome::Refused);
    CHECK(result.offered == std::optional<std::int64_t>(1));
    CHECK_FALSE(result.version);
    CHECK_THAT(result.reason, Catch::StartsWith("bundle version 1 does not load ("));
    CHECK_THAT(result.reason, Catch::Contains("content/substances/cocaine.toml:"));
    CHECK_THAT(result.reason, Catch::Contains("more"));
    CHECK_FALSE(std::filesystem::exists(k.data + "/bundles/v1.tmp"));
    CHECK_FALSE(active_bundle(k.data));
}

TEST_CASE("the server's other answers: no bundle, refused token, errors, login pages",
          "[bundle][updater]") {
    BundleKiosk k;
    struct Case {
        HttpResponse response;
        Outcome outcome;
        const char* reason;
    };
    const std::vector<Case> cases = {
        {answer(404), Outcome::NoBundle, ""},
        {answer(401), Outcome::Failed, "refused this kiosk's token (HTTP 401)"},
        {answer(403), Outcome::Failed, "refused this kiosk's token (HTTP 403)"},
        {answer(500), Outcome::Failed, "answered HTTP 500"},
        {answer(200, "<html>Log in to the Wi-Fi</html>"), Outcome::Failed, "not a bundle"},
        {no_answer(HttpResponse::Failure::Network, "Could not resolve host: example.org"),
         Outcome::Failed, "could not reach the server: Could not resolve host"},
    };
    for (const auto& c : cases) {
        k.server.offered = c.response;
        const auto result = k.updater.check(kNow);
        CHECK(result.outcome == c.outcome);
        CHECK_THAT(result.reason, Catch::Contains(c.reason));
        CHECK_THAT(result.reason, !Catch::Contains(kBundleToken));
        CHECK_FALSE(result.version);
    }
    CHECK_FALSE(active_bundle(k.data));
    CHECK(std::string(outcome_name(Outcome::NotModified)) == "not_modified");
    CHECK(std::string(outcome_name(Outcome::NoBundle)) == "no_bundle");
}

TEST_CASE("a bad public key in the config fails without asking the server", "[bundle][updater]") {
    TempDir dir;
    FakeServer server;
    BundleOptions options = bundle_options(dir.path());
    options.public_key_base64 = "AAAA";
    BundleUpdater updater(server.transport, options);
    const auto result = updater.check(kNow);
    CHECK(result.outcome == BundleCheckResult::Outcome::Failed);
    CHECK_THAT(result.reason, Catch::Contains("bundle_public_key"));
    CHECK(server.transport.requests.empty());
}

TEST_CASE("disk trouble is a failure with the path, never a crash", "[bundle][updater]") {
    BundleKiosk k;
    std::filesystem::create_directories(k.data);
    kiosk::store::test::write_bytes(k.data + "/bundles", "a file where the folder should be");
    const auto result = k.offer(make_bundle(1));
    CHECK(result.outcome == Outcome::Failed);
    CHECK_THAT(result.reason, Catch::Contains("could not store the bundle on this kiosk"));
    CHECK_THAT(result.reason, Catch::Contains(k.data + "/bundles"));
    CHECK_FALSE(active_bundle(k.data));
}
