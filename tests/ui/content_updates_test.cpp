// A bundle installed while the kiosk runs comes into use only at a quiet moment: never under
// a visitor's finger, at once after the visit is wiped or while staff are signed in; and a
// staff rollback goes back to the built-in content the same way.
#include "services/content_updates.hpp"
#include "support/bundle_fixtures.hpp"
#include "support/ui_harness.hpp"
#include "sync/bundle_updater.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

constexpr std::int64_t kMonday = 1795428000;

struct DataDir {
    DataDir() {
        char pattern[] = "/tmp/kiosk-ui-bundle-XXXXXX";
        path = mkdtemp(pattern);
    }
    ~DataDir() { std::filesystem::remove_all(path); }
    std::string path;
};

void install(const std::string& data_dir, std::int64_t version) {
    bundle_test::OneBundle server(bundle_test::make_bundle(version));
    sync::BundleUpdater updater(server, {"https://example.org",
                                         "token-0123456789abcdef",
                                         "centre-a",
                                         bundle_test::public_key_text(),
                                         data_dir,
                                         {"nl", "en"}});
    REQUIRE(updater.check("2026-11-22T17:05:09Z").outcome ==
            sync::BundleCheckResult::Outcome::Installed);
}

} // namespace

TEST_CASE("a new bundle waits for the visit to end, then replaces the content", "[ui][bundle]") {
    DataDir data;
    Config config = kiosk::test::test_config();
    config.data_dir = data.path;
    UiHarness h(config);
    h.enable_groups(kMonday);

    h.apply(action::Open{{ScreenId::Substance, "cocaine"}});
    h.step(2);
    const content::ContentPack* before = h.model().content();
    install(data.path, 2);
    h.bundle_installed();
    CHECK(h.actions().context().parts.content.pending());
    CHECK_FALSE(h.poll_content());        // loaded on the worker, but a visitor is reading
    CHECK(h.model().content() == before); // the visitor's page stays as it is
    CHECK(h.screen() == "substance");
    h.step(2);
    CHECK(h.model().content() == before);

    h.apply(action::QuickExit{});
    CHECK(h.poll_content());
    CHECK(h.model().content() != before);
    CHECK(h.actions().context().parts.content_problems.empty());
    CHECK_FALSE(h.actions().context().parts.content.pending());
    h.step(2);
    CHECK(h.screen() == "home");
}

TEST_CASE("staff roll a bundle back to the built-in content, and forward again", "[ui][bundle]") {
    DataDir data;
    Config config = kiosk::test::staff_test_config();
    config.data_dir = data.path;
    install(data.path, 3);
    UiHarness h(config);
    h.enable_groups(kMonday);

    h.log_in_staff();
    REQUIRE(sync::active_bundle(data.path));
    const content::ContentPack* bundle_pack = h.model().content();
    h.apply(action::RollBackBundle{}); // what the sync screen's button emits
    CHECK_FALSE(h.actions().context().rollback_message.empty());
    CHECK_FALSE(sync::active_bundle(data.path));
    CHECK(h.poll_content()); // staff are signed in: at once
    CHECK(h.model().content() != bundle_pack);

    h.apply(action::RollBackBundle{});
    REQUIRE(sync::active_bundle(data.path));
    CHECK(sync::active_bundle(data.path)->version == 3);
}
