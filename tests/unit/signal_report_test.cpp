// Signals from the field (common/signal_report.hpp, store/signal_store.hpp): a visitor's and a
// staff report pass and survive the JSON round trip; each kind of wrong field is refused with
// its name; recording one queues exactly one signal.reported event that holds the day and no
// time, marked sensitive; a report that breaks a rule stores nothing.
#include "common/signal_report.hpp"
#include "store/outbox.hpp"
#include "store/schema.hpp"
#include "store/signal_store.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kiosk;
using nlohmann::json;

namespace {

SignalReport visitor_report() {
    SignalReport r;
    r.day = "2026-12-04";
    r.reporter = "visitor";
    r.sold_as = "mdma";
    r.form = "pill";
    r.colour = "pink";
    r.mark = "letters";
    r.mark_text = "TESLA5";
    r.effects = {"stronger", "sick"};
    r.when = "today";
    return r;
}

SignalReport staff_report() {
    SignalReport r = visitor_report();
    r.reporter = "staff";
    r.mark = "star";
    r.mark_text.clear();
    r.setting = "party";
    r.people = "two_to_five";
    r.note = "more_reports";
    return r;
}

} // namespace

TEST_CASE("a visitor's and a staff report pass, and read back as written", "[signal]") {
    for (const SignalReport& r : {visitor_report(), staff_report()}) {
        CHECK(signal_problem(r).empty());
        std::string problem;
        const auto back = parse_signal(signal_json(r), problem);
        INFO(problem);
        REQUIRE(back);
        CHECK(signal_json(*back) == signal_json(r));
        CHECK(json::parse(signal_json(r))["sensitive"] == true);
    }
}

TEST_CASE("every wrong field of a signal is refused, naming the field", "[signal]") {
    const std::vector<std::pair<std::function<void(SignalReport&)>, std::string>> cases = {
        {[](SignalReport& r) { r.day = "2026-12-04T21:15"; }, "day"},
        {[](SignalReport& r) { r.reporter = "police"; }, "reporter"},
        {[](SignalReport& r) { r.sold_as = "Molly from Jan"; }, "sold_as"},
        {[](SignalReport& r) { r.form = "tablet"; }, "form"},
        {[](SignalReport& r) { r.colour = "#ff00aa"; }, "colour"},
        {[](SignalReport& r) { r.mark = "logo"; }, "mark"},
        {[](SignalReport& r) { r.mark_text = "ABCDEFGHIJKLMNOPQRSTU"; }, "mark_text"}, // 21
        {[](SignalReport& r) { r.mark_text = "Jan 06"; }, "mark_text"},
        {[](SignalReport& r) { r.mark_text = ""; }, "mark_text"},
        {[](SignalReport& r) { r.mark = "star"; }, "mark_text"}, // text without "letters"
        {[](SignalReport& r) { r.effects = {}; }, "effects"},
        {[](SignalReport& r) {
             r.effects = {"sick", "sick"};
         },
         "effects"},
        {[](SignalReport& r) { r.effects = {"died"}; }, "effects"},
        {[](SignalReport& r) { r.when = "21:15"; }, "when"},
        {[](SignalReport& r) { r.setting = "street"; }, "staff reports only"},
    };
    for (const auto& [change, field] : cases) {
        SignalReport r = visitor_report();
        change(r);
        INFO(field);
        CHECK_THAT(signal_problem(r), Catch::Contains(field));
    }
    SignalReport staff = staff_report();
    staff.note = "Jan sells these at the station";
    CHECK_THAT(signal_problem(staff), Catch::Contains("note"));
    staff.note.reset();
    CHECK_THAT(signal_problem(staff), Catch::Contains("needs setting, people and note"));

    // JSON from elsewhere: unknown fields (a name, a place) and a missing flag are refused.
    std::string problem;
    json data = json::parse(signal_json(visitor_report()));
    data["seller"] = "Jan";
    CHECK_FALSE(parse_signal(data.dump(), problem));
    CHECK_THAT(problem, Catch::Contains("unknown field seller"));
    data.erase("seller");
    data.erase("sensitive");
    CHECK_FALSE(parse_signal(data.dump(), problem));
    CHECK_THAT(problem, Catch::Contains("sensitive"));
    CHECK_FALSE(parse_signal("[1,2]", problem));
}

TEST_CASE("recording a signal queues one event with the day and no time of day", "[signal]") {
    auto db = store::Database::open(":memory:");
    store::migrate(db);
    const std::string id = store::record_signal(db, visitor_report());
    const auto queued = store::events_in_state(db, store::kQueued, 10);
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].id == id);
    CHECK(queued[0].type == "signal.reported");
    CHECK(queued[0].occurred_at == "2026-12-04T00:00:00Z");
    CHECK(json::parse(queued[0].data_json) == json::parse(signal_json(visitor_report())));
    CHECK(store::info(store::EventKind::SignalReported).sensitivity == store::Sensitivity::Signal);

    SignalReport wrong = visitor_report();
    wrong.mark_text = "call me 0612345678!";
    CHECK_THROWS_WITH(store::record_signal(db, wrong), Catch::Contains("mark_text"));
    CHECK(store::events_in_state(db, store::kQueued, 10).size() == 1);
}
