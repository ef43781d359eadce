// Headless UI: drug alerts (docs/alerts.md). A red alert is a banner on the home screen and on
// the page of the substance it concerns, and a tap opens the Alerts screen; alerts vanish
// after their last day once the clock is trusted (and stay while it is not); the Alerts
// screen in nl, en and ar, with English shown and marked where a language is missing; each
// alert listed counts once as the `alert` reach metric.
#include "core/content/alerts.hpp"
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

constexpr std::int64_t kDecember4 = 1796385600;  // 2026-12-04T12:00:00Z
constexpr std::int64_t kDecember25 = 1798200000; // 2026-12-25T12:00:00Z
constexpr std::int64_t kJanuary2 = 1798891200;   // 2027-01-02T12:00:00Z

content::AlertsPtr example_alerts(const Config& config) {
    auto loaded = content::load_alerts(std::string(KIOSK_TEST_ASSETS) +
                                           "/../tests/fixtures/alerts-example.toml",
                                       config.languages);
    for (const auto& p : loaded.problems)
        FAIL(to_string(p));
    return loaded.alerts;
}

// The harness with the example alerts, on a day of the wall clock.
void show_alerts(UiHarness& h, std::int64_t utc) {
    h.model().set_alerts(example_alerts(h.config()));
    h.set_wall_clock(utc);
    h.apply(action::Home{}); // an action: the model learns the day
    h.step(2);
}

std::vector<std::string> alert_ids(UiHarness& h) {
    std::vector<std::string> ids;
    for (const content::Alert* a : h.model().current_alerts())
        ids.push_back(a->id);
    return ids;
}

} // namespace

TEST_CASE("a red alert is a banner on home and on its substance's page, and opens the alerts") {
    UiHarness h;
    show_alerts(h, kDecember4);
    CHECK(alert_ids(h) == std::vector<std::string>{"example-pink-pill", "example-cut-cocaine"});
    REQUIRE(h.visible("home.alert"));
    CHECK_THAT(h.item("home.alert").label,
               Catch::Contains("VOORBEELD: roze pillen met een heel hoge dosis"));
    CHECK_THAT(h.item("home.alert").label, Catch::StartsWith(h.model().tr("alerts.level.red")));
    // The tiles stay whole under the banner at 800x480, in the longest languages too.
    for (const std::string lang : {"nl", "ru", "ar"}) {
        h.apply(action::ChooseLanguage{lang});
        h.step(2);
        for (const char* tile : {"home.tile.info", "home.tile.groups", "home.tile.search"}) {
            INFO(lang << " " << tile);
            CHECK(h.on_screen(tile).y + h.on_screen(tile).h <= 480.0f);
            CHECK(h.on_screen(tile).h >= 48.0f);
        }
    }
    h.apply(action::ChooseLanguage{"nl"});
    h.step(2);

    h.apply(action::Open{{ScreenId::Substance, "mdma"}});
    h.step(2);
    CHECK(h.visible("substance.alert.example-pink-pill"));
    h.apply(action::Open{{ScreenId::Substance, "cocaine"}}); // a warning: no banner
    h.step(2);
    CHECK_FALSE(h.visible("substance.alert.example-cut-cocaine"));
    h.apply(action::Open{{ScreenId::Substance, "mdma"}});
    h.step(2);
    h.model().counters().take();
    h.tap("substance.alert.example-pink-pill");
    CHECK(h.screen() == "alerts");
    std::map<std::string, std::int64_t> counted;
    for (const auto& d : h.model().counters().take())
        if (d.metric == "alert")
            counted[d.key] += d.count;
    CHECK(counted == std::map<std::string, std::int64_t>{{"example-cut-cocaine", 1},
                                                         {"example-pink-pill", 1}});
}

TEST_CASE("alerts vanish after their last day, but not while the clock is not trusted") {
    UiHarness h;
    show_alerts(h, kDecember25); // the warning ended on the 20th
    CHECK(alert_ids(h) == std::vector<std::string>{"example-pink-pill"});
    show_alerts(h, kJanuary2);
    CHECK(alert_ids(h).empty());
    CHECK_FALSE(h.visible("home.alert"));
    CHECK_FALSE(h.visible("home.alerts"));
    h.apply(action::Open{{ScreenId::Alerts, ""}});
    h.step(2);
    CHECK(h.shows(h.model().tr("alerts.none")));
}

TEST_CASE("while the clock is not trusted every alert stays, the expired ones too") {
    // After a power cut, before NTP: the clock is not trusted, so the day is not known.
    Config checking = test::test_config();
    checking.device.check_clock = true;
    UiHarness waiting(checking);
    REQUIRE_FALSE(waiting.model().device().clock_trusted);
    show_alerts(waiting, kJanuary2);
    CHECK(alert_ids(waiting).size() == 3); // all stay, the expired notice too
}

TEST_CASE("the alerts screen in nl, en and ar, with English shown and marked where missing") {
    for (const std::string lang : {"nl", "en", "ar"}) {
        INFO(lang);
        UiHarness h;
        show_alerts(h, kDecember4);
        h.apply(action::ChooseLanguage{lang});
        h.apply(action::Open{{ScreenId::Info, ""}});
        h.step(2);
        h.tap("info.topic.alerts");
        REQUIRE(h.screen() == "alerts");
        const content::Alert& pink = *h.model().current_alerts().front();
        CHECK(h.shows(pink.text.at(lang).title));
        CHECK(h.shows(pink.text.at(lang).text[1])); // the dose, as written
        const content::Alert& cocaine = *h.model().current_alerts().back();
        const bool missing = !cocaine.text.count(lang);
        CHECK(h.shows(cocaine.text.at(missing ? "en" : lang).title));
        CHECK(h.shows(h.model().tr("content.shown_in_en")) == missing);
        CHECK(h.model().content_fallbacks().count("alert:example-cut-cocaine:" + lang) ==
              (missing ? 1u : 0u));
        h.tap("alerts.drug_checking");
        CHECK(h.screen() != "alerts"); // on to the drug-checking page
    }
}
