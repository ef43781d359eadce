// What the Groups, Reach and Signals pages keep between requests (report_caches.hpp): an event
// stored after a request counts in the next one, an undo of a mark already counted takes it back,
// the figures are those read without a cache, and beyond its bound a cache keeps nothing yet
// answers the same. On the test store: SQLite, and PostgreSQL in the PostgreSQL run.
#include "event_feed.hpp"
#include "groups_page.hpp"
#include "reach_page.hpp"
#include "receiver_harness.hpp"
#include "report_caches.hpp"
#include "test_database.hpp"

#include "common/signal_report.hpp"

#include <catch2/catch.hpp>

using namespace console;
using receiver::StoredEvent;
using receiver_test::new_id;

namespace {

StoredEvent stored(const std::string& id, const std::string& kiosk, const std::string& type,
                   const std::string& at, const std::string& data) {
    return {id, kiosk, type, at, 1, data, data, at, at};
}

std::string mark(const std::string& session, const std::string& code, const std::string& what,
                 const std::string& undoes = "") {
    return R"({"session_id":")" + session + R"(","code":")" + code + R"(","mark":")" + what +
           R"(","count":1)" + (undoes.empty() ? "" : R"(,"undoes":")" + undoes + "\"") + "}";
}

std::string visits(const std::string& day, int n) {
    return R"({"day":")" + day + R"(","counters":{"visit":{"":)" + std::to_string(n) +
           R"(},"language":{"nl":)" + std::to_string(n) + "}}}";
}

const GroupTypes kTypes = {{"exp", GroupType::Experience}, {"coach", GroupType::Coaching}};

Period november() {
    return period_from({{"from", "2026-11-01"}, {"to", "2026-11-30"}, {"by", "week"}},
                       "2026-12-04");
}

// Every table of the Groups page as CSV: what a coordinator would see.
std::string groups_csv(const GroupsReport& r) {
    std::string all;
    for (const GroupsTable t : {GroupsTable::Types, GroupsTable::Steps, GroupsTable::Groups}) {
        all += table_csv(groups_table(r, t, Lang::En));
    }
    return all;
}

std::string reach_csv(const ReachReport& r) {
    std::string all;
    for (const ReachTable t : {ReachTable::Trend, ReachTable::Locations, ReachTable::Keys}) {
        all += table_csv(reach_table(r, t, Lang::En));
    }
    return all;
}

std::string signal(const std::string& day, const std::string& sold_as) {
    kiosk::SignalReport r;
    r.day = day;
    r.reporter = "visitor";
    r.sold_as = sold_as;
    r.form = "pill";
    r.colour = "pink";
    r.mark = "none";
    r.effects = {"stronger"};
    r.when = "today";
    return kiosk::signal_json(r);
}

// The reports as the Signals page lists them: id and substance, newest first.
std::string listed(const std::vector<SignalRow>& rows) {
    std::string all;
    for (const auto& row : rows) {
        all += row.id + " " + row.report.day + " " + row.report.sold_as + "\n";
    }
    return all;
}

// The same period read from the store without any cache.
std::string uncached_groups(receiver::EventStore& store) {
    return groups_csv(groups_report(load_group_events(store), november(), kTypes));
}

} // namespace

TEST_CASE("console cache: a group event stored after a request counts in the next one",
          "[console][store]") {
    receiver_test::TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    const std::string exp = "exp/2026-11-10T14:00";
    const std::string first_mark = new_id();
    store->insert({stored(first_mark, "a", "attendance.marked", "2026-11-10T14:05:00Z",
                          mark(exp, "K1", "present")),
                   stored(new_id(), "a", "attendance.marked", "2026-11-10T14:06:00Z",
                          mark(exp, "K2", "present"))});
    GroupsCache cache;
    GroupsReport r = cache.report(*store, november(), kTypes);
    REQUIRE(r.types.size() == 1);
    CHECK(r.types[0].counts.present == 2);
    CHECK(cache.held() == 2);

    // K1's mark taken back, K3 came, and K2 moved on to coaching: all after the first request.
    store->insert({stored(new_id(), "a", "attendance.undone", "2026-11-10T15:00:00Z",
                          mark(exp, "K1", "present", first_mark)),
                   stored(new_id(), "a", "attendance.marked", "2026-11-10T15:01:00Z",
                          mark(exp, "K3", "walk_in")),
                   stored(new_id(), "a", "attendance.marked", "2026-11-17T10:05:00Z",
                          mark("coach/2026-11-17T10:00", "K2", "present"))});
    r = cache.report(*store, november(), kTypes);
    REQUIRE(r.types.size() == 2);
    CHECK(r.types[0].counts.present == 1);
    CHECK(r.types[0].counts.walk_ins == 1);
    CHECK(r.types[1].counts.present == 1);
    CHECK(r.steps[0].moved == 1);
    CHECK(cache.held() == 5);
    CHECK(groups_csv(r) == uncached_groups(*store));

    // An undo stored before the mark it takes back (uploads from two outboxes can cross).
    const std::string late_mark = new_id();
    store->insert({stored(new_id(), "a", "attendance.undone", "2026-11-10T16:01:00Z",
                          mark(exp, "K4", "present", late_mark))});
    cache.report(*store, november(), kTypes);
    store->insert({stored(late_mark, "a", "attendance.marked", "2026-11-10T16:00:00Z",
                          mark(exp, "K4", "present"))});
    r = cache.report(*store, november(), kTypes);
    CHECK(r.types[0].counts.present == 1);
    CHECK(groups_csv(r) == uncached_groups(*store));
}

TEST_CASE("console cache: beyond its bound the Groups cache keeps nothing and answers the same",
          "[console][store]") {
    receiver_test::TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    for (int i = 0; i < 3; ++i) {
        store->insert({stored(new_id(), "a", "attendance.marked", "2026-11-10T14:05:00Z",
                              mark("exp/2026-11-10T14:00", "K" + std::to_string(i), "present"))});
    }
    GroupsCache small(2);
    const GroupsReport r = small.report(*store, november(), kTypes);
    CHECK(small.held() == 0);
    REQUIRE(r.types.size() == 1);
    CHECK(r.types[0].counts.present == 3);
    CHECK(groups_csv(r) == uncached_groups(*store));
    GroupsCache big(3);
    CHECK(groups_csv(big.report(*store, november(), kTypes)) == groups_csv(r));
    CHECK(big.held() == 3);
}

TEST_CASE("console cache: Reach counts a day stored after a request and stays within its bound",
          "[console][store]") {
    receiver_test::TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    store->insert(
        {stored(new_id(), "a", "stats.daily", "2026-11-11T00:05:00Z", visits("2026-11-10", 7))});
    ReachCache cache;
    CHECK(cache.report(*store, november()).total[0] == 7);
    store->insert(
        {stored(new_id(), "b", "stats.daily", "2026-11-12T00:05:00Z", visits("2026-11-11", 5)),
         stored(new_id(), "a", "stats.days", "2026-11-20T00:05:00Z",
                R"({"from":"2026-11-18","to":"2026-11-19","counters":{"visit":{"":4}}})")});
    const ReachReport r = cache.report(*store, november());
    CHECK(r.total[0] == 16);
    CHECK(r.by_kiosk.at("b")[0] == 5);
    CHECK(r.by_key[1].at("nl") == 12);
    CHECK(cache.held() == 3);

    ReachCache small(2);
    const ReachReport uncached = small.report(*store, november());
    CHECK(small.held() == 0);
    CHECK(reach_csv(uncached) == reach_csv(r));
}

TEST_CASE("console cache: the feed hands out each event once and starts over when rows go",
          "[console][store]") {
    receiver_test::TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    const std::string type = "kiosk.health";
    store->insert({stored(new_id(), "a", type, "2026-11-01T10:00:00Z", "{}"),
                   stored(new_id(), "a", type, "2026-11-02T10:00:00Z", "{}")});
    EventFeed feed({type}, 3);
    EventFeed::News news = feed.next(*store);
    CHECK(news.rows.size() == 2);
    CHECK_FALSE(news.restart);
    CHECK(feed.next(*store).rows.empty());

    const std::string later = new_id();
    store->insert({stored(later, "b", type, "2026-11-03T10:00:00Z", "{}")});
    news = feed.next(*store);
    REQUIRE(news.rows.size() == 1);
    CHECK(news.rows[0].second.id == later);
    CHECK(news.rows[0].second.kiosk_id == "b");

    CHECK(store->forget_before(type, "2026-11-02T00:00:00Z") == 1);
    news = feed.next(*store);
    CHECK(news.restart);
    CHECK(news.rows.size() == 2);

    store->insert({stored(new_id(), "a", type, "2026-11-04T10:00:00Z", "{}"),
                   stored(new_id(), "a", type, "2026-11-05T10:00:00Z", "{}")});
    news = feed.next(*store);
    CHECK(news.too_many);
    CHECK(news.rows.empty());
}

TEST_CASE("console cache: the feed finds an old day uploaded late as well as a new day",
          "[console][store]") {
    receiver_test::TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    const std::string type = "stats.daily";
    for (const char* day : {"10", "11", "12", "13"}) {
        store->insert(
            {stored(new_id(), "a", type, std::string("2026-11-") + day + "T00:05:00Z", "{}")});
    }
    EventFeed feed({type}, 100);
    CHECK(feed.next(*store).rows.size() == 4);
    const auto one_new = [&](const std::string& at) {
        const std::string id = new_id();
        store->insert({stored(id, "b", type, at, "{}")});
        const EventFeed::News news = feed.next(*store);
        REQUIRE(news.rows.size() == 1);
        CHECK(news.rows[0].second.id == id);
        CHECK(news.rows[0].second.occurred_at == at);
    };
    one_new("2026-11-14T00:05:00Z"); // among the last days seen
    one_new("2026-11-02T00:05:00Z"); // a kiosk offline for weeks: before them
    one_new("2026-11-12T00:06:00Z");
    CHECK(feed.next(*store).rows.empty());
}

TEST_CASE("console cache: Signals lists a report stored after a request in its place, as read "
          "without a cache",
          "[console][store]") {
    receiver_test::TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    store->insert({stored(new_id(), "a", "signal.reported", "2026-11-20T00:00:00Z",
                          signal("2026-11-20", "mdma")),
                   stored(new_id(), "b", "signal.reported", "2026-11-10T00:00:00Z",
                          signal("2026-11-10", "cocaine"))});
    SignalsCache cache;
    const auto first = cache.signals(*store);
    REQUIRE(first->size() == 2);
    CHECK(cache.signals(*store) == first); // nothing new: the same list, not read again
    // A late upload of an older day, and a newer one: each in its place.
    store->insert({stored(new_id(), "a", "signal.reported", "2026-11-25T00:00:00Z",
                          signal("2026-11-15", "ketamine")),
                   stored(new_id(), "b", "signal.reported", "2026-11-26T00:00:00Z",
                          signal("2026-11-26", "mdma"))});
    const auto second = cache.signals(*store);
    CHECK(first->size() == 2); // a request that holds the old list keeps it whole
    REQUIRE(second->size() == 4);
    CHECK(second->front().report.day == "2026-11-26");
    CHECK((*second)[2].report.sold_as == "ketamine");
    CHECK(listed(*second) == listed(read_signals(store->rows_of_type("signal.reported"))));

    SignalsCache small(2); // beyond its bound: read from the store each time, the same list
    CHECK(listed(*small.signals(*store)) == listed(*second));
}
