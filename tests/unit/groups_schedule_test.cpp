// Peer-group schedules: dates and times, weekly recurrence, one-offs, cancellations, holidays,
// staff changes, DST-correct UTC times and stable session ids. The file loader is tested in
// groups_schedule_loader_test.cpp.
#include "core/groups/schedule.hpp"
#include "core/groups/sessions.hpp"

#include "groups_schedule_support.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <set>

using namespace kiosk;
using namespace kiosk::groups;
using namespace kiosk::groups::test;
using kiosk::store::test::TempDir;
using kiosk::store::test::write_bytes;

TEST_CASE("local dates parse, format, count days and weekdays", "[groups]") {
    CHECK(day("2026-03-24").format() == "2026-03-24");
    CHECK(day("2026-03-24").weekday() == 1); // Tuesday
    CHECK(day("1970-01-01").weekday() == 3); // Thursday
    CHECK(day("2026-03-29").weekday() == 6); // Sunday
    CHECK(day("1970-01-01").days() == 0);
    CHECK(LocalDate::from_days(-1) == day("1969-12-31"));
    CHECK(day("2026-12-31").add_days(1) == day("2027-01-01"));
    CHECK(day("2028-02-28").add_days(1) == day("2028-02-29"));
    CHECK(day("2026-03-01").add_days(-1) == day("2026-02-28"));
    CHECK(day("2026-03-24").add_days(7) == day("2026-03-31"));
    CHECK(day("2026-03-24") < day("2026-03-25"));
    CHECK(day("2026-12-31") < day("2027-01-01"));
    CHECK(day("2026-03-24") >= day("2026-03-24"));
    CHECK(day("2026-03-24") != day("2026-03-25"));
    for (const char* bad : {"", "2026-02-29", "2026-13-01", "2026-1-01", "2026/01/01", "26-01-01",
                            "2026-01-00", "2026-04-31", "0000-01-01", "2026-01-01x"})
        CHECK_FALSE(LocalDate::parse(bad));
    CHECK(LocalDate::parse("2028-02-29"));
}

TEST_CASE("clock times, weekdays and group types read and print", "[groups]") {
    CHECK(parse_clock("14:00") == 14 * 60);
    CHECK(parse_clock("00:00") == 0);
    CHECK(parse_clock("23:59") == 23 * 60 + 59);
    for (const char* bad : {"25:00", "24:00", "9:00", "14:60", "14.00", "", "1400"})
        CHECK_FALSE(parse_clock(bad));
    CHECK(format_clock(9 * 60 + 5) == "09:05");
    CHECK(parse_weekday("monday") == 0);
    CHECK(parse_weekday("sunday") == 6);
    CHECK_FALSE(parse_weekday("Tuesday"));
    CHECK(std::string(weekday_name(2)) == "wednesday");
    for (GroupType t : all_types())
        CHECK(parse_type(type_name(t)) == t);
    CHECK(std::string(type_name(GroupType::Coaching)) == "coaching");
    CHECK_FALSE(parse_type("therapy"));
}

TEST_CASE("weekly groups recur every week over four weeks, sorted by start", "[groups]") {
    const auto sessions = sessions_between(two_groups(), {}, day("2026-11-02"), 28);
    CHECK(ids(sessions) ==
          std::vector<std::string>{
              "exp/2026-11-03T14:00", "exp/2026-11-05T19:00", "work/2026-11-06T11:00",
              "exp/2026-11-10T14:00", "exp/2026-11-12T19:00", "work/2026-11-13T11:00",
              "exp/2026-11-17T14:00", "exp/2026-11-19T19:00", "work/2026-11-20T11:00",
              "exp/2026-11-24T14:00", "exp/2026-11-26T19:00", "work/2026-11-27T11:00"});
    const Session& s = sessions.front();
    CHECK(s.group_id == "exp");
    CHECK(s.type == GroupType::Experience);
    CHECK(s.date == day("2026-11-03"));
    CHECK(s.start_min == 14 * 60);
    CHECK(s.end_min == 15 * 60 + 30);
    CHECK(s.ends_utc - s.starts_utc == 90 * 60);
    CHECK(s.place == "Ruimte 2, Voorbeeldstraat 1");
    CHECK(s.capacity == 12);
    CHECK_FALSE(s.cancelled);
    CHECK(s.cancel_reason.empty());
    CHECK(sessions_between(two_groups(), {}, day("2026-11-02"), 0).empty());
}

TEST_CASE("weekly sessions only run from valid_from to valid_until, both included", "[groups]") {
    Schedule s = two_groups();
    s.groups[0].weekly = {{1, 14 * 60, 15 * 60}};
    s.groups[0].valid_from = day("2026-11-10");
    s.groups[0].valid_until = day("2026-11-24");
    s.groups.pop_back();
    CHECK(ids(sessions_between(s, {}, day("2026-11-01"), 42)) ==
          std::vector<std::string>{"exp/2026-11-10T14:00", "exp/2026-11-17T14:00",
                                   "exp/2026-11-24T14:00"});
    s.groups[0].valid_until.reset();
    CHECK(sessions_between(s, {}, day("2026-11-01"), 42).size() == 5);
}

TEST_CASE("one-off sessions are added on their date", "[groups]") {
    Schedule s = two_groups();
    s.groups[0].one_off = {{day("2026-12-19"), 14 * 60, 16 * 60}};
    const auto sessions = sessions_between(s, {}, day("2026-12-19"), 1);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].id == "exp/2026-12-19T14:00");
    CHECK(sessions[0].end_min == 16 * 60);
    CHECK_FALSE(sessions[0].cancelled);
    CHECK(sessions_between(s, {}, day("2026-12-20"), 1).empty());
}

TEST_CASE("cancelled dates and holidays are listed and flagged, not dropped", "[groups]") {
    Schedule s = two_groups();
    s.groups[0].cancelled = {day("2026-12-29")};
    s.groups[0].one_off = {{day("2026-12-25"), 10 * 60, 11 * 60}};
    s.holidays.push_back({day("2026-12-25"), {{"nl", "Eerste Kerstdag"}, {"en", "Christmas"}}});
    const auto sessions = sessions_between(s, {}, day("2026-12-21"), 14);
    CHECK(by_id(sessions, "exp/2026-12-29T14:00").cancelled);
    CHECK(by_id(sessions, "exp/2026-12-29T14:00").cancel_reason == "cancelled");
    CHECK(by_id(sessions, "work/2026-12-25T11:00").cancel_reason == "holiday");
    CHECK(by_id(sessions, "exp/2026-12-25T10:00").cancel_reason == "holiday");
    CHECK_FALSE(by_id(sessions, "exp/2026-12-22T14:00").cancelled);
    CHECK_FALSE(by_id(sessions, "exp/2026-12-31T19:00").cancelled);
    CHECK_FALSE(by_id(sessions, "work/2027-01-01T11:00").cancelled);
    CHECK(sessions.size() == 7);
}

TEST_CASE("staff cancel, restore and one-off changes are merged in order", "[groups]") {
    Schedule s = two_groups();
    s.groups[0].cancelled = {day("2026-12-29")};
    s.holidays.push_back({day("2026-12-25"), {{"nl", "Eerste Kerstdag"}, {"en", "Christmas"}}});
    const LocalDate first = day("2026-12-21");
    using C = StaffChange;

    SECTION("cancel flags a session as cancelled by staff") {
        const auto out =
            sessions_between(s, {{C::Cancel, "exp", day("2026-12-22"), 840, 930}}, first, 14);
        CHECK(by_id(out, "exp/2026-12-22T14:00").cancel_reason == "staff");
        CHECK_FALSE(by_id(out, "exp/2026-12-24T19:00").cancelled);
    }
    SECTION("restore undoes a cancelled date, a holiday and an earlier staff cancel") {
        const auto out = sessions_between(s,
                                          {{C::Restore, "exp", day("2026-12-29"), 840, 930},
                                           {C::Restore, "work", day("2026-12-25"), 660, 840},
                                           {C::Cancel, "exp", day("2026-12-22"), 840, 930},
                                           {C::Restore, "exp", day("2026-12-22"), 840, 930}},
                                          first, 14);
        for (const char* id :
             {"exp/2026-12-29T14:00", "work/2026-12-25T11:00", "exp/2026-12-22T14:00"}) {
            CHECK_FALSE(by_id(out, id).cancelled);
            CHECK(by_id(out, id).cancel_reason.empty());
        }
    }
    SECTION("a later cancel wins over an earlier restore") {
        const auto out = sessions_between(s,
                                          {{C::Restore, "exp", day("2026-12-29"), 840, 930},
                                           {C::Cancel, "exp", day("2026-12-29"), 840, 930}},
                                          first, 14);
        CHECK(by_id(out, "exp/2026-12-29T14:00").cancel_reason == "staff");
    }
    SECTION("one-offs are added in start order; duplicates and unknown groups are ignored") {
        const auto out = sessions_between(s,
                                          {{C::OneOff, "work", day("2026-12-23"), 9 * 60, 12 * 60},
                                           {C::OneOff, "exp", day("2026-12-22"), 840, 990},
                                           {C::OneOff, "nobody", day("2026-12-23"), 600, 660},
                                           {C::Cancel, "nobody", day("2026-12-22"), 840, 930},
                                           {C::OneOff, "work", day("2026-12-25"), 600, 660},
                                           {C::OneOff, "work", day("2027-02-01"), 600, 660}},
                                          first, 14);
        CHECK(out.size() == 8);
        const Session& added = by_id(out, "work/2026-12-23T09:00");
        CHECK_FALSE(added.cancelled);
        CHECK(added.end_min == 12 * 60);
        CHECK(by_id(out, "exp/2026-12-22T14:00").end_min == 15 * 60 + 30);
        CHECK(by_id(out, "work/2026-12-25T10:00").cancel_reason == "holiday");
        CHECK(out[0].id == "exp/2026-12-22T14:00");
        CHECK(out[1].id == "work/2026-12-23T09:00");
    }
}

TEST_CASE("session times follow local time across the DST changes", "[groups]") {
    Schedule s = two_groups();
    s.groups[0].weekly = {{1, 14 * 60, 15 * 60 + 30}, {6, 14 * 60, 15 * 60}};
    s.groups.pop_back();

    SECTION("March: CET (UTC+1) before, CEST (UTC+2) from Sunday 29 March") {
        const auto out = sessions_between(s, {}, day("2026-03-23"), 14);
        CHECK(by_id(out, "exp/2026-03-24T14:00").starts_utc == utc("2026-03-24", 13, 0));
        CHECK(by_id(out, "exp/2026-03-24T14:00").ends_utc == utc("2026-03-24", 14, 30));
        CHECK(by_id(out, "exp/2026-03-29T14:00").starts_utc == utc("2026-03-29", 12, 0));
        CHECK(by_id(out, "exp/2026-03-31T14:00").starts_utc == utc("2026-03-31", 12, 0));
        CHECK(by_id(out, "exp/2026-03-31T14:00").ends_utc == utc("2026-03-31", 13, 30));
    }
    SECTION("October: CEST before, CET from Sunday 25 October") {
        const auto out = sessions_between(s, {}, day("2026-10-19"), 14);
        CHECK(by_id(out, "exp/2026-10-20T14:00").starts_utc == utc("2026-10-20", 12, 0));
        CHECK(by_id(out, "exp/2026-10-25T14:00").starts_utc == utc("2026-10-25", 13, 0));
        CHECK(by_id(out, "exp/2026-10-27T14:00").starts_utc == utc("2026-10-27", 13, 0));
    }
    SECTION("an early session on the change day itself") {
        CHECK(kiosk::test::amsterdam().to_utc(day("2026-03-29"), 9 * 60) ==
              utc("2026-03-29", 7, 0));
        CHECK(kiosk::test::amsterdam().to_utc(day("2026-10-25"), 9 * 60) ==
              utc("2026-10-25", 8, 0));
        CHECK(kiosk::test::amsterdam().to_utc(day("2026-03-28"), 23 * 60) ==
              utc("2026-03-28", 22, 0));
    }
    SECTION("today is the local date") {
        CHECK(kiosk::test::amsterdam().date_at(utc("2026-03-28", 23, 30)) == day("2026-03-29"));
        CHECK(kiosk::test::amsterdam().date_at(utc("2026-10-24", 22, 30)) == day("2026-10-25"));
        CHECK(kiosk::test::amsterdam().date_at(utc("2026-10-25", 22, 59)) == day("2026-10-25"));
        CHECK(kiosk::test::amsterdam().date_at(utc("2026-10-25", 23, 0)) == day("2026-10-26"));
    }
}

TEST_CASE("session ids are stable and find_session finds them again", "[groups]") {
    Schedule s = two_groups();
    s.groups[0].cancelled = {day("2026-12-29")};
    const std::vector<StaffChange> changes = {
        {StaffChange::OneOff, "work", day("2026-12-23"), 9 * 60, 12 * 60},
        {StaffChange::Cancel, "exp", day("2026-12-24"), 19 * 60, 0}};
    const auto a = sessions_between(s, changes, day("2026-12-21"), 14);
    const auto a_ids = ids(a);
    CHECK(a_ids == ids(sessions_between(s, changes, day("2026-12-21"), 14)));
    REQUIRE(a_ids.size() == 7);
    CHECK(ids(sessions_between(s, changes, day("2026-12-28"), 7)) ==
          std::vector<std::string>(a_ids.begin() + 4, a_ids.end()));
    for (const auto& session : a) {
        const auto found = find_session(s, changes, session.id);
        REQUIRE(found);
        CHECK(found->id == session.id);
        CHECK(found->starts_utc == session.starts_utc);
        CHECK(found->cancelled == session.cancelled);
        CHECK(found->cancel_reason == session.cancel_reason);
    }
    CHECK(find_session(s, changes, "exp/2026-12-24T19:00")->cancel_reason == "staff");
    CHECK(find_session(s, {}, "work/2026-12-23T09:00") == std::nullopt);
    for (const char* bad : {"", "exp", "exp/2026-12-22", "exp/2026-12-22T14:00x",
                            "exp/2026-12-22 14:00", "/2026-12-22T14:00", "nobody/2026-12-22T14:00",
                            "exp/2026-12-23T14:00", "exp/2026-12-22T15:00", "exp/2026-02-30T14:00"})
        CHECK_FALSE(find_session(s, changes, bad));
    const auto key = parse_session_id("work-garden/2027-01-04T09:30");
    REQUIRE(key);
    CHECK(key->group_id == "work-garden");
    CHECK(key->date == day("2027-01-04"));
    CHECK(key->start_min == 9 * 60 + 30);
    CHECK(session_id("exp", day("2026-03-24"), 14 * 60) == "exp/2026-03-24T14:00");
}
