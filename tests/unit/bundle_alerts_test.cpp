// Drug alerts in bundles (docs/alerts.md): an alert-only bundle is installed and keeps the
// content pack and schedule in use; a content bundle keeps the current alerts (even one about
// a substance the new pack lacks); an alerts file with a problem is refused with a reason for
// staff, and the alerts in use stay.
#include "bundle_support.hpp"
#include "core/content/alerts.hpp"
#include "sync/bundle_store.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::sync;
using namespace kiosk::sync::test;
using bundle_test::make_bundle;
using Outcome = BundleCheckResult::Outcome;

namespace {

std::string pack_of(const ActiveBundle& active) {
    return kiosk::store::test::read_bytes(*active.content_dir + "/pack.toml");
}

} // namespace

TEST_CASE("an alert-only bundle is installed and keeps the content and schedule in use",
          "[bundle][alerts]") {
    BundleKiosk k;
    REQUIRE(k.offer(make_bundle(1)).outcome == Outcome::Installed);
    const auto result =
        k.offer(make_bundle(2, "*", bundle_test::test_keys(), alerts_only(example_alerts())));
    CHECK(result.outcome == Outcome::Installed);
    INFO(result.reason);
    const auto active = active_bundle(k.data);
    REQUIRE(active);
    CHECK(active->version == 2);
    REQUIRE(active->alerts_file);
    REQUIRE(active->content_dir);
    CHECK_THAT(pack_of(*active), Catch::EndsWith("# version 1\n")); // the content kept
    CHECK(active->schedule_file);
    const auto alerts = kiosk::content::load_alerts(*active->alerts_file, {"nl", "en"});
    REQUIRE(alerts.alerts);
    CHECK(alerts.alerts->size() == 3);

    // A new content bundle keeps the alerts; rolling it back goes to version 2 whole.
    REQUIRE(k.offer(make_bundle(3)).outcome == Outcome::Installed);
    const auto after = active_bundle(k.data);
    REQUIRE(after);
    CHECK(after->alerts_file);
    CHECK_THAT(pack_of(*after), Catch::EndsWith("# version 3\n"));
    REQUIRE(rollback_bundle(k.data).done);
    const auto back = active_bundle(k.data);
    REQUIRE(back);
    CHECK(back->version == 2);
    CHECK(back->alerts_file);
    CHECK_THAT(pack_of(*back), Catch::EndsWith("# version 1\n"));
}

TEST_CASE("an alerts file with a problem is refused for staff and the alerts in use stay",
          "[bundle][alerts]") {
    BundleKiosk k;
    REQUIRE(k.offer(make_bundle(1, "*", bundle_test::test_keys(),
                                with_alerts(bundle_test::files_of_version(1), example_alerts())))
                .outcome == Outcome::Installed);
    const auto before = snapshot(k.data + "/bundles");

    std::string wrong_dose = example_alerts();
    const auto at = wrong_dose.find("280 mg MDMA in one pill");
    REQUIRE(at != std::string::npos);
    wrong_dose.replace(at, 3, "180"); // English no longer says what Dutch says
    const std::pair<std::string, std::string> bad[] = {
        {wrong_dose, "numbers"},
        {"[[alert]]\nid = \"x\"\nlevel = \"purple\"\n", "not a level"},
    };
    std::int64_t version = 2;
    for (const auto& [text, said] : bad) {
        INFO(said);
        const auto files = with_alerts(bundle_test::files_of_version(version), text);
        const auto result = k.offer(make_bundle(version++, "*", bundle_test::test_keys(), files));
        CHECK(result.outcome == Outcome::Refused);
        CHECK_THAT(result.reason, Catch::Contains("alerts.toml") && Catch::Contains(said));
        CHECK(snapshot(k.data + "/bundles") == before);
    }
    // Alert-only, signed with another key: refused, nothing changes.
    const auto foreign =
        k.offer(make_bundle(9, "*", bundle_test::other_keys(), alerts_only(example_alerts())));
    CHECK(foreign.outcome == Outcome::Refused);
    CHECK(snapshot(k.data + "/bundles") == before);
}

TEST_CASE("a kept alert about a substance a new pack lacks never blocks the content update",
          "[bundle][alerts]") {
    BundleKiosk k;
    std::string about_mdmx = example_alerts();
    about_mdmx.replace(about_mdmx.find("[\"mdma\"]"), 8, "[\"mdmx\"]");
    REQUIRE(k.offer(make_bundle(1)).outcome == Outcome::Installed);
    const auto alerts =
        k.offer(make_bundle(2, "*", bundle_test::test_keys(), alerts_only(about_mdmx)));
    CHECK(alerts.outcome == Outcome::Installed);
    INFO(alerts.reason);
    const auto content = k.offer(make_bundle(3));
    CHECK(content.outcome == Outcome::Installed);
    INFO(content.reason);
    const auto active = active_bundle(k.data);
    REQUIRE(active);
    REQUIRE(active->alerts_file);
    CHECK(kiosk::content::load_alerts(*active->alerts_file, {"nl", "en"}).alerts);
}
