// What a kiosk shows from the alert channel (docs/alerts.md, "From the console"): the
// console's alerts beside the content bundle's, the one installed last winning an id both
// carry; and nothing from the channel when the kiosk has no alert key configured.
#include "services/content_source.hpp"
#include "support/bundle_fixtures.hpp"
#include "support/ui_harness.hpp"
#include "sync/bundle_updater.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

using namespace kiosk;

namespace {

std::string alert_block(const std::string& id, const std::string& title) {
    return "[[alert]]\nid = \"" + id +
           "\"\nlevel = \"warning\"\nsource = \"Test\"\nissued = \"2026-12-01\"\n"
           "expires = \"2026-12-31\"\n\n[alert.nl]\ntitle = \"" +
           title + "\"\ntext = [\"Bel 112.\"]\n\n[alert.en]\ntitle = \"" + title +
           "\"\ntext = [\"Call 112.\"]\n\n";
}

void install(const std::string& data_dir, sync::BundleChannel channel, std::int64_t version,
             const std::string& alerts_toml) {
    const auto keys = channel == sync::BundleChannel::Alerts ? bundle_test::other_keys()
                                                             : bundle_test::test_keys();
    bundle_test::Files files = {{"alerts.toml", alerts_toml}};
    bundle_test::OneBundle server(bundle_test::make_bundle(version, "*", keys, files));
    sync::BundleUpdater updater(server, {"https://example.org",
                                         "token-0123456789abcdef",
                                         "centre-a",
                                         bundle_test::public_key_text(keys),
                                         data_dir,
                                         {"nl", "en"},
                                         channel});
    const auto result = updater.check("2026-12-05T10:00:00Z");
    INFO(result.reason);
    REQUIRE(result.outcome == sync::BundleCheckResult::Outcome::Installed);
}

std::map<std::string, std::string> titles(const services::ContentSource& source) {
    std::map<std::string, std::string> out;
    if (source.alerts)
        for (const auto& a : *source.alerts)
            out[a.id] = a.text.at("en").title;
    return out;
}

} // namespace

TEST_CASE("the console's alerts are shown beside the content bundle's", "[alert-channel]") {
    char pattern[] = "/tmp/kiosk-alert-channel-XXXXXX";
    const std::string data = mkdtemp(pattern);
    Config config = kiosk::test::test_config();
    config.data_dir = data;
    config.upload.alert_public_key = bundle_test::public_key_text(bundle_test::other_keys());

    install(data, sync::BundleChannel::Content, 5,
            alert_block("shared", "From the content bundle") + alert_block("bundle-only", "B"));
    install(data, sync::BundleChannel::Alerts, 1,
            alert_block("shared", "From the console") + alert_block("console-only", "C"));
    std::vector<std::string> problems;
    const auto source = services::load_content_source(config, problems);
    CHECK(problems.empty());
    CHECK_FALSE(source.alerts_failed);
    const auto shown = titles(source);
    CHECK(shown == std::map<std::string, std::string>{{"bundle-only", "B"},
                                                      {"console-only", "C"},
                                                      {"shared", "From the console"}});

    // Without an alert key the kiosk ignores whatever the channel's folder holds.
    config.upload.alert_public_key.clear();
    const auto without = titles(services::load_content_source(config, problems));
    CHECK(without == std::map<std::string, std::string>{{"bundle-only", "B"},
                                                        {"shared", "From the content bundle"}});
    std::filesystem::remove_all(data);
}
