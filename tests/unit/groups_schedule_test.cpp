// Peer-group schedules: dates and times, weekly recurrence, one-offs, cancellations, holidays,
// staff changes, DST-correct UTC times, stable session ids, and the schedule file loader.
#include "core/groups/schedule.hpp"
#include "core/groups/schedule_loader.hpp"
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

namespace {

const std::string kShipped = std::string(KIOSK_TEST_ASSETS) + "/groups/schedule.toml";

} // namespace

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
        CHECK(kiosk::test::amsterdam().to_utc(day("2026-03-29"), 9 * 60) == utc("2026-03-29", 7, 0));
        CHECK(kiosk::test::amsterdam().to_utc(day("2026-10-25"), 9 * 60) == utc("2026-10-25", 8, 0));
        CHECK(kiosk::test::amsterdam().to_utc(day("2026-03-28"), 23 * 60) == utc("2026-03-28", 22, 0));
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

TEST_CASE("the shipped schedule loads without problems", "[groups]") {
    const auto load = load_schedule(kShipped);
    INFO(to_string(load.problems));
    REQUIRE(load.schedule);
    CHECK(load.problems.empty());
    const Schedule& s = *load.schedule;
    CHECK(s.timezone == "Europe/Amsterdam");
    std::set<GroupType> types;
    for (const auto& g : s.groups) {
        types.insert(g.type);
        CHECK(g.name.count("nl"));
        CHECK(g.name.count("en"));
    }
    CHECK(types.size() == 4);
    REQUIRE(s.group("experience"));
    CHECK(s.group("experience")->weekly.size() == 2);
    CHECK(s.group("nobody") == nullptr);
    CHECK(s.holiday(day("2026-04-27")));
    CHECK(s.holiday(day("2027-03-29")));
    const auto week = sessions_between(s, {}, day("2026-12-21"), 14);
    CHECK(by_id(week, "experience/2026-12-29T14:00").cancel_reason == "cancelled");
    CHECK(by_id(week, "work-kitchen/2026-12-25T11:00").cancel_reason == "holiday");
    CHECK_FALSE(by_id(week, "experience/2026-12-22T14:00").cancelled);
}

namespace {

// A valid file; each broken case replaces one line (1-based) or appends text.
const std::vector<std::string> kGood = {
    "location = \"Test\"",                                                         // 1
    "timezone = \"Europe/Amsterdam\"",                                             // 2
    "",                                                                            // 3
    "[[group]]",                                                                   // 4
    "id = \"exp-tue\"",                                                            // 5
    "type = \"experience\"",                                                       // 6
    "place = \"Ruimte 2\"",                                                        // 7
    "capacity = 12",                                                               // 8
    "name = { nl = \"Ervaringsgroep\", en = \"Experience group\" }",               // 9
    "leader = { nl = \"Een vrijwilliger\", en = \"A volunteer\" }",                // 10
    "weekly = [ { weekday = \"tuesday\", start = \"14:00\", end = \"15:30\" } ]",  // 11
    "one_off = [ { date = \"2026-12-19\", start = \"14:00\", end = \"16:00\" } ]", // 12
    "cancelled = [\"2026-12-29\"]",                                                // 13
    "valid_from = \"2026-01-01\"",                                                 // 14
    "valid_until = \"\"",                                                          // 15
    "",                                                                            // 16
    "[[holiday]]",                                                                 // 17
    "date = \"2026-12-25\"",                                                       // 18
    "name = { nl = \"Eerste Kerstdag\", en = \"Christmas Day\" }",                 // 19
};

std::string text_with(int line, const std::string& replacement, const std::string& tail = "") {
    std::string out;
    for (std::size_t i = 0; i < kGood.size(); ++i)
        out += (static_cast<int>(i) + 1 == line ? replacement : kGood[i]) + "\n";
    return out + tail;
}

struct Broken {
    int line;                // line to replace (0: none)
    std::string replacement; // or text appended when line is 0
    std::string expected;    // "line: field: message" after the file name
};

} // namespace

TEST_CASE("a valid schedule file loads", "[groups]") {
    TempDir dir;
    const std::string path = dir.file("schedule.toml");
    write_bytes(path, text_with(0, ""));
    const auto load = load_schedule(path);
    INFO(to_string(load.problems));
    REQUIRE(load.schedule);
    const Group& g = load.schedule->groups.at(0);
    CHECK(g.id == "exp-tue");
    CHECK(g.weekly.size() == 1);
    CHECK(g.one_off.size() == 1);
    CHECK(g.cancelled == std::vector<LocalDate>{day("2026-12-29")});
    CHECK(g.valid_from == day("2026-01-01"));
    CHECK_FALSE(g.valid_until);
    CHECK(load.schedule->holidays.at(0).name.at("nl") == "Eerste Kerstdag");
}

TEST_CASE("broken schedule files give file:line: field: problems", "[groups]") {
    const std::string second_group =
        "\n[[group]]\n"                                             // 20, 21
        "id = \"exp-tue\"\n"                                        // 22
        "type = \"coaching\"\nplace = \"Ruimte 3\"\ncapacity = 8\n" // 23-25
        "name = { nl = \"Coaching\", en = \"Coaching\" }\n"         // 26
        "leader = { nl = \"Iemand\", en = \"Someone\" }\n";         // 27
    const std::vector<Broken> cases = {
        {8, "capacityy = 12",
         "8: group.capacityy: unknown field; allowed: id, type, place, capacity, name, leader, "
         "weekly, one_off, cancelled, valid_from, valid_until"},
        {1, "location = \"Test\"\ncolour = \"red\"",
         "2: colour: unknown field; allowed: location, timezone, group, holiday"},
        {11, "weekly = [ { weekday = \"tuesdy\", start = \"14:00\", end = \"15:30\" } ]",
         "11: group.weekly.weekday: \"tuesdy\" is not a weekday; use monday, tuesday, wednesday, "
         "thursday, friday, saturday or sunday"},
        {11, "weekly = [ { weekday = \"tuesday\", start = \"15:30\", end = \"14:00\" } ]",
         "11: group.weekly.end: \"14:00\" is not after start \"15:30\"; a session ends later on "
         "the same day"},
        {11, "weekly = [ { weekday = \"tuesday\", start = \"14:00\", end = \"14:00\" } ]",
         "11: group.weekly.end: \"14:00\" is not after start \"14:00\"; a session ends later on "
         "the same day"},
        {11, "weekly = [ { weekday = \"tuesday\", start = \"25:00\", end = \"15:30\" } ]",
         "11: group.weekly.start: \"25:00\" is not a time; use 24-hour \"HH:MM\" from \"00:00\" "
         "to \"23:59\""},
        {11, "weekly = [ { weekday = \"tuesday\", start = \"14:00\" } ]",
         "11: group.weekly.end: missing; add end = \"14:00\" (24-hour HH:MM)"},
        {11, "weekly = [ { weekday = \"tuesday\", start = \"14:00\", end = \"15:30\", room = 2 } ]",
         "11: group.weekly.room: unknown field; allowed: weekday, start, end"},
        {11,
         "weekly = [ { weekday = \"tuesday\", start = \"14:00\", end = \"15:30\" },\n"
         "  { weekday = \"tuesday\", start = \"14:00\", end = \"16:00\" } ]",
         "12: group.weekly: tuesday 14:00 is listed twice; give each weekly session once"},
        {0, second_group,
         "22: group.id: \"exp-tue\" is already used by the group on line 4; ids must be unique"},
        {5, "id = \"Exp Tue\"",
         "5: group.id: \"Exp Tue\" is not allowed; use a-z, 0-9 and - (at most 40 characters)"},
        {8, "capacity = 0", "8: group.capacity: is 0; use a whole number from 1 to 200"},
        {8, "capacity = 201", "8: group.capacity: is 201; use a whole number from 1 to 200"},
        {8, "capacity = \"12\"", "8: group.capacity: must be a whole number from 1 to 200"},
        {13, "cancelled = [\"2026-02-30\"]",
         "13: group.cancelled: \"2026-02-30\" is not a date; use a real date as \"YYYY-MM-DD\", "
         "like \"2026-12-25\""},
        {13, "cancelled = [\"2026-12-30\"]",
         "13: group.cancelled: \"2026-12-30\" is not a weekly session of this group (wednesday; "
         "it meets on tuesday); list only dates it would meet"},
        {13, "cancelled = [\"2025-12-30\"]",
         "13: group.cancelled: \"2025-12-30\" is not a weekly session of this group (outside "
         "valid_from .. valid_until); list only dates it would meet"},
        {14, "valid_from = \"01-01-2026\"",
         "14: group.valid_from: \"01-01-2026\" is not a date; use a real date as \"YYYY-MM-DD\", "
         "like \"2026-12-25\""},
        {15, "valid_until = \"2025-06-30\"",
         "15: group.valid_until: \"2025-06-30\" is before valid_from \"2026-01-01\"; use a later "
         "date, or \"\" for no end"},
        {18, "date = \"2026-12-32\"",
         "18: holiday.date: \"2026-12-32\" is not a date; use a real date as \"YYYY-MM-DD\", "
         "like \"2026-12-25\""},
        {12, "one_off = [ { date = \"2026-12-25\", start = \"14:00\", end = \"16:00\" } ]",
         "12: group.one_off.date: \"2026-12-25\" is a holiday (Eerste Kerstdag); no group meets "
         "then, pick another date"},
        {12, "one_off = [ { date = \"2026-12-22\", start = \"14:00\", end = \"16:00\" } ]",
         "12: group.one_off: \"2026-12-22\" 14:00 is already a session of this group; give "
         "another date or start"},
        {6, "type = \"therapy\"",
         "6: group.type: \"therapy\" is not a group type; use experience, coaching, work or "
         "training"},
        {9, "name = { nl = \"Ervaringsgroep\" }",
         "9: group.name.en: missing; every name needs nl and en"},
        {10, "leader = { en = \"A volunteer\" }",
         "10: group.leader.nl: missing; every leader needs nl and en"},
        {10, "leader = \"A volunteer\"",
         "10: group.leader: must be leader = { nl = \"...\", en = \"...\" }"},
        {9, "name = { nl = \"Ervaringsgroep\", en = \"Experience group\", xx = \"?\" }",
         "9: group.name.xx: unknown language; use nl, en, pl, ro, ru, uk, es, fr, tr"},
        {19, "name = { nl = \"Eerste Kerstdag\", en = \"\" }", "19: holiday.name.en: is empty"},
        {2, "timezone = \"Europe/Amsterdm\"",
         "2: timezone: \"Europe/Amsterdm\" is not a time zone this computer knows; use a name "
         "like \"Europe/Amsterdam\""},
    };
    TempDir dir;
    const std::string path = dir.file("schedule.toml");
    for (const auto& c : cases) {
        write_bytes(path, c.line > 0 ? text_with(c.line, c.replacement)
                                     : text_with(0, "", c.replacement));
        const auto load = load_schedule(path);
        const std::string all = to_string(load.problems);
        INFO(all);
        CHECK_FALSE(load.schedule);
        CHECK(all.find(path + ":" + c.expected + "\n") != std::string::npos);
    }
}

TEST_CASE("missing fields, syntax errors and missing files are reported", "[groups]") {
    TempDir dir;
    const std::string path = dir.file("schedule.toml");

    write_bytes(path, text_with(7, ""));
    auto load = load_schedule(path);
    CHECK_FALSE(load.schedule);
    CHECK(to_string(load.problems) == path + ":4: group.place: missing; add place = \"...\"\n");

    write_bytes(path, text_with(8, "capacity = 12 12"));
    load = load_schedule(path);
    CHECK_FALSE(load.schedule);
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].line == 8);

    write_bytes(path, "location = \"Test\"\ntimezone = \"Europe/Amsterdam\"\n");
    load = load_schedule(path);
    CHECK(to_string(load.problems) ==
          path + ":1: group: give at least one [[group]] table (see docs/groups.md)\n");

    load = load_schedule(dir.file("nothing-here.toml"));
    CHECK_FALSE(load.schedule);
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].file == dir.file("nothing-here.toml"));
}
