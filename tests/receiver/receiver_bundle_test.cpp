// GET /v1/kiosks/<id>/bundle on the real receiver: the kiosk's token only, <id>.bundle before
// all.bundle, 404 without one, a strong ETag and 304 for If-None-Match; and the ETag rules.
#include "bundle_handler.hpp"
#include "receiver_harness.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace receiver_test;

namespace {

std::vector<std::string> bearer(const std::string& token) {
    return {"Authorization: Bearer " + token};
}

std::string bundle_path(const std::string& kiosk) {
    return "/v1/kiosks/" + kiosk + "/bundle";
}

} // namespace

TEST_CASE("bundles: the kiosk's own token, its own file before all.bundle, 404 without one") {
    TempDir dir;
    const std::string bundles = dir.file("bundles");
    std::filesystem::create_directories(bundles);
    ConfigOptions options;
    options.bundles_dir = "bundles"; // relative to the config file's folder
    Receiver receiver(dir, write_config(dir, options));
    const Http& http = receiver.http();

    CHECK(http.get(bundle_path(kKioskA), bearer(kTokenA)).status == 404);
    write_text(bundles + "/all.bundle", "kiosk-bundle for everyone");
    write_text(bundles + "/" + std::string(kKioskA) + ".bundle", "kiosk-bundle for A");

    const HttpResult a = http.get(bundle_path(kKioskA), bearer(kTokenA));
    CHECK(a.status == 200);
    CHECK(a.body == "kiosk-bundle for A");
    CHECK(a.header("content-type") == "application/octet-stream");
    CHECK(a.header("etag") == receiver::bundle_etag("kiosk-bundle for A"));
    CHECK(a.header("cache-control") == "no-cache");
    const HttpResult b = http.get(bundle_path(kKioskB), bearer(kTokenB));
    CHECK(b.status == 200);
    CHECK(b.body == "kiosk-bundle for everyone");

    const HttpResult wrong = http.get(bundle_path(kKioskA), bearer(kTokenB));
    CHECK(wrong.status == 401);
    CHECK(wrong.header("www-authenticate") == "Bearer realm=\"kiosk-receiver\"");
    CHECK(wrong.body.find("kiosk-bundle") == std::string::npos);
    CHECK(http.get(bundle_path(kKioskA)).status == 401);
    CHECK(http.get(bundle_path("centre-x"), bearer(kTokenA)).status == 401);
    CHECK(http.get(bundle_path("%2E%2E"), bearer(kTokenA)).status == 401);
    CHECK(receiver.stop() == 0);
    CHECK_THAT(receiver.log(), Catch::Contains("GET /v1/kiosks/centre-a/bundle kiosk=centre-a "
                                               "status=200"));
    CHECK_THAT(receiver.log(), !Catch::Contains(kTokenA));
}

TEST_CASE("bundles: If-None-Match with the current ETag gets 304, a changed file a new ETag") {
    TempDir dir;
    const std::string bundles = dir.file("bundles");
    std::filesystem::create_directories(bundles);
    write_text(bundles + "/all.bundle", "kiosk-bundle version 1");
    ConfigOptions options;
    options.bundles_dir = bundles;
    Receiver receiver(dir, write_config(dir, options));
    const Http& http = receiver.http();

    const std::string etag = http.get(bundle_path(kKioskA), bearer(kTokenA)).header("etag");
    REQUIRE(etag.size() == 66); // quoted SHA-256 hex
    auto headers = bearer(kTokenA);
    headers.push_back("If-None-Match: " + etag);
    const HttpResult same = http.get(bundle_path(kKioskA), headers);
    CHECK(same.status == 304);
    CHECK(same.body.empty());
    CHECK(same.header("etag") == etag);

    write_text(bundles + "/all.bundle", "kiosk-bundle version 2");
    const HttpResult changed = http.get(bundle_path(kKioskA), headers);
    CHECK(changed.status == 200);
    CHECK(changed.body == "kiosk-bundle version 2");
    CHECK(changed.header("etag") != etag);
    CHECK(receiver.stop() == 0);
}

TEST_CASE("bundles: without bundles_dir the endpoint answers 404, a missing folder is a config "
          "error") {
    TempDir dir;
    {
        Receiver receiver(dir, write_config(dir));
        const HttpResult none = receiver.http().get(bundle_path(kKioskA), bearer(kTokenA));
        CHECK(none.status == 404);
        CHECK_THAT(none.body, Catch::Contains("no bundles_dir"));
        CHECK(receiver.stop() == 0);
    }
    ConfigOptions options;
    options.bundles_dir = "no-such-folder";
    std::string out;
    std::string err;
    CHECK(run_receiver_once(dir, {"--config", write_config(dir, options)}, out, err) == 2);
    CHECK_THAT(err, Catch::Contains("bundles_dir"));
    CHECK_THAT(err, Catch::Contains("is not a folder"));
}

TEST_CASE("ETags: strong SHA-256, If-None-Match lists, W/ and *") {
    const std::string etag = receiver::bundle_etag("");
    CHECK(etag == "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"");
    CHECK(receiver::etag_matches(etag, etag));
    CHECK(receiver::etag_matches("\"other\", " + etag, etag));
    CHECK(receiver::etag_matches("W/" + etag, etag));
    CHECK(receiver::etag_matches(" * ", etag));
    CHECK_FALSE(receiver::etag_matches("", etag));
    CHECK_FALSE(receiver::etag_matches("\"other\"", etag));
    CHECK_FALSE(receiver::etag_matches(etag.substr(1, 64), etag)); // unquoted is another tag
}

TEST_CASE("bundles: /alerts serves the console's alert bundle to every kiosk and nothing else") {
    TempDir dir;
    const std::string bundles = dir.file("bundles");
    std::filesystem::create_directories(bundles);
    write_text(bundles + "/all.bundle", "kiosk-bundle content for everyone");
    ConfigOptions options;
    options.bundles_dir = bundles;
    Receiver receiver(dir, write_config(dir, options));
    const Http& http = receiver.http();
    const auto alerts_path = [](const std::string& kiosk) {
        return "/v1/kiosks/" + kiosk + "/alerts";
    };

    // No alert bundle yet: 404, never the content bundle in its place.
    const HttpResult none = http.get(alerts_path(kKioskA), bearer(kTokenA));
    CHECK(none.status == 404);
    CHECK(none.body.find("kiosk-bundle") == std::string::npos);
    std::filesystem::create_directories(bundles + "/alerts");
    write_text(bundles + "/" + receiver::kAlertBundlePath, "kiosk-bundle alerts");
    for (const auto& [kiosk, token] : {std::pair{kKioskA, kTokenA}, {kKioskB, kTokenB}}) {
        const HttpResult got = http.get(alerts_path(kiosk), bearer(token));
        CHECK(got.status == 200);
        CHECK(got.body == "kiosk-bundle alerts");
        CHECK(got.header("etag") == receiver::bundle_etag("kiosk-bundle alerts"));
    }
    CHECK(http.get(bundle_path(kKioskA), bearer(kTokenA)).body ==
          "kiosk-bundle content for everyone");
    CHECK(http.get(alerts_path(kKioskA), bearer(kTokenB)).status == 401);
    CHECK(http.get(alerts_path(kKioskA)).status == 401);
    CHECK(http.post(alerts_path(kKioskA), "{}", bearer(kTokenA)).status == 405);
    CHECK(receiver.stop() == 0);
}
