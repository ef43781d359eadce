// Headless UI: a visit produces only aggregated counts — one visit, the language, what was
// opened — and nothing typed or personal.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {
std::map<std::string, std::int64_t> counts(UiHarness& h) {
    std::map<std::string, std::int64_t> out;
    for (const auto& d : h.model().counters().take()) {
        CHECK(d.day == "2026-11-23"); // the harness's wall clock: Monday 23 November 2026
        out[d.metric + ":" + d.key] += d.count;
    }
    return out;
}
} // namespace

TEST_CASE("a visit is counted once, with its language and what was opened") {
    UiHarness h;
    h.model().counters().take();
    h.tap("home.lang.en");
    h.tap("home.tile.info");
    h.tap("info.topic.substances");
    h.tap("substance.ghb");
    h.tap("nav.emergency");
    h.apply(action::CheckMix{"alcohol", "ghb"});
    h.tap("nav.home");
    h.tap("home.tile.search");
    h.type("secret");
    const auto c = counts(h);
    CHECK(c.at("visit:") == 1);
    CHECK(c.at("language:en") == 1);
    CHECK(c.at("substance:ghb") == 1);
    CHECK(c.at("emergency:") == 1);
    CHECK(c.at("mix:alcohol+ghb") == 1);
    for (const auto& [key, n] : c)
        CHECK(key.find("secret") == std::string::npos); // typed text is never counted
}

TEST_CASE("opening an organisation counts the referral and its QR code") {
    UiHarness h;
    h.apply(action::Open{{ScreenId::Organisation, "night_shelter"}});
    const auto c = counts(h);
    CHECK(c.at("referral:night_shelter") == 1);
    CHECK(c.at("qr:night_shelter") == 1);
}
