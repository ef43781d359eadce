// The uploader's side of the outbox: claiming marks in flight before sending, crash recovery
// puts in-flight events back, settling moves only in-flight events, the staff summary, and
// making room when the outbox nears its cap without dropping anything undelivered.
#include "store/outbox_delivery.hpp"
#include "store/outbox_pressure.hpp"
#include "store/reach_store.hpp"
#include "sync_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kiosk::store;
using kiosk::sync::test::outbox_with;
using kiosk::sync::test::state_ids;

namespace {

constexpr const char* kNow = "2026-11-22T17:05:09Z";

std::int64_t attempts_of(Database& db, const std::string& id) {
    Statement q = db.prepare("SELECT attempts FROM events WHERE id = ?1");
    q.bind(1, id);
    q.step();
    return q.column_int64(0);
}

void add_daily_stats(Database& db, const std::string& day, int visits) {
    Transaction transaction(db);
    nlohmann::json data = {
        {"kiosk_id", "k"}, {"day", day}, {"counters", {{"visit", {{"", visits}}}}}};
    const std::string id = append_event(db, kiosk::store::EventKind::StatsDaily, data.dump(), kNow);
    Statement mark = db.prepare("INSERT INTO reach_days_closed (day, event_id) VALUES (?1, ?2)");
    mark.bind(1, day);
    mark.bind(2, id);
    mark.run();
    transaction.commit();
}

} // namespace

TEST_CASE("claiming marks the oldest queued events in flight before anything is sent",
          "[store][delivery]") {
    Database db = outbox_with(5);
    const auto ids = state_ids(db, kQueued);
    const auto batch = claim_batch(db, 3);
    REQUIRE(batch.size() == 3);
    CHECK(batch[0].id == ids[0]);
    CHECK(batch[2].id == ids[2]);
    CHECK(state_ids(db, kInFlight) == std::vector<std::string>{ids[0], ids[1], ids[2]});
    CHECK(attempts_of(db, ids[0]) == 1);
    CHECK(claim_batch(db, 10).size() == 2); // the rest; the in-flight ones are not taken twice
    CHECK(claim_batch(db, 10).empty());
}

TEST_CASE("after a crash, in-flight events go back to the queue and are sent again",
          "[store][delivery]") {
    Database db = outbox_with(4);
    claim_batch(db, 4);
    CHECK(requeue_in_flight(db) == 4);
    CHECK(state_ids(db, kQueued).size() == 4);
    const auto again = claim_batch(db, 4);
    CHECK(attempts_of(db, again[0].id) == 2);
}

TEST_CASE("settling changes only events that are in flight", "[store][delivery]") {
    Database db = outbox_with(4);
    const auto ids = state_ids(db, kQueued);
    claim_batch(db, 3);
    settle_batch(db, {ids[0], ids[3]}, {{ids[1], "bad data"}}, {ids[2]}, "timed out", kNow);
    CHECK(state_ids(db, kDelivered) == std::vector<std::string>{ids[0]});
    CHECK(state_ids(db, kQueued) == std::vector<std::string>{ids[2], ids[3]}); // 3 was never sent
    const auto quarantined = quarantined_events(db, 10);
    REQUIRE(quarantined.size() == 1);
    CHECK(quarantined[0].reason == "bad data");
    const auto summary = outbox_summary(db);
    CHECK(summary.queued == 2);
    CHECK(summary.delivered == 1);
    CHECK(summary.quarantined == 1);
    CHECK(summary.last_delivered_at == std::string(kNow));
    CHECK(summary.oldest_undelivered_at == std::string("2026-11-20T10:00:00Z"));
    CHECK(summary.bytes > 0);
}

TEST_CASE("delivered events are pruned by delivery time, undelivered never", "[store][delivery]") {
    Database db = outbox_with(3);
    const auto ids = state_ids(db, kQueued);
    claim_batch(db, 2);
    settle_batch(db, {ids[0]}, {}, {ids[1]}, "", "2026-01-01T00:00:00Z");
    CHECK(prune_delivered(db, "2025-12-31T00:00:00Z") == 0);
    CHECK(prune_delivered(db, "2026-06-01T00:00:00Z") == 1);
    CHECK(outbox_summary(db).delivered == 0);
    CHECK(outbox_summary(db).queued == 2);
}

TEST_CASE("below 80% of the cap nothing is touched", "[store][pressure]") {
    Database db = outbox_with(10);
    const auto bytes = outbox_summary(db).bytes;
    const auto result = relieve_pressure(db, bytes * 2, "k", kNow);
    CHECK(result.level == PressureLevel::Ok);
    CHECK(result.pruned == 0);
    CHECK(result.merged == 0);
}

TEST_CASE("near the cap: delivered events go first, then daily counters are merged",
          "[store][pressure]") {
    Database db = outbox_with(6, kiosk::store::EventKind::AttendanceMarked);
    const auto marks = state_ids(db, kQueued);
    claim_batch(db, 2);
    settle_batch(db, {marks[0], marks[1]}, {}, {}, "", kNow);
    add_daily_stats(db, "2026-11-18", 3);
    add_daily_stats(db, "2026-11-19", 4);
    add_daily_stats(db, "2026-11-20", 5);

    const auto result = relieve_pressure(db, 100, "k", kNow); // far over the cap
    CHECK(result.pruned == 2);
    CHECK(result.merged == 3);
    CHECK(result.level == PressureLevel::Full);
    // every attendance mark is still queued; the three days are one event now
    const auto queued = events_in_state(db, kQueued, 100);
    int attendance = 0;
    const Event* merged = nullptr;
    for (const auto& e : queued) {
        attendance += e.type == "attendance.marked";
        CHECK(e.type != "stats.daily");
        if (e.type == "stats.days")
            merged = &e;
    }
    CHECK(attendance == 4);
    REQUIRE(merged != nullptr);
    const auto data = nlohmann::json::parse(merged->data_json);
    CHECK(data["from"] == "2026-11-18");
    CHECK(data["to"] == "2026-11-20");
    CHECK(data["days"].size() == 3);
    CHECK(data["counters"]["visit"][""] == 12);
    CHECK(closing_event_id(db, "2026-11-19") == merged->id);
}

TEST_CASE("a damaged stored event does not stop the merge", "[store][pressure]") {
    Database db = outbox_with(0);
    add_daily_stats(db, "2026-11-18", 1);
    add_daily_stats(db, "2026-11-19", 2);
    db.exec("INSERT INTO events (id, seq, type, occurred_at, schema, data) VALUES "
            "('00000000-0000-4000-8000-000000000000', 99, 'stats.daily', "
            "'2026-11-20T09:00:00Z', 1, '{broken')");
    const auto result = relieve_pressure(db, 10, "k", kNow);
    CHECK(result.merged == 2);
    CHECK(outbox_summary(db).queued == 2); // the merged event and the damaged one, kept
}

TEST_CASE("daily counters already in flight are not merged", "[store][pressure]") {
    Database db = outbox_with(0);
    add_daily_stats(db, "2026-11-18", 1);
    add_daily_stats(db, "2026-11-19", 1);
    claim_batch(db, 1); // the first is being sent right now
    const auto result = relieve_pressure(db, 10, "k", kNow);
    CHECK(result.merged == 0); // only one queued: nothing to merge it with
    CHECK(outbox_summary(db).in_flight == 1);
}
