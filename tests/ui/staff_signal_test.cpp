// Headless UI: a peer or staff member records a signal from the field behind the PIN
// (docs/signals.md). The visitor's questions plus setting, people and a fixed note; nothing is
// saved until every question is answered; one signal.reported event as "staff" with the day
// only; the form empties and says so. A visitor's unsent answers never carry over into it, a
// visitor cannot save one, and with the clock not trusted nothing is saved and the answers stay.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;
using nlohmann::json;

namespace {

constexpr std::int64_t kDecember4 = 1796385600; // 2026-12-04T12:00:00Z

void answer_visitor_questions(UiHarness& h) {
    for (const char* id :
         {"report.sold_as.mdma", "report.form.pill", "report.colour.blue", "report.mark.letters"})
        h.tap(id);
    h.tap("report.mark_text");
    REQUIRE(h.screen() == "staff-report-mark");
    CHECK(h.visible("kb.mark.Q")); // the same capitals-and-digits pad as visitors have
    h.type("PB7");
    h.tap("report.mark_done");
    REQUIRE(h.screen() == "staff-report");
    for (const char* id : {"report.effects.stronger", "report.when.this_week"})
        h.tap(id);
}

void answer_staff_questions(UiHarness& h) {
    for (const char* id :
         {"report.setting.party", "report.people.two_to_five", "report.note.more_reports"})
        h.tap(id);
}

} // namespace

TEST_CASE("staff record a signal from the field behind the PIN", "[report][staff]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.set_wall_clock(kDecember4);
    h.apply(action::ChooseLanguage{"en"});
    // A visitor began a report and walked away; staff sign in on the same screen.
    h.apply(action::Open{{ScreenId::Report, ""}});
    h.step(2);
    h.tap("report.form.powder");
    h.log_in_staff();
    REQUIRE(h.screen() == "staff");
    CHECK(h.model().report().form.empty()); // never part of the staff member's signal
    h.tap("staff.report");
    REQUIRE(h.screen() == "staff-report");
    CHECK(h.shows("Signal from the field"));

    answer_visitor_questions(h);
    // The visitor's questions alone are not enough for a staff signal.
    CHECK(h.model().report().complete());
    CHECK(h.shows(h.model().tr("report.answer_all")));
    h.tap("staff_report.save");
    CHECK(h.queued("signal.reported").empty());

    answer_staff_questions(h);
    CHECK_FALSE(h.shows(h.model().tr("report.answer_all")));
    h.tap("staff_report.save");
    CHECK(h.screen() == "staff-report");
    const auto stored = h.queued("signal.reported");
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].occurred_at == "2026-12-04T00:00:00Z");
    CHECK(json::parse(stored[0].data_json) ==
          json::parse(R"({"day":"2026-12-04","reporter":"staff","sold_as":"mdma","form":"pill",
                "colour":"blue","mark":"letters","mark_text":"PB7","effects":["stronger"],
                "when":"this_week","setting":"party","people":"two_to_five",
                "note":"more_reports","sensitive":true})"));
    // Emptied for the next signal, and it says this one is saved.
    CHECK(h.shows(h.model().tr("report.staff_saved")));
    CHECK(h.model().report().setting.empty());
    CHECK(h.model().report().mark_text.empty());
    // The next tap starts a new signal; the saved message goes.
    h.tap("report.form.liquid");
    CHECK_FALSE(h.shows(h.model().tr("report.staff_saved")));
}

TEST_CASE("a visitor cannot open the staff signal form or save a staff signal", "[report][staff]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.set_wall_clock(kDecember4);
    h.apply(action::Open{{ScreenId::StaffReport, ""}});
    h.step(2);
    CHECK(h.screen() != "staff-report");
    // Every answer given through the visitor's form, then a staff save tried directly.
    h.apply(action::Open{{ScreenId::Report, ""}});
    h.step(2);
    for (const char* id : {"report.sold_as.unknown", "report.form.pill", "report.colour.white",
                           "report.mark.none", "report.effects.sick", "report.when.today"})
        h.tap(id);
    for (const auto& [field, value] :
         {std::pair{SignalField::Setting, "street"}, std::pair{SignalField::People, "one"},
          std::pair{SignalField::Note, "none"}})
        h.apply(action::AnswerReport{field, value});
    REQUIRE(h.model().report().complete_for_staff());
    h.apply(action::SaveStaffSignal{});
    h.step(1);
    CHECK(h.queued("signal.reported").empty());
}

TEST_CASE("with the clock not trusted a staff signal is not saved and its answers stay",
          "[report][staff]") {
    Config config = kiosk::test::staff_test_config();
    config.device.check_clock = true; // fake NTP, not synchronised yet
    UiHarness h(config);
    h.set_wall_clock(kDecember4);
    h.apply(action::ChooseLanguage{"en"});
    h.log_in_staff();
    h.tap("staff.report");
    REQUIRE(h.screen() == "staff-report");
    answer_visitor_questions(h);
    answer_staff_questions(h);
    h.tap("staff_report.save");
    CHECK(h.queued("signal.reported").empty());
    CHECK(h.model().report().result == SignalDraft::Result::ClockWait);
    CHECK(h.shows(h.model().tr("staff.device.clock_unsynced")));
    CHECK(h.model().report().complete_for_staff());
    h.clock().synced = true;
    h.advance(std::chrono::seconds(6));
    h.step(1);
    h.tap("staff_report.save");
    CHECK(h.queued("signal.reported").size() == 1);
}
