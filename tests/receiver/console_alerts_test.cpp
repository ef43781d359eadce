// Publishing drug alerts from the console (docs/console.md, "Alerts"), in-process: a
// coordinator's alert becomes an alert-only bundle signed with the alert key in
// bundles_dir/alerts/all.bundle, checked as a kiosk will check it (a translation with other
// numbers than the English is refused, and nothing is written); a withdrawal publishes a
// higher version without it; every change is in the audit log; a viewer, a form without its
// CSRF token and a console without [alerts] change nothing.
#include "alert_publisher.hpp"
#include "alerts_page.hpp"
#include "console_app.hpp"
#include "console_state.hpp"
#include "console_visitor.hpp"
#include "passwords.hpp"
#include "receiver_harness.hpp"

#include "core/content/alerts.hpp"
#include "core/languages.hpp"
#include "sync/bundle_format.hpp"
#include "sync/bundle_key_file.hpp"
#include "sync/bundle_manifest.hpp"

#include <catch2/catch.hpp>
#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace console;
using console_test::Visitor;
using receiver::Reply;
using receiver_test::TempDir;

namespace {

constexpr const char* kPassword = "anna long passphrase";

struct AlertConsole {
    TempDir dir;
    std::unique_ptr<receiver::EventStore> store =
        receiver::open_event_store(dir.file("receiver.db"), false);
    kiosk::sync::KeyPair keys = kiosk::sync::generate_key_pair();
    AlertChannelFiles files{dir.file("alert.key"), dir.file("bundles")};
    ConsoleState state{dir.file("console-state.db")};
    ConsoleApp app{*store,
                   {{"anna", Role::Coordinator, hash_password(kPassword)},
                    {"piet", Role::Viewer, hash_password("piet long passphrase")}},
                   true,
                   &state};

    AlertConsole() {
        kiosk::sync::write_key_file(files.key_file, keys);
        std::filesystem::create_directory(files.bundles_dir);
        app.set_alert_publisher(std::make_shared<const AlertPublisher>(files));
    }
    std::string bundle_path() const { return files.bundles_dir + "/alerts/all.bundle"; }
    bool has_bundle() const { return std::filesystem::exists(bundle_path()); }
    // The bundle as a kiosk with the alert key opens it.
    kiosk::sync::BundleManifest published() const {
        std::ifstream in(bundle_path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        const auto opened = kiosk::sync::open_bundle(bytes.str(), keys.public_key);
        REQUIRE(opened.payload);
        const auto read = kiosk::sync::read_manifest(*opened.payload);
        REQUIRE(read.manifest);
        return *read.manifest;
    }
    // The alerts of the published bundle, loaded as a kiosk does.
    kiosk::content::Alerts published_alerts() const {
        const auto manifest = published();
        const std::string file = dir.file("check-alerts.toml");
        std::ofstream(file) << manifest.files.at("alerts.toml");
        const auto load = kiosk::content::load_alerts(file, {"nl", "en", "pl"});
        REQUIRE(load.problems.empty());
        REQUIRE(load.alerts);
        return *load.alerts;
    }
};

std::map<std::string, std::string> pink_pill_form(const std::string& csrf) {
    return {{"csrf", csrf},
            {"level", "red"},
            {"source", "Drugs Info Team"},
            {"issued", "2026-12-04"},
            {"expires", "2026-12-17"},
            {"substances", "mdma"},
            {"title_nl", "Roze pillen met veel MDMA"},
            {"text_nl", "Getest: 280 mg MDMA in één pil.\r\nNeem hooguit een kwart.\r\n"},
            {"title_en", "Pink pills with a lot of MDMA"},
            {"text_en", "Tested: 280 mg MDMA in one pill.\r\nTake a quarter at most.\r\n"},
            {"title_pl", "Różowe tabletki z dużą ilością MDMA"},
            {"text_pl", "Przebadano: 280 mg MDMA w jednej tabletce.\r\nWeź najwyżej ćwierć.\r\n"}};
}

std::string last_audit_action(ConsoleState& state) {
    const auto log = state.audit_log(1);
    return log.empty() ? "" : log.front().action;
}

} // namespace

TEST_CASE("console alerts: a coordinator publishes an alert that a kiosk with the alert key "
          "can install and withdraws it again",
          "[console]") {
    AlertConsole c;
    Visitor b{c.app};
    REQUIRE(b.sign_in("anna", kPassword).status == 303);
    const Reply page = b.send("GET", "/alerts", {}, {{"lang", "en"}});
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("action=\"/alerts/publish\"") &&
                              Catch::Contains(kiosk::sync::to_base64(c.keys.public_key)));

    const Reply done = b.send("POST", "/alerts/publish", pink_pill_form(b.csrf()));
    INFO(done.body);
    REQUIRE(done.status == 303);
    CHECK(console_test::header(done, "Location") == "/alerts?done=published#a-2026-12-04-mdma");
    const auto manifest = c.published();
    CHECK(manifest.kiosk_id == "*");
    CHECK(manifest.version >= console_test::kNow); // above anything a lost state file had
    CHECK(manifest.files.size() == 1);             // alerts.toml and nothing else
    const auto alerts = c.published_alerts();
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].id == "2026-12-04-mdma");
    CHECK(alerts[0].level == kiosk::content::AlertLevel::Red);
    CHECK(alerts[0].substances == std::vector<std::string>{"mdma"});
    CHECK(alerts[0].text.at("en").text ==
          kiosk::content::Lines{"Tested: 280 mg MDMA in one pill.", "Take a quarter at most."});
    CHECK(alerts[0].text.at("pl").title == "Różowe tabletki z dużą ilością MDMA");
    CHECK(last_audit_action(c.state) == "alert published: 2026-12-04-mdma");
    const Reply listed = b.send("GET", "/alerts", {}, {{"done", "published"}});
    CHECK_THAT(listed.body, Catch::Contains("Pink pills with a lot of MDMA") &&
                                Catch::Contains("Published. The kiosks fetch it"));

    // The same alert again gets an id of its own; then the first is withdrawn.
    REQUIRE(b.send("POST", "/alerts/publish", pink_pill_form(b.csrf())).status == 303);
    CHECK(c.published_alerts().size() == 2);
    const auto before = c.published().version;
    const Reply withdrawn =
        b.send("POST", "/alerts/withdraw", {{"csrf", b.csrf()}, {"id", "2026-12-04-mdma"}});
    REQUIRE(withdrawn.status == 303);
    CHECK(c.published().version > before);
    const auto left = c.published_alerts();
    REQUIRE(left.size() == 1);
    CHECK(left[0].id == "2026-12-04-mdma-2");
    CHECK(last_audit_action(c.state) == "alert withdrawn: 2026-12-04-mdma");
    CHECK(b.send("POST", "/alerts/withdraw", {{"csrf", b.csrf()}, {"id", "2026-12-04-mdma"}})
              .status == 404);
}

TEST_CASE("console alerts: what a kiosk would refuse is not published and the form keeps it",
          "[console]") {
    AlertConsole c;
    Visitor b{c.app};
    REQUIRE(b.sign_in("anna", kPassword).status == 303);
    auto form = pink_pill_form(b.csrf());
    form["text_pl"] = "Przebadano: 200 mg MDMA w jednej tabletce.\nWeź najwyżej ćwierć.";
    const Reply numbers = b.send("POST", "/alerts/publish", form);
    CHECK(numbers.status == 422);
    CHECK_THAT(numbers.body, Catch::Contains("alert[1].pl") && Catch::Contains("200 mg"));
    CHECK(c.state.channel_alerts().empty());
    CHECK_FALSE(c.has_bundle());

    form = pink_pill_form(b.csrf());
    form.erase("title_en");
    form.erase("text_en");
    const Reply no_english = b.send("POST", "/alerts/publish", form);
    CHECK(no_english.status == 422);
    CHECK_THAT(no_english.body, Catch::Contains("alert[1].en"));
    CHECK_THAT(no_english.body, Catch::Contains("Roze pillen met veel MDMA")); // kept
    CHECK_FALSE(c.has_bundle());
}

TEST_CASE("console alerts: a viewer or a form without its CSRF token publishes nothing",
          "[console]") {
    AlertConsole c;
    Visitor coordinator{c.app};
    REQUIRE(coordinator.sign_in("anna", kPassword).status == 303);
    auto form = pink_pill_form("not-the-token");
    CHECK(coordinator.send("POST", "/alerts/publish", form).status == 403);
    CHECK_FALSE(c.has_bundle());

    Visitor viewer{c.app};
    REQUIRE(viewer.sign_in("piet", "piet long passphrase").status == 303);
    const Reply page = viewer.send("GET", "/alerts", {}, {{"lang", "en"}});
    CHECK(page.status == 200);
    CHECK(page.body.find("/alerts/publish") == std::string::npos);
    CHECK(viewer.send("POST", "/alerts/publish", pink_pill_form(viewer.csrf())).status == 403);
    CHECK_FALSE(c.has_bundle());
    CHECK(c.state.channel_alerts().empty());
}

TEST_CASE("console alerts: a bundle that cannot be written leaves nothing published", "[console]") {
    AlertConsole c;
    Visitor b{c.app};
    REQUIRE(b.sign_in("anna", kPassword).status == 303);
    std::filesystem::remove_all(c.files.bundles_dir); // the receiver's folder is gone
    std::ofstream(c.files.bundles_dir) << "a file, not a folder\n";
    const Reply failed = b.send("POST", "/alerts/publish", pink_pill_form(b.csrf()));
    CHECK(failed.status == 500);
    CHECK_THAT(failed.body, Catch::Contains("bundles_dir"));
    CHECK(c.state.channel_alerts().empty());
    CHECK(c.state.alert_version() == 0);
}

TEST_CASE("console alerts: without [alerts] the page says publishing is off", "[console]") {
    TempDir dir;
    const auto store = receiver::open_event_store(dir.file("receiver.db"), false);
    ConsoleState state(dir.file("console-state.db"));
    ConsoleApp app(*store, {{"anna", Role::Coordinator, hash_password(kPassword)}}, true, &state);
    Visitor b{app};
    REQUIRE(b.sign_in("anna", kPassword).status == 303);
    const Reply page = b.send("GET", "/alerts", {}, {{"lang", "en"}});
    CHECK_THAT(page.body, Catch::Contains("Publishing is off"));
    CHECK(page.body.find("/alerts/publish") == std::string::npos);
    CHECK(b.send("POST", "/alerts/publish", pink_pill_form(b.csrf())).status == 409);
}

TEST_CASE("console alerts: each language's fields are named as the kiosk names the language",
          "[console]") {
    for (const auto& code : kiosk::language_codes()) {
        const toml::table catalogue =
            toml::parse_file(std::string(KIOSK_TEST_ASSETS) + "/i18n/" + code + ".toml");
        CHECK(language_autonym(code) == catalogue["meta"]["native_name"].value_or(std::string()));
    }
    CHECK(language_autonym("xx") == "xx");
}
