// Alert pictures in bundles (docs/bundles.md): a picture travels as base64 and is on disk as
// the PNG's own bytes; it is kept with its alerts by a later content bundle; an oversized or
// damaged picture, a picture without alerts.toml or one that is not base64 is refused with a
// reason for staff, and the alerts in use stay.
#include "bundle_support.hpp"
#include "core/content/alerts.hpp"
#include "sync/bundle_manifest.hpp"
#include "sync/bundle_store.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::sync;
using namespace kiosk::sync::test;
using bundle_test::make_bundle;
using kiosk::test::make_png;
using Outcome = BundleCheckResult::Outcome;

namespace {

std::string installed_picture(const ActiveBundle& active) {
    return kiosk::store::test::read_bytes(active.folder + "/alert-pictures/example-pink-pill.png");
}

} // namespace

TEST_CASE("an alert picture is installed as its PNG bytes and kept by the next content bundle",
          "[bundle][alerts][picture]") {
    BundleKiosk k;
    REQUIRE(k.offer(make_bundle(1)).outcome == Outcome::Installed);
    const auto result =
        k.offer(make_bundle(2, "*", bundle_test::test_keys(), alerts_only(example_alerts())));
    INFO(result.reason);
    REQUIRE(result.outcome == Outcome::Installed);
    const auto active = active_bundle(k.data);
    REQUIRE(active);
    CHECK(installed_picture(*active) == kiosk::test::example_picture());
    const auto alerts = kiosk::content::load_alerts(*active->alerts_file, {"nl", "en"});
    REQUIRE(alerts.alerts);
    CHECK(alerts.alerts->front().picture_file ==
          active->folder + "/alert-pictures/example-pink-pill.png");

    REQUIRE(k.offer(make_bundle(3)).outcome == Outcome::Installed);
    const auto after = active_bundle(k.data);
    REQUIRE(after);
    CHECK(installed_picture(*after) == kiosk::test::example_picture());
}

TEST_CASE("a bundle with a picture that cannot be shown is refused and the alerts in use stay",
          "[bundle][alerts][picture]") {
    BundleKiosk k;
    REQUIRE(k.offer(make_bundle(1, "*", bundle_test::test_keys(),
                                with_alerts(bundle_test::files_of_version(1), example_alerts())))
                .outcome == Outcome::Installed);
    const auto before = snapshot(k.data + "/bundles");
    const std::string png = kiosk::test::example_picture();
    const std::pair<std::string, std::string> pictures[] = {
        {make_png(330, 330, true), "at most 300 KB"},
        {make_png(1200, 400), "1200x400 pixels"},
        {png.substr(0, png.size() - 200), "damaged or cut short"},
    };
    std::int64_t version = 2;
    for (const auto& [bytes, said] : pictures) {
        INFO(said);
        const auto result = k.offer(make_bundle(version++, "*", bundle_test::test_keys(),
                                                with_alerts({}, example_alerts(), bytes)));
        CHECK(result.outcome == Outcome::Refused);
        CHECK_THAT(result.reason, Catch::Contains("alerts.toml") &&
                                      Catch::Contains("alert-pictures/example-pink-pill.png") &&
                                      Catch::Contains(said));
        CHECK(snapshot(k.data + "/bundles") == before);
    }
    // Pictures that are not base64, or come without the alerts that show them.
    auto not_base64 = alerts_only(example_alerts());
    not_base64["alert-pictures/example-pink-pill.png"] = "a picture, not in base64!";
    auto alone = bundle_test::files_of_version(version);
    alone["alert-pictures/example-pink-pill.png"] = to_base64(png);
    const std::pair<bundle_test::Files, std::string> manifests[] = {
        {not_base64, "is not given as base64"},
        {alone, "comes without alerts.toml"},
    };
    for (const auto& [files, said] : manifests) {
        INFO(said);
        const auto result = k.offer(make_bundle(version++, "*", bundle_test::test_keys(), files));
        CHECK(result.outcome == Outcome::Refused);
        CHECK_THAT(result.reason, Catch::Contains(said));
        CHECK(snapshot(k.data + "/bundles") == before);
    }
    CHECK(bundle_path_problem("alert-pictures/pill.png").empty());
    CHECK_FALSE(bundle_path_problem("alert-pictures/Pill.PNG").empty());
    CHECK_FALSE(bundle_path_problem("alert-pictures/../pill.png").empty());
    CHECK_FALSE(bundle_path_problem("alert-pictures/pill.jpg").empty());
}
