// The Groups page in-process (ConsoleApp without the network) on the test store, SQLite and, in
// the PostgreSQL run, PostgreSQL: peer-group events stored as an upload stores them, then
// /groups and /groups.csv read by a viewer (aggregates only: every role sees this page).
#include "console_app.hpp"
#include "console_visitor.hpp"
#include "passwords.hpp"
#include "receiver_harness.hpp"
#include "test_database.hpp"

#include "common/rfc3339.hpp"

#include <catch2/catch.hpp>

using namespace console;
using console_test::header;
using console_test::kNow;
using console_test::Visitor;
using receiver::Reply;
using receiver_test::TempDir;

namespace {

std::string group_event(const std::string& id, const std::string& type, const std::string& at,
                        const std::string& data) {
    return receiver_test::event_json(id, type, at, data);
}

std::string data(const std::string& session, const std::string& code,
                 const std::string& more = "") {
    return R"({"session_id":")" + session + R"(","code":)" +
           (code.empty() ? std::string("null") : "\"" + code + "\"") + more + "}";
}

// Kiosk A: an experience group with a cancellation, the waiting list and an undone mark;
// a coaching group a week later. Kiosk B: a coaching group.
void post_story(receiver::EventStore& store) {
    using receiver_test::new_id;
    const std::string exp = "exp-tue/2026-11-24T14:00";
    const std::string coach = "coach/2026-12-01T10:00";
    const std::string undone_mark = new_id();
    const std::vector<std::string> a = {
        group_event(new_id(), "member.created", "2026-11-20T10:00:00Z",
                    R"({"code":"KAA-222","symbol":"sun","nickname":"Zonnetje"})"),
        group_event(new_id(), "signup.created", "2026-11-20T10:00:01Z",
                    data(exp, "KAA-222", R"(,"capacity":1,"booked":1)")),
        group_event(new_id(), "signup.waitlisted", "2026-11-20T10:01:00Z",
                    data(exp, "KBB-333", R"(,"capacity":1,"position":1)")),
        group_event(new_id(), "signup.waitlisted", "2026-11-20T10:02:00Z",
                    data(exp, "KCC-444", R"(,"capacity":1,"position":2)")),
        group_event(new_id(), "signup.cancelled", "2026-11-21T09:00:00Z",
                    data(exp, "KAA-222", R"(,"was":"booked")")),
        group_event(new_id(), "signup.promoted", "2026-11-21T09:00:00Z", data(exp, "KBB-333")),
        group_event(new_id(), "attendance.marked", "2026-11-24T14:05:00Z",
                    data(exp, "KBB-333", R"(,"mark":"present","count":1,"staff":"Els")")),
        group_event(undone_mark, "attendance.marked", "2026-11-24T14:06:00Z",
                    data(exp, "", R"(,"mark":"walk_in","count":1,"staff":"Els")")),
        group_event(
            new_id(), "attendance.undone", "2026-11-24T14:07:00Z",
            data(exp, "", R"(,"mark":"walk_in","undoes":")" + undone_mark + R"(","staff":"Els")")),
        group_event(new_id(), "attendance.marked", "2026-11-24T14:08:00Z",
                    data(exp, "KAA-222", R"(,"mark":"walk_in","count":1,"staff":"Els")")),
        group_event(new_id(), "attendance.marked", "2026-12-01T10:05:00Z",
                    data(coach, "KBB-333", R"(,"mark":"walk_in","count":1,"staff":"Els")")),
    };
    const std::vector<std::string> b = {
        group_event(new_id(), "attendance.marked", "2026-12-01T10:05:00Z",
                    data(coach, "KAA-222", R"(,"mark":"walk_in","count":1,"staff":"Jan")")),
    };
    for (const auto& [kiosk, events] :
         {std::pair{receiver_test::kKioskA, a}, std::pair{receiver_test::kKioskB, b}}) {
        const auto outcomes =
            store.store(receiver::parse_batch(receiver_test::batch_json(events, kiosk)),
                        "2026-12-04T12:00:00Z");
        REQUIRE(outcomes.size() == events.size());
        for (const auto o : outcomes) {
            REQUIRE(o == receiver::StoreOutcome::Stored);
        }
    }
}

} // namespace

TEST_CASE("console: the Groups page counts sign-ups, the waiting list, attendance and steps",
          "[console][store]") {
    TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    post_story(*store);
    ConsoleApp app(*store, {{"piet", Role::Viewer, hash_password("piet long passphrase")}}, true);
    app.set_group_types({{"exp-tue", GroupType::Experience}, {"coach", GroupType::Coaching}});
    CHECK(ConsoleApp(*store, {}, true)
              .handle({"GET", "/groups", "10.0.0.9", {}, {}, {}}, {}, kNow)
              .status == 303); // no page without signing in
    Visitor v{app};
    REQUIRE(v.sign_in("piet", "piet long passphrase").status == 303);

    const Reply page = v.send("GET", "/groups", {}, {{"lang", "en"}});
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("<h1>Groups</h1>") && Catch::Contains("<svg") &&
                              Catch::Contains(">centre-b</option>"));
    for (const char* secret : {"KAA", "KBB", "KCC", "Zonnetje", "Els"}) {
        CHECK_THAT(page.body, !Catch::Contains(secret)); // never a code, nickname or staff
    }

    const std::map<std::string, std::string> period = {
        {"from", "2026-11-01"}, {"to", "2026-12-31"}, {"by", "week"}};
    auto csv = [&](const std::string& table, std::map<std::string, std::string> query) {
        query["table"] = table;
        const Reply r = v.send("GET", "/groups.csv", {}, query);
        REQUIRE(r.status == 200);
        CHECK(r.content_type == "text/csv; charset=utf-8");
        CHECK_THAT(header(r, "Content-Disposition"), Catch::Contains("groups-" + table + "-"));
        return r.body;
    };
    // period, location, group, type, sessions, signed up, put on the waiting list, moved up,
    // cancelled, present, walk-ins, absent, excused
    const std::string groups = csv("groups", period);
    CHECK_THAT(groups,
               Catch::Contains("2026-W48,centre-a,exp-tue,Experience group,1,1,2,1,1,1,1,0,0\r\n"));
    CHECK_THAT(groups,
               Catch::Contains("2026-W49,centre-a,coach,Coaching group,1,0,0,0,0,0,1,0,0\r\n"));
    CHECK_THAT(groups,
               Catch::Contains("2026-W49,centre-b,coach,Coaching group,1,0,0,0,0,0,1,0,0\r\n"));
    CHECK(csv("steps", period) == "From,To,Codes that came to 'From',Moved on\r\n"
                                  "Experience group,Coaching group,2,1\r\n"
                                  "Coaching group,Work project,2,0\r\n"
                                  "Work project,Training,0,0\r\n");
    auto at_b = period;
    at_b["kiosk"] = receiver_test::kKioskB;
    CHECK(csv("types", at_b) == "Type,Sessions,Signed up,Put on waiting list,Moved up from waiting "
                                "list,Cancelled,Present,Walk-ins,Absent,Excused\r\n"
                                "Coaching group,1,0,0,0,0,0,1,0,0\r\n");

    // The page shows the same rows: in Dutch now, from the cookie.
    auto dutch = period;
    dutch["lang"] = "nl";
    const Reply nl = v.send("GET", "/groups", {}, dutch);
    CHECK_THAT(nl.body, Catch::Contains("Ervaringsgroep") && Catch::Contains("2026-W48"));
    CHECK(v.send("GET", "/groups.csv", {}, {{"table", "codes"}}).status == 404);
}
