// The Signals page in-process (ConsoleApp on the test store: SQLite, and PostgreSQL in the
// PostgreSQL run; the console state in a SQLite file of the test folder): a coordinator's
// list in words with its filters, the CSV of exactly the rows shown, "mark reviewed" with and
// without its CSRF token (and in the audit log), and a viewer's counts without the reports.
#include "console_app.hpp"
#include "console_state.hpp"
#include "console_visitor.hpp"
#include "passwords.hpp"
#include "receiver_harness.hpp"
#include "test_database.hpp"

#include "common/rfc3339.hpp"
#include "common/signal_report.hpp"

#include <catch2/catch.hpp>

using namespace console;
using console_test::header;
using console_test::kNow;
using console_test::Visitor;
using receiver::Reply;
using receiver_test::TempDir;

namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

struct Reports {
    std::string pill = receiver_test::new_id();    // 2026-12-03, centre-a, mdma pill TESLA
    std::string staff = receiver_test::new_id();   // 2026-12-01, centre-b, cocaine, staff
    std::string powder = receiver_test::new_id();  // 2026-11-20, centre-a, mdma powder
    std::string too_old = receiver_test::new_id(); // 2026-06-01, outside the 12 weeks
};

std::string signal_event(const std::string& id, const kiosk::SignalReport& r) {
    return receiver_test::event_json(id, "signal.reported", r.day + "T00:00:00Z",
                                     kiosk::signal_json(r));
}

kiosk::SignalReport report(const std::string& day, const std::string& sold_as,
                           const std::string& form, const std::string& effect) {
    kiosk::SignalReport r;
    r.day = day;
    r.reporter = "visitor";
    r.sold_as = sold_as;
    r.form = form;
    r.colour = "pink";
    r.mark = "none";
    r.effects = {effect};
    r.when = "today";
    return r;
}

Reports post_reports(receiver::EventStore& store) {
    Reports ids;
    auto pill = report("2026-12-03", "mdma", "pill", "stronger");
    pill.mark = "letters";
    pill.mark_text = "TESLA";
    pill.effects = {"stronger", "sick"};
    auto staff = report("2026-12-01", "cocaine", "powder", "different");
    staff.reporter = "staff";
    staff.setting = "street";
    staff.people = "two_to_five";
    staff.note = "test_result_known";
    const auto store_from = [&store](const char* kiosk, const std::vector<std::string>& events) {
        const auto batch = receiver::parse_batch(receiver_test::batch_json(events, kiosk));
        REQUIRE(store.store(batch, "2026-12-04T12:00:00Z").size() == events.size());
    };
    store_from(receiver_test::kKioskA,
               {signal_event(ids.pill, pill),
                signal_event(ids.powder, report("2026-11-20", "mdma", "powder", "sick")),
                signal_event(ids.too_old, report("2026-06-01", "ketamine", "liquid", "sick"))});
    store_from(receiver_test::kKioskB, {signal_event(ids.staff, staff)});
    return ids;
}

} // namespace

TEST_CASE("console signals: a coordinator filters the reports in words, downloads exactly "
          "them, and marks one reviewed",
          "[console][store]") {
    TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    const Reports ids = post_reports(*store);
    ConsoleState state(dir.file("console-state.db"));
    ConsoleApp app(*store, {{"anna", Role::Coordinator, hash_password("anna long passphrase")}},
                   true, &state);
    Visitor b{app};
    REQUIRE(b.sign_in("anna", "anna long passphrase").status == 303);

    const Reply all = b.send("GET", "/signals", {}, {{"lang", "en"}});
    REQUIRE(all.status == 200);
    CHECK(count_of(all.body, "<tr id=\"s-") == 3); // the 12 weeks up to today, newest first
    CHECK(all.body.find(ids.pill) < all.body.find(ids.staff));
    CHECK(all.body.find(ids.staff) < all.body.find(ids.powder));
    CHECK(all.body.find(ids.too_old) == std::string::npos);
    CHECK_THAT(all.body, Catch::Contains(">MDMA and ecstasy<") &&
                             Catch::Contains("Letters or numbers: TESLA") &&
                             Catch::Contains("Stronger than expected, Felt sick") &&
                             Catch::Contains("Staff or peer · On the street · 2 to 5 people · "
                                             "A test result is known") &&
                             Catch::Contains(">2026-W49<") &&
                             Catch::Contains("<svg class=\"bar\""));
    CHECK(count_of(all.body, "action=\"/signals/review\"") == 3);
    // Each report can be made into an alert (the Alerts form, prefilled from it).
    CHECK(count_of(all.body, "href=\"/alerts?signal=") == 3);
    CHECK_THAT(all.body, Catch::Contains("href=\"/alerts?signal=" + ids.pill + "#new\""));

    const std::map<std::string, std::string> mdma = {{"sold_as", "mdma"}, {"to", "2026-12-04"}};
    const Reply only = b.send("GET", "/signals", {}, mdma);
    CHECK(count_of(only.body, "<tr id=\"s-") == 2);
    CHECK_THAT(only.body, Catch::Contains("<option value=\"mdma\" selected>"));
    CHECK(count_of(b.send("GET", "/signals", {}, {{"form", "powder"}}).body, "<tr id=\"s-") == 2);
    CHECK(count_of(b.send("GET", "/signals", {}, {{"kiosk", "centre-b"}}).body, "<tr id=\"s-") ==
          1);
    CHECK(count_of(b.send("GET", "/signals", {}, {{"effect", "sick"}, {"from", "2026-01-01"}}).body,
                   "<tr id=\"s-") == 3);

    const Reply csv = b.send("GET", "/signals.csv", {}, mdma);
    REQUIRE(csv.status == 200);
    CHECK_THAT(header(csv, "Content-Disposition"), Catch::Contains("attachment"));
    const auto rows = receiver_test::parse_csv(csv.body);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][0] == "Day");
    CHECK(rows[1][0] == "2026-12-03");
    CHECK(rows[1][5] == "Letters or numbers: TESLA");
    CHECK(rows[2][0] == "2026-11-20");
    CHECK(rows[1].back().empty()); // not reviewed yet

    // Marking needs the session's CSRF token; then it is marked, logged, and the list returns.
    std::map<std::string, std::string> form = mdma;
    form["id"] = ids.pill;
    CHECK(b.send("POST", "/signals/review", form).status == 403);
    CHECK(state.reviews().empty());
    form["csrf"] = b.csrf();
    const Reply marked = b.send("POST", "/signals/review", form);
    CHECK(marked.status == 303);
    CHECK(header(marked, "Location") ==
          "/signals?from=2026-09-12&to=2026-12-04&by=week&sold_as=mdma#s-" + ids.pill);
    REQUIRE(state.reviews().count(ids.pill) == 1);
    CHECK(state.reviews().at(ids.pill).by == "anna");
    REQUIRE_FALSE(state.audit_log().empty());
    CHECK(state.audit_log()[0].event_id == ids.pill);
    CHECK(state.audit_log()[0].action == "signal marked reviewed");

    const Reply after = b.send("GET", "/signals", {}, mdma);
    CHECK_THAT(after.body, Catch::Contains("anna (2026-12-04)"));
    CHECK(count_of(after.body, "action=\"/signals/review\"") == 1);
    auto unreviewed = mdma;
    unreviewed["unreviewed"] = "1";
    const Reply open = b.send("GET", "/signals", {}, unreviewed);
    CHECK(count_of(open.body, "<tr id=\"s-") == 1);
    CHECK(open.body.find(ids.pill) == std::string::npos);
    CHECK(receiver_test::parse_csv(b.send("GET", "/signals.csv", {}, mdma).body)[1].back() ==
          "anna (2026-12-04)");

    form["id"] = receiver_test::new_id(); // no such signal
    CHECK(b.send("POST", "/signals/review", form).status == 404);
    form["id"] = "not an id";
    CHECK(b.send("POST", "/signals/review", form).status == 404);
    CHECK(b.send("GET", "/signals/review").status == 405);
}

TEST_CASE("console signals: a viewer sees counts per week and substance, not the reports, and "
          "may not mark one reviewed",
          "[console][store]") {
    TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    const Reports ids = post_reports(*store);
    ConsoleState state(dir.file("console-state.db"));
    ConsoleApp app(*store, {{"piet", Role::Viewer, hash_password("piet long passphrase")}}, true,
                   &state);
    Visitor b{app};
    REQUIRE(b.sign_in("piet", "piet long passphrase").status == 303);

    const Reply page = b.send("GET", "/signals", {}, {{"lang", "nl"}});
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains(">2026-W49<") && Catch::Contains(">MDMA en xtc<") &&
                              Catch::Contains(">Cocaïne<") && Catch::Contains("Aantallen"));
    CHECK_THAT(page.body, !Catch::Contains("TESLA") && !Catch::Contains("<tr id=\"s-") &&
                              !Catch::Contains("/signals/review") &&
                              !Catch::Contains("name=\"unreviewed\""));
    const auto rows = receiver_test::parse_csv(b.send("GET", "/signals.csv").body);
    REQUIRE(rows.size() == 4); // header; W49 mdma, W49 cocaine, W47 mdma
    CHECK(rows[0] == std::vector<std::string>{"Periode", "Middel", "Meldingen"});
    CHECK(rows[1] == std::vector<std::string>{"2026-W49", "Cocaïne", "1"});

    const Reply refused = b.send("POST", "/signals/review", {{"csrf", b.csrf()}, {"id", ids.pill}});
    CHECK(refused.status == 403);
    CHECK(state.reviews().empty());
    CHECK(state.audit_log().empty());
}
