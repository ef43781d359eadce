// Tests for peer-group retention: only old data whose events were delivered is deleted, with
// those delivered events, and deleting writes no event.
#include "store/groups_store.hpp"

#include "store_groups_support.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::store;
using kiosk::store::test::add_member;
using kiosk::store::test::all_events;
using kiosk::store::test::events_of;
using kiosk::store::test::kStaff;
using kiosk::store::test::scalar;

namespace {

constexpr const char* kToday = "2027-06-01"; // keep 180 days: sessions before 2026-12-03 go
constexpr const char* kOld = "exp-tue/2026-11-24T14:00";
constexpr const char* kEdge = "exp-tue/2026-12-01T14:00";
constexpr const char* kRecent = "exp-tue/2027-05-25T14:00";
constexpr const char* kThen = "2026-11-22T10:00:00Z";
constexpr const char* kMay = "2027-05-30T10:00:00Z";

void deliver_all(Database& db) {
    db.exec("UPDATE events SET state = 'delivered', delivered_at = '2027-05-31T00:00:00Z'");
}

void undeliver(Database& db, const std::string& where) {
    db.exec("UPDATE events SET state = 'queued', delivered_at = NULL WHERE " + where);
}

// Old: A and B in kOld (marked, closed), A in kEdge; recent: C in kRecent; D new and unused;
// E old and unused; three interest forms.
Database filled() {
    Database db = test::migrated_memory();
    for (const char* code : {"AAA-222", "BBB-333", "CCC-444", "EEE-666"}) {
        add_member(db, code, kThen);
    }
    add_member(db, "DDD-555", kMay);
    sign_up(db, kOld, 5, "AAA-222", kThen);
    sign_up(db, kOld, 5, "BBB-333", kThen);
    mark_attendance(db, kOld, "AAA-222", Mark::Present, kStaff, kThen);
    mark_attendance(db, kOld, "BBB-333", Mark::Absent, kStaff, kThen);
    close_session(db, kOld, kStaff, kThen);
    sign_up(db, kEdge, 5, "AAA-222", kThen);
    sign_up(db, kRecent, 5, "CCC-444", kMay);
    submit_interest(db, {"nl"}, "old, delivered", std::string("a@example.org"), true,
                    "2027-04-01T10:00:00Z");
    submit_interest(db, {"nl"}, "old, queued", std::string("b@example.org"), true,
                    "2027-04-01T11:00:00Z");
    submit_interest(db, {"nl"}, "recent", std::string("c@example.org"), true,
                    "2027-05-20T10:00:00Z");
    deliver_all(db);
    undeliver(db, "json_extract(data, '$.session_id') = '" + std::string(kEdge) + "'");
    undeliver(db, "json_extract(data, '$.availability') = 'old, queued'");
    undeliver(db, "type = 'member.created' AND json_extract(data, '$.code') = 'EEE-666'");
    return db;
}

} // namespace

TEST_CASE("apply_retention deletes only old data whose events were all delivered",
          "[groups-store]") {
    Database db = filled();
    const std::int64_t events_before = all_events(db);

    const RetentionResult first = apply_retention(db, kToday, 180, 30);

    CHECK(first.sessions == 1);
    CHECK(first.signups == 2);
    CHECK(first.attendance == 2);
    CHECK(first.sessions_closed == 1);
    CHECK(first.interest_forms == 1);
    CHECK(first.members == 1); // B; A still has kEdge, E's event is queued, D is recent
    CHECK(first.events == 7);  // kOld's 5, B's member.created, the old delivered form's
    CHECK(all_events(db) == events_before - 7);

    CHECK(scalar(db, "SELECT COUNT(*) FROM signups WHERE session_id = ?1", {kOld}) == 0);
    CHECK(scalar(db, "SELECT COUNT(*) FROM attendance") == 0);
    CHECK_FALSE(session_closed(db, kOld));
    CHECK(scalar(db,
                 "SELECT COUNT(*) FROM events WHERE "
                 "json_extract(data, '$.session_id') = ?1",
                 {kOld}) == 0);
    CHECK(signups_for(db, kEdge).size() == 1);   // its event is not delivered yet
    CHECK(signups_for(db, kRecent).size() == 1); // not old enough
    for (const char* kept : {"AAA-222", "CCC-444", "DDD-555", "EEE-666"}) {
        INFO(kept);
        CHECK(member_exists(db, kept));
    }
    CHECK_FALSE(member_exists(db, "BBB-333"));
    CHECK(scalar(db, "SELECT COUNT(*) FROM interest_forms") == 2);
    CHECK(scalar(db, "SELECT COUNT(*) FROM interest_forms WHERE contact = 'a@example.org'") == 0);
    CHECK(scalar(db, "SELECT COUNT(*) FROM events WHERE data LIKE '%a@example.org%'") == 0);
    CHECK(scalar(db, "SELECT COUNT(*) FROM events WHERE state = 'queued'") == 3); // none added

    // Nothing more to do until the rest is delivered.
    const RetentionResult again = apply_retention(db, kToday, 180, 30);
    CHECK((again.sessions == 0 && again.members == 0 && again.events == 0));

    deliver_all(db);
    const RetentionResult later = apply_retention(db, kToday, 180, 30);
    CHECK((later.sessions == 1 && later.signups == 1));
    CHECK(later.members == 2);        // A (no sign-ups left) and E
    CHECK(later.interest_forms == 1); // the once-queued old form
    CHECK(later.events == 4);         // kEdge's sign-up, A's and E's member.created, the form's
    CHECK(member_exists(db, "CCC-444"));
    CHECK(member_exists(db, "DDD-555"));
    CHECK(scalar(db, "SELECT COUNT(*) FROM interest_forms") == 1);
    CHECK(signups_for(db, kRecent).size() == 1);
}

TEST_CASE("apply_retention keeps everything when the period has not passed", "[groups-store]") {
    Database db = filled();
    const std::int64_t events_before = all_events(db);

    const RetentionResult result = apply_retention(db, "2026-12-01", 180, 365);

    CHECK((result.sessions == 0 && result.members == 0 && result.interest_forms == 0));
    CHECK(all_events(db) == events_before);
    CHECK_THROWS_AS(apply_retention(db, "2026-12-01", -1, 30), StoreError);
    CHECK_THROWS_AS(apply_retention(db, "2026-12-01", 180, -1), StoreError);
    CHECK_THROWS_AS(apply_retention(db, "1 Dec 2026", 180, 30), StoreError);
    CHECK(events_of(db, "member.created") == 5);
}

TEST_CASE("without uploads, retention deletes old data on time, delivered or not",
          "[groups-store]") {
    // With no server to deliver to, waiting for delivery would keep data for ever and break
    // the promise in the consent text.
    Database db = filled();
    const RetentionResult r = apply_retention(db, kToday, 180, 30, false);
    CHECK(r.sessions == 2); // kOld and kEdge, although kEdge's event is still queued
    CHECK(signups_for(db, kEdge).empty());
    CHECK(signups_for(db, kRecent).size() == 1);                   // not old enough
    CHECK(scalar(db, "SELECT COUNT(*) FROM interest_forms") == 1); // both old forms gone
    CHECK_FALSE(member_exists(db, "EEE-666")); // its queued event no longer keeps it
    CHECK(member_exists(db, "DDD-555"));       // recent
    CHECK(scalar(db, "SELECT COUNT(*) FROM events WHERE json_extract(data, '$.session_id') = ?1",
                 {kEdge}) == 0);
}
