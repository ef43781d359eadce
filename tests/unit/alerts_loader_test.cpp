// Reading alerts.toml: the example loads; every kind of mistake is a problem with its file,
// line and field, and then no alert of the file is shown; which alerts are current.
#include "core/content/alerts.hpp"

#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kiosk::content;

namespace {

const std::string kExample =
    std::string(KIOSK_TEST_ASSETS) + "/../tests/fixtures/alerts-example.toml";

AlertsLoad load_text(const std::string& text) {
    static kiosk::store::test::TempDir dir;
    const std::string file = dir.file("alerts.toml");
    std::ofstream(file) << text;
    return load_alerts(file, {"nl", "en", "ar"}, nullptr);
}

const char* kGood = R"(
[[alert]]
id = "a-1"
level = "warning"
source = "DIMS"
issued = "2026-12-01"
expires = "2026-12-08"
[alert.nl]
title = "Let op"
text = ["Bel 112."]
[alert.en]
title = "Watch out"
text = ["Call 112."]
)";

std::string with(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("the example alerts load, with their levels, days and substances") {
    const std::set<std::string> ids = {"mdma", "cocaine"};
    const auto loaded = load_alerts(kExample, {"nl", "en", "ar"}, &ids);
    REQUIRE(loaded.problems.empty());
    REQUIRE(loaded.alerts);
    REQUIRE(loaded.alerts->size() == 3);
    const Alert& pink = loaded.alerts->front();
    CHECK(pink.level == AlertLevel::Red);
    CHECK(pink.substances == std::vector<std::string>{"mdma"});
    CHECK(pink.text.count("ar") == 1);
    CHECK(pink.expires == "2026-12-31");
    CHECK(load_text(kGood).alerts);
}

TEST_CASE("a mistake in an alert is a problem with its line and field, and no alert is shown") {
    const std::pair<std::string, std::string> cases[] = {
        {with(kGood, "Call 112.", "Call 911."), "alert[1].nl.text"},
        {with(kGood, "[alert.nl]\ntitle = \"Let op\"\ntext = [\"Bel 112.\"]\n", ""), "alert[1].nl"},
        {with(kGood, "\"warning\"", "\"urgent\""), "alert[1].level"},
        {with(kGood, "\"2026-12-08\"", "\"8 december\""), "alert[1].expires"},
        {with(kGood, "\"2026-12-08\"", "\"2026-11-30\""), "alert[1].expires"},
        {with(kGood, "id = \"a-1\"", "id = \"A 1\""), "alert[1].id"},
        {with(kGood, "source = \"DIMS\"", "source = \"DIMS\"\nseller = \"x\""), "alert[1].seller"},
        {std::string(kGood) + kGood, "alert[2].id"}, // the same id twice
    };
    for (const auto& [text, field] : cases) {
        INFO(field);
        const auto loaded = load_text(text);
        CHECK_FALSE(loaded.alerts);
        REQUIRE_FALSE(loaded.problems.empty());
        CHECK(loaded.problems.front().field == field);
        CHECK(loaded.problems.front().line > 0);
    }
    const std::set<std::string> ids = {"cocaine"};
    const auto unknown = load_alerts(kExample, {"nl", "en"}, &ids);
    CHECK_FALSE(unknown.alerts);
    CHECK(unknown.problems.front().field == "alert[1].substances");
}

TEST_CASE("an alert is current from the day it is issued to its last day, or while the day is "
          "not known") {
    Alert a;
    a.issued = "2026-12-01";
    a.expires = "2026-12-08";
    CHECK_FALSE(alert_is_current(a, "2026-11-30", true));
    CHECK(alert_is_current(a, "2026-12-01", true));
    CHECK(alert_is_current(a, "2026-12-08", true));
    CHECK_FALSE(alert_is_current(a, "2026-12-09", true));
    CHECK(alert_is_current(a, "", false));
}
