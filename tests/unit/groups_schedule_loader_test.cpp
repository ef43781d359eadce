// The peer-group schedule file loader: the shipped file, a valid file, and every problem a
// broken one can have, as file:line: field: what.
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
         "9: group.name.xx: unknown language; use nl, en, pl, ro, ru, uk, es, fr, tr, ar, fa"},
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
