// The alert channel (docs/alerts.md, "From the console"): bundles signed with the console's
// alert key install drug alerts and nothing else, keep versions of their own beside the
// content bundles, and the content channel never takes the alert key. The alerts of both
// channels are shown together, the one installed last winning an id both carry.
#include "bundle_support.hpp"
#include "core/content/alerts.hpp"
#include "sync/bundle_channel.hpp"
#include "sync/bundle_store.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::sync;
using namespace kiosk::sync::test;
using bundle_test::make_bundle;
using Outcome = BundleCheckResult::Outcome;

namespace {

// The console's key: another key than the content key the kiosk's content channel trusts.
KeyPair alert_keys() {
    return bundle_test::other_keys();
}

// A kiosk whose updaters ask both channels of one server.
struct TwoChannelKiosk : BundleKiosk {
    FakeServer alert_server;
    BundleUpdater alert_updater{alert_server.transport, alert_options(data)};

    static BundleOptions alert_options(const std::string& data_dir) {
        BundleOptions o = bundle_options(data_dir);
        o.public_key_base64 = bundle_test::public_key_text(alert_keys());
        o.channel = BundleChannel::Alerts;
        return o;
    }
    BundleCheckResult offer_alert_channel(const std::string& bytes) {
        alert_server.offered = bundle_answer(bytes);
        return alert_updater.check(kNow);
    }
    std::string alert_store() const { return channel_store_dir(data, BundleChannel::Alerts); }
};

std::string one_alert(const std::string& id, const std::string& title) {
    return "[[alert]]\nid = \"" + id +
           "\"\nlevel = \"warning\"\nsource = \"Test\"\nissued = \"2026-12-01\"\n"
           "expires = \"2026-12-31\"\n\n[alert.nl]\ntitle = \"" +
           title + "\"\ntext = [\"Bel 112.\"]\n\n[alert.en]\ntitle = \"" + title +
           "\"\ntext = [\"Call 112.\"]\n";
}

bundle_test::Files alerts_file(const std::string& text) {
    return {{"alerts.toml", text}};
}

} // namespace

TEST_CASE("the alert key cannot install a content bundle on the alert channel",
          "[bundle][alert-channel]") {
    TwoChannelKiosk k;
    const auto before = snapshot(k.dir.path());
    // A whole content pack and schedule, correctly signed with the alert key.
    const auto content = k.offer_alert_channel(make_bundle(1, "*", alert_keys()));
    CHECK(content.outcome == Outcome::Refused);
    CHECK_THAT(content.reason,
               Catch::Contains("only takes drug alerts") && Catch::Contains("content key"));
    // Alerts with a schedule beside them: refused as a whole.
    auto mixed = alerts_file(one_alert("x", "Test"));
    mixed["schedule.toml"] = bundle_test::shipped_files().at("schedule.toml");
    const auto with_schedule = k.offer_alert_channel(make_bundle(2, "*", alert_keys(), mixed));
    CHECK(with_schedule.outcome == Outcome::Refused);
    CHECK_THAT(with_schedule.reason, Catch::Contains("schedule.toml"));
    CHECK(snapshot(k.dir.path()) == before);
    CHECK_FALSE(active_bundle(k.alert_store()));
    CHECK_FALSE(active_bundle(k.data));
    CHECK_THAT(k.alert_server.transport.requests.back().url, Catch::EndsWith("/alerts"));
}

TEST_CASE("the content channel refuses a bundle signed with the alert key",
          "[bundle][alert-channel]") {
    TwoChannelKiosk k;
    const auto result = k.offer(make_bundle(1, "*", alert_keys()));
    CHECK(result.outcome == Outcome::Refused);
    CHECK_THAT(result.reason, Catch::Contains("another key"));
    const auto alerts =
        k.offer(make_bundle(2, "*", alert_keys(), alerts_file(one_alert("console-1", "Console"))));
    CHECK(alerts.outcome == Outcome::Refused);
    CHECK_FALSE(active_bundle(k.data));
    CHECK_THAT(k.server.transport.requests.back().url, Catch::EndsWith("/bundle"));
}

TEST_CASE("alert channel bundles keep versions of their own beside the content bundles",
          "[bundle][alert-channel]") {
    TwoChannelKiosk k;
    REQUIRE(k.offer(make_bundle(2026120501)).outcome == Outcome::Installed);
    const auto first = k.offer_alert_channel(
        make_bundle(7, "*", alert_keys(), alerts_file(one_alert("console-1", "First"))));
    INFO(first.reason);
    REQUIRE(first.outcome == Outcome::Installed);
    CHECK(first.version == 7);
    // The content bundle is untouched, and the alert version did not use up a content one.
    const auto content = active_bundle(k.data);
    REQUIRE(content);
    CHECK(content->version == 2026120501);
    CHECK_FALSE(content->alerts_file);
    const auto channel = active_bundle(k.alert_store());
    REQUIRE(channel);
    REQUIRE(channel->alerts_file);
    CHECK_FALSE(channel->content_dir);
    // An older alert bundle is refused on its own channel; a newer content bundle still comes.
    const auto replay = k.offer_alert_channel(
        make_bundle(6, "*", alert_keys(), alerts_file(one_alert("console-0", "Old"))));
    CHECK(replay.outcome == Outcome::Refused);
    CHECK_THAT(replay.reason, Catch::Contains("older"));
    CHECK(k.offer(make_bundle(2026120502)).outcome == Outcome::Installed);
    // Withdrawing every console alert: an alerts file without [[alert]].
    const auto withdrawn =
        k.offer_alert_channel(make_bundle(8, "*", alert_keys(), alerts_file("# none\n")));
    REQUIRE(withdrawn.outcome == Outcome::Installed);
    const auto empty =
        kiosk::content::load_alerts(*active_bundle(k.alert_store())->alerts_file, {"nl", "en"});
    REQUIRE(empty.alerts);
    CHECK(empty.alerts->empty());
}

TEST_CASE("the alerts of both channels are shown together and the newer wins an id",
          "[alerts][alert-channel]") {
    using kiosk::content::Alert;
    using kiosk::content::Alerts;
    auto make = [](std::vector<std::pair<std::string, std::string>> items) {
        auto list = std::make_shared<Alerts>();
        for (auto& [id, source] : items) {
            Alert a;
            a.id = id;
            a.source = source;
            list->push_back(a);
        }
        return kiosk::content::AlertsPtr(list);
    };
    const auto console = make({{"shared", "console"}, {"only-console", "console"}});
    const auto bundle = make({{"only-bundle", "bundle"}, {"shared", "bundle"}});
    const auto merged = kiosk::content::merge_alerts(console, bundle);
    REQUIRE(merged);
    REQUIRE(merged->size() == 3);
    std::map<std::string, std::string> by_id;
    for (const auto& a : *merged)
        by_id[a.id] = a.source;
    CHECK(by_id["shared"] == "console");
    CHECK(by_id["only-bundle"] == "bundle");
    CHECK(kiosk::content::merge_alerts(bundle, console)->size() == 3);
    CHECK(kiosk::content::merge_alerts(bundle, nullptr) == bundle);
    CHECK_FALSE(kiosk::content::merge_alerts(nullptr, nullptr));
}
