// Signals from the field at the receiver (docs/signals.md): a good signal.reported is stored
// with its day alone (sent and received kept as days, no time), and exported as CSV; one with
// a wrong word, a field that could name someone, a time of day or another schema is rejected
// with a reason and not stored, while the rest of its batch is.
#include "receiver_harness.hpp"

#include "common/signal_report.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace receiver_test;
using nlohmann::json;

namespace {

const std::string kAdmin = std::string("Authorization: Bearer ") + kAdminToken;

json good_signal() {
    kiosk::SignalReport r;
    r.day = "2026-12-04";
    r.reporter = "visitor";
    r.sold_as = "mdma";
    r.form = "pill";
    r.colour = "pink";
    r.mark = "letters";
    r.mark_text = "TESLA";
    r.effects = {"stronger"};
    r.when = "today";
    return json::parse(kiosk::signal_json(r));
}

std::string signal_event(const std::string& id, const json& data,
                         const std::string& occurred_at = "2026-12-04T00:00:00Z", int schema = 1) {
    json event = json::parse(event_json(id, "signal.reported", occurred_at, data.dump()));
    event["schema"] = schema;
    return event.dump();
}

} // namespace

TEST_CASE("a signal is stored with its day alone and exported, and malformed ones are rejected",
          "[signal][store]") {
    TempDir dir;
    Receiver receiver(dir, write_config(dir));
    const std::string good = new_id();
    json seller = good_signal();
    seller["seller"] = "Jan";
    json long_mark = good_signal();
    long_mark["mark_text"] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    json wrong_form = good_signal();
    wrong_form["form"] = "tablet";
    const std::vector<std::pair<std::string, std::string>> bad = {
        {signal_event(new_id(), seller), "unknown field seller"},
        {signal_event(new_id(), long_mark), "mark_text"},
        {signal_event(new_id(), wrong_form), "form must be one of"},
        {signal_event(new_id(), good_signal(), "2026-12-04T21:47:00Z"), "no time of day"},
        {signal_event(new_id(), good_signal(), "2026-12-04T00:00:00Z", 2), "schema 1"},
    };
    std::vector<std::string> events = {signal_event(good, good_signal())};
    for (const auto& [event, reason] : bad)
        events.push_back(event);
    const HttpResult r = receiver.upload(batch_json(events));
    REQUIRE(r.status == 200);
    CHECK(ids_in(r, "accepted") == std::vector<std::string>{good});
    const auto rejected = rejected_in(r);
    REQUIRE(rejected.size() == bad.size());
    for (const auto& [event, reason] : bad) {
        const std::string id = json::parse(event)["id"];
        INFO(reason);
        REQUIRE(rejected.count(id));
        CHECK_THAT(rejected.at(id), Catch::Contains(reason));
    }

    const HttpResult csv = receiver.http().get("/v1/export/signal.reported.csv", {kAdmin});
    REQUIRE(csv.status == 200);
    const auto rows = parse_csv(csv.body);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][0] == good);
    CHECK(rows[1][2] == "2026-12-04T00:00:00Z");
    CHECK(rows[1][3].size() == 10); // received: the day only
    CHECK(json::parse(rows[1][4]) == good_signal());
    CHECK(receiver.stop() == 0);
}
