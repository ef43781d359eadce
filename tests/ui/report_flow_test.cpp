// Headless UI: a visitor reports a drug (docs/signals.md). From the alerts screen or a
// substance page (which fills in what it was sold as), through taps only and a few letters of a
// mark, to a check of what will be sent: nothing is stored before "Send", then exactly one
// signal.reported event with the day and no time, and the form is empty again. Until every
// question is answered the form does not go on; with the clock not trusted nothing is sent.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;
using nlohmann::json;

namespace {

constexpr std::int64_t kDecember4 = 1796385600; // 2026-12-04T12:00:00Z

void answer_all_but_when(UiHarness& h) {
    for (const char* id : {"report.form.pill", "report.colour.pink", "report.mark.letters"})
        h.tap(id);
    h.tap("report.mark_text");
    REQUIRE(h.screen() == "report-mark");
    // Its own pad: capitals and digits, nothing to switch to (no Cyrillic, no Arabic).
    CHECK(h.visible("kb.mark.Q"));
    CHECK(h.visible("kb.mark.7"));
    for (const auto& id : h.visible_ids())
        CHECK(id.rfind("kb.mark.to-", 0) != 0);
    h.type("TESLA");
    // Typed another way (a USB keyboard), the kiosk still keeps capitals and digits only.
    h.apply(action::TypeText{"5 !é"});
    CHECK(h.model().report().mark_text.text() == "TESLA5");
    h.tap("report.mark_done");
    REQUIRE(h.screen() == "report");
    h.tap("report.effects.stronger");
    h.tap("report.effects.sick");
}

} // namespace

TEST_CASE("a visitor reports a drug from a substance page: nothing is kept before Send",
          "[report]") {
    UiHarness h;
    h.set_wall_clock(kDecember4);
    h.apply(action::ChooseLanguage{"en"});
    h.apply(action::Open{{ScreenId::Substance, "mdma"}});
    h.step(2);
    h.tap("substance.report");
    REQUIRE(h.screen() == "report");
    CHECK(h.model().report().sold_as == "mdma");
    answer_all_but_when(h);

    // One question open: the form does not go on, and says so.
    CHECK(h.shows(h.model().tr("report.answer_all")));
    h.tap("report.continue");
    CHECK(h.screen() == "report");
    h.tap("report.when.today");
    CHECK_FALSE(h.shows(h.model().tr("report.answer_all")));
    h.tap("report.continue");
    REQUIRE(h.screen() == "report-consent");
    CHECK(h.shows("Sold as: MDMA"));
    CHECK(h.shows("Looks like: Pill, Pink"));
    CHECK(h.shows("Mark: TESLA5"));
    CHECK(h.shows("What happened: Stronger than expected, Felt sick"));
    CHECK(h.shows("When: Today"));
    CHECK(h.queued("signal.reported").empty()); // nothing stored before the visitor agrees

    h.tap("report.send");
    REQUIRE(h.screen() == "report-done");
    CHECK(h.visible("report.drug_checking"));
    const auto stored = h.queued("signal.reported");
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].occurred_at == "2026-12-04T00:00:00Z");
    CHECK(json::parse(stored[0].data_json) ==
          json::parse(R"({"day":"2026-12-04","reporter":"visitor","sold_as":"mdma","form":"pill",
                "colour":"pink","mark":"letters","mark_text":"TESLA5",
                "effects":["stronger","sick"],"when":"today","sensitive":true})"));
    CHECK(h.uploads().events_recorded_calls > 0);
    // The form is empty again: a next report starts from nothing.
    CHECK(h.model().report().form.empty());
    CHECK(h.model().report().mark_text.empty());
}

TEST_CASE("a report from the alerts screen, and with the clock not trusted nothing is sent",
          "[report]") {
    Config config = kiosk::test::test_config();
    config.device.check_clock = true; // fake NTP, not synchronised yet
    UiHarness h(config);
    REQUIRE_FALSE(h.model().device().clock_trusted);
    h.set_wall_clock(kDecember4);
    h.apply(action::Open{{ScreenId::Alerts, ""}});
    h.step(2);
    h.tap("alerts.report");
    REQUIRE(h.screen() == "report");
    CHECK(h.model().report().sold_as.empty());
    h.tap("report.sold_as.unknown");
    answer_all_but_when(h);
    h.tap("report.when.earlier");
    h.tap("report.continue");
    REQUIRE(h.screen() == "report-consent");
    CHECK(h.shows("Verkocht als: Weet ik niet")); // Dutch: the kiosk's language until chosen
    h.tap("report.send");
    CHECK(h.screen() == "report-consent");
    CHECK(h.queued("signal.reported").empty());
    CHECK(h.model().report().result == SignalDraft::Result::ClockWait);
    CHECK(h.shows(h.model().tr("report.clock_wait"))); // says why, and that the answers stay
    CHECK(h.model().report().form == "pill");
    h.clock().synced = true; // NTP synchronises: the next look at the clock trusts it
    h.advance(std::chrono::seconds(6));
    h.step(1);
    h.tap("report.send");
    CHECK(h.screen() == "report-done");
    CHECK(h.queued("signal.reported").size() == 1);
}
