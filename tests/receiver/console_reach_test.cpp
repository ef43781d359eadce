// The Reach page: the kiosks' day counters added up per period, location and key (pure), and
// the page and its CSV downloads from stats events stored through the wire contract (on
// SQLite, and on PostgreSQL in the PostgreSQL run).
#include "console_visitor.hpp"
#include "passwords.hpp"
#include "reach_page.hpp"
#include "receiver_harness.hpp"
#include "test_database.hpp"

#include <catch2/catch.hpp>

using namespace console;
using console_test::kNow;
using console_test::Visitor;
using receiver::ExportRow;
using receiver::Reply;

namespace {

ExportRow stats_row(const std::string& kiosk, const std::string& occurred_at,
                    const std::string& data) {
    return {receiver_test::new_id(), kiosk, occurred_at, occurred_at, data};
}

std::string daily(const std::string& kiosk, const std::string& day, int visits, int nl, int en,
                  int ghb) {
    return R"({"kiosk_id":")" + kiosk + R"(","day":")" + day + R"(","counters":{"visit":{"":)" +
           std::to_string(visits) + R"(},"language":{"nl":)" + std::to_string(nl) + R"(,"en":)" +
           std::to_string(en) + R"(},"substance":{"ghb":)" + std::to_string(ghb) + "}}}";
}

std::string event_of(const std::string& type, const std::string& occurred_at,
                     const std::string& data) {
    return receiver_test::event_json(receiver_test::new_id(), type, occurred_at, data);
}

Period weeks(const std::string& from, const std::string& to, const std::string& kiosk = "") {
    return period_from({{"from", from}, {"to", to}, {"by", "week"}, {"kiosk", kiosk}},
                       "2026-12-04");
}

} // namespace

TEST_CASE("reach: day counters add up per week, location and key, and summed days count on their "
          "last day",
          "[console][reach]") {
    const std::vector<ExportRow> rows = {
        // Monday and Tuesday of week 48 at noord, the Friday of week 48 at zuid.
        stats_row("noord", "2026-11-24T00:10:00Z", daily("noord", "2026-11-23", 10, 6, 4, 2)),
        stats_row("noord", "2026-11-25T00:10:00Z", daily("noord", "2026-11-24", 5, 5, 0, 0)),
        stats_row("zuid", "2026-11-28T00:10:00Z", daily("zuid", "2026-11-27", 7, 1, 6, 3)),
        // A full outbox summed 2026-11-29 (week 48) and 2026-11-30 (week 49): filed on the 30th.
        stats_row("zuid", "2026-12-01T09:00:00Z",
                  R"({"kiosk_id":"zuid","from":"2026-11-29","to":"2026-11-30",)"
                  R"("days":["2026-11-29","2026-11-30"],"counters":{"visit":{"":4},)"
                  R"("emergency":{"":1},"future_metric":{"x":9},"mix":{"alcohol+ghb":2}}})"),
        // Before the period (and closed before it began): skipped unread.
        stats_row("noord", "2026-11-02T00:10:00Z", daily("noord", "2026-11-01", 99, 99, 0, 0)),
        // Not counters at all, and a count that is not a whole number.
        stats_row("noord", "2026-11-26T00:10:00Z", R"({"day":"2026-11-25"})"),
        stats_row("noord", "2026-11-27T00:10:00Z",
                  R"({"day":"2026-11-26","counters":{"visit":{"":"3"},"qr":{"a":1.5}}})"),
    };
    const Period period = weeks("2026-11-23", "2026-12-06");
    const ReachReport report = reach_report(rows, period);

    CHECK(report.total[0] == 10 + 5 + 7 + 4); // visits
    CHECK(report.total[1] == 6 + 4 + 5 + 1 + 6);
    CHECK(report.total[7] == 1); // emergency
    REQUIRE(report.by_bucket.size() == 2);
    CHECK(report.by_bucket.at("2026-W48")[0] == 22);
    CHECK(report.by_bucket.at("2026-W49")[0] == 4);
    CHECK(report.by_kiosk.at("noord")[0] == 15);
    CHECK(report.by_kiosk.at("zuid")[0] == 11);
    CHECK(report.by_key[1].at("nl") == 12);
    CHECK(report.by_key[1].at("en") == 10);
    CHECK(report.by_key[4].at("alcohol+ghb") == 2);

    SECTION("one location, by month") {
        Period zuid = weeks("2026-11-01", "2026-12-31", "zuid");
        zuid.grain = Grain::Month;
        const ReachReport z = reach_report(rows, zuid);
        CHECK(z.total[0] == 11);
        CHECK(z.by_kiosk.size() == 1);
        CHECK(z.by_bucket.at("2026-11")[0] == 7 + 4); // the summed days end on 2026-11-30
        CHECK(z.by_bucket.at("2026-12")[0] == 0);     // a quiet month is a row of zeros
        CHECK(z.by_bucket.at("2026-11")[3] == 3);     // ghb viewed
    }
    SECTION("the tables: a row per bucket and a total; keys by count") {
        const ReportTable trend = reach_table(report, ReachTable::Trend, Lang::En);
        REQUIRE(trend.rows.size() == 3);
        CHECK(trend.rows[0][0] == "2026-W48");
        CHECK(trend.rows[0][1] == "22");
        CHECK(trend.rows[2][0] == "Total");
        CHECK(trend.rows[2][1] == "26");
        const ReportTable keys = reach_table(report, ReachTable::Keys, Lang::Nl);
        REQUIRE(keys.rows.size() >= 2);
        CHECK(keys.rows[0] == std::vector<std::string>{"Talen gekozen", "nl", "12"});
        CHECK(keys.rows[1] == std::vector<std::string>{"Talen gekozen", "en", "10"});
    }
}

TEST_CASE("reach: a period from the query string, its buckets and its defaults", "[console]") {
    const Period fallback = period_from({{"from", "2026-02-30"}, {"by", "year"}}, "2026-12-04");
    CHECK(fallback.to == "2026-12-04");
    CHECK(fallback.from == "2026-09-12"); // 12 weeks, both ends included
    CHECK(fallback.grain == Grain::Week);
    const Period swapped = period_from(
        {{"from", "2026-12-01"}, {"to", "2026-11-01"}, {"kiosk", "../x"}}, "2026-12-04");
    CHECK(swapped.from == "2026-11-01");
    CHECK(swapped.to == "2026-12-01");
    CHECK(swapped.kiosk.empty());
    CHECK(bucket_of("2027-01-01", Grain::Week) == "2026-W53");
    CHECK(bucket_of("2026-12-28", Grain::Week) == "2026-W53");
    CHECK(bucket_of("2026-12-28", Grain::Month) == "2026-12");
    CHECK(period_query(swapped) == "from=2026-11-01&to=2026-12-01&by=week");
}

TEST_CASE("console: the Reach page shows what the kiosks uploaded, and its CSV is the same rows",
          "[console][store]") {
    receiver_test::TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    const auto post = [&](const std::string& kiosk, std::vector<std::string> events) {
        store->store(receiver::parse_batch(receiver_test::batch_json(events, kiosk)),
                     "2026-12-04T11:00:00Z");
    };
    post("kiosk-a", {event_of("stats.daily", "2026-12-01T00:05:00Z",
                              daily("kiosk-a", "2026-11-30", 12, 8, 4, 1)),
                     event_of("stats.daily", "2026-12-02T00:05:00Z",
                              daily("kiosk-a", "2026-12-01", 3, 3, 0, 0))});
    post("kiosk-b", {event_of("stats.daily", "2026-11-25T00:05:00Z",
                              daily("kiosk-b", "2026-11-24", 20, 2, 18, 5))});
    post("kiosk-b", {event_of("stats.daily", "2026-11-02T00:05:00Z",
                              daily("kiosk-b", "2026-11-01", 50, 50, 0, 0))});
    // The store reads from a day on (the index's range), and the period's page only those.
    CHECK(store->rows_of_type_from("stats.daily", "2026-11-23").size() == 3);
    CHECK(store->rows_of_type_from("stats.daily", "").size() == 4);
    CHECK(store->rows_of_type("stats.daily").size() == 4);

    ConsoleApp app(*store, {{"vera", Role::Viewer, hash_password("vera long passphrase")}}, false);
    Visitor v{app};
    REQUIRE(v.sign_in("vera", "vera long passphrase").status == 303);
    const std::map<std::string, std::string> query = {
        {"from", "2026-11-23"}, {"to", "2026-12-06"}, {"by", "week"}, {"lang", "en"}};
    const Reply page = v.send("GET", "/reach", {}, query);
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("<td class=\"num\" data-label=\"Visits\">35</td>"));
    CHECK_THAT(page.body, Catch::Contains("data-label=\"Period\">2026-W48</td>"));
    CHECK_THAT(page.body, Catch::Contains("kiosk-b"));
    CHECK_THAT(page.body, Catch::Contains("<svg"));
    // The language link keeps the period.
    CHECK_THAT(page.body, Catch::Contains("href=\"/reach?from=2026-11-23&amp;to=2026-12-06&amp;"
                                          "by=week&amp;lang=nl\""));

    auto csv_query = query;
    csv_query["table"] = "trend";
    const Reply csv = v.send("GET", "/reach.csv", {}, csv_query);
    REQUIRE(csv.status == 200);
    CHECK(csv.content_type == "text/csv; charset=utf-8");
    CHECK_THAT(console_test::header(csv, "Content-Disposition"),
               Catch::Contains("reach-trend-2026-11-23-2026-12-06.csv"));
    CHECK(csv.body == "Period,Visits,Languages chosen,Topics viewed,Substances viewed,Mixes "
                      "checked,Referrals shown,QR codes shown,Emergency screen opened,Alerts "
                      "viewed,Read aloud used\r\n"
                      "2026-W48,20,20,0,5,0,0,0,0,0,0\r\n"
                      "2026-W49,15,15,0,1,0,0,0,0,0,0\r\n"
                      "Total,35,35,0,6,0,0,0,0,0,0\r\n");

    csv_query["kiosk"] = "kiosk-a";
    csv_query["table"] = "locations";
    const Reply one = v.send("GET", "/reach.csv", {}, csv_query);
    CHECK_THAT(one.body, Catch::Contains("kiosk-a,15,") && !Catch::Contains("kiosk-b"));
    csv_query["table"] = "everything";
    CHECK(v.send("GET", "/reach.csv", {}, csv_query).status == 404);
}
