// The Groups page's figures alone (groups_report.hpp, groups_events.hpp): sign-ups that are
// cancelled, the waiting list and who moved up from it, marks changed and undone, walk-ins
// with a code and as anonymous heads, the moves from one step of the track to the next, and
// the period's days, location and buckets.
#include "groups_page.hpp"
#include "groups_report.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace console;

namespace {

struct Events {
    std::vector<GroupEvent> list;
    int next_id = 0;

    std::string add(GroupEventKind kind, const std::string& kiosk, const std::string& session,
                    std::optional<std::string> code, const std::string& mark = "",
                    const std::string& undoes = "") {
        GroupEvent e;
        e.kind = kind;
        e.id = "event-" + std::to_string(++next_id);
        e.kiosk_id = kiosk;
        e.occurred_at = "2026-11-01T10:00:" + std::to_string(10 + next_id) + "Z";
        e.session_id = session;
        e.code = std::move(code);
        e.mark = mark;
        e.undoes = undoes;
        list.push_back(e);
        return e.id;
    }
    std::string signup(GroupEventKind kind, const std::string& kiosk, const std::string& session,
                       const std::string& code) {
        return add(kind, kiosk, session, code);
    }
    std::string mark(const std::string& kiosk, const std::string& session,
                     std::optional<std::string> code, const std::string& mark) {
        return add(GroupEventKind::AttendanceMarked, kiosk, session, std::move(code), mark);
    }
    void undo(const std::string& kiosk, const std::string& session, const std::string& id) {
        add(GroupEventKind::AttendanceUndone, kiosk, session, std::nullopt, "", id);
    }
};

const GroupTypes kTypes = {{"exp-tue", GroupType::Experience},
                           {"coach", GroupType::Coaching},
                           {"garden", GroupType::Work},
                           {"training", GroupType::Training}};

constexpr const char* kExp = "exp-tue/2026-11-24T14:00"; // ISO week 48
constexpr const char* kCoach = "coach/2026-12-01T10:00"; // ISO week 49
constexpr const char* kEarlyCoach = "coach/2026-11-20T10:00";

// The story of docs/console.md's Groups section, at kiosks "a" and "b".
Events story() {
    using K = GroupEventKind;
    Events ev;
    ev.signup(K::SignupCreated, "a", kExp, "KAA222");
    ev.signup(K::SignupCreated, "a", kExp, "KBB333");
    ev.signup(K::SignupWaitlisted, "a", kExp, "KCC444");
    ev.signup(K::SignupWaitlisted, "a", kExp, "KDD555");
    ev.signup(K::SignupCancelled, "a", kExp, "KBB333");
    ev.signup(K::SignupPromoted, "a", kExp, "KCC444");
    ev.signup(K::SignupCancelled, "a", kExp, "KDD555"); // left the waiting list
    ev.signup(K::SignupCreated, "a", kExp, "KGG666");
    ev.signup(K::SignupCreated, "a", kExp, "KHH777");
    ev.mark("a", kExp, "KAA222", "present");
    ev.mark("a", kExp, "KCC444", "absent");
    ev.mark("a", kExp, "KCC444", "present"); // changed: present
    ev.mark("a", kExp, std::nullopt, "walk_in");
    ev.undo("a", kExp, ev.mark("a", kExp, std::nullopt, "walk_in")); // one head too many
    ev.mark("a", kExp, "KEE888", "walk_in");
    ev.mark("a", kExp, "KGG666", "excused");
    ev.undo("a", kExp, ev.mark("a", kExp, "KHH777", "present"));
    ev.mark("a", kExp, "KHH777", "absent");
    // KEE came to coaching before experience: not a move.
    ev.mark("a", kEarlyCoach, "KEE888", "walk_in");
    ev.signup(K::SignupCreated, "a", kCoach, "KAA222");
    ev.mark("a", kCoach, "KAA222", "present");
    ev.mark("a", kCoach, "KCC444", "walk_in");
    ev.mark("a", kCoach, "KEE888", "absent");
    // The same code at another kiosk is another member: no experience group there.
    ev.mark("b", kCoach, "KAA222", "walk_in");
    ev.mark("a", "mystery/2026-11-25T09:00", "KAA222", "present");
    return ev;
}

Period period(const std::string& from, const std::string& to, Grain grain = Grain::Week,
              const std::string& kiosk = "") {
    return {from, to, grain, kiosk};
}

const GroupRow* find_row(const GroupsReport& r, const std::string& bucket, const std::string& kiosk,
                         const std::string& group) {
    for (const auto& row : r.rows) {
        if (row.bucket == bucket && row.kiosk_id == kiosk && row.group_id == group) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("groups report: sign-ups, the waiting list, marks, undo and walk-ins of a session",
          "[console]") {
    const GroupsReport r = groups_report(story().list, period("2026-11-23", "2026-12-06"), kTypes);
    const GroupRow* exp = find_row(r, "2026-W48", "a", "exp-tue");
    REQUIRE(exp != nullptr);
    CHECK(exp->type == GroupType::Experience);
    const GroupCounts& c = exp->counts;
    CHECK(c.sessions == 1);
    CHECK(c.booked == 4);     // KAA, KCC (moved up), KGG, KHH; KBB and KDD cancelled
    CHECK(c.waitlisted == 2); // KCC, KDD
    CHECK(c.promoted == 1);   // KCC
    CHECK(c.cancelled == 2);  // KBB, KDD
    CHECK(c.present == 2);    // KAA, KCC (absent changed to present)
    CHECK(c.walk_ins == 2);   // one anonymous head (the other undone) and KEE
    CHECK(c.absent == 1);     // KHH: present undone, then absent
    CHECK(c.excused == 1);    // KGG

    const GroupRow* coach_a = find_row(r, "2026-W49", "a", "coach");
    REQUIRE(coach_a != nullptr);
    CHECK(coach_a->counts.present == 1);
    CHECK(coach_a->counts.walk_ins == 1);
    CHECK(coach_a->counts.absent == 1);
    CHECK(find_row(r, "2026-W49", "b", "coach") != nullptr);
    CHECK(find_row(r, "2026-W47", "a", "coach") == nullptr); // 20 November: before the period

    const GroupRow* mystery = find_row(r, "2026-W48", "a", "mystery");
    REQUIRE(mystery != nullptr);
    CHECK_FALSE(mystery->type.has_value());
    CHECK(r.untyped_groups == std::vector<std::string>{"mystery"});

    REQUIRE(r.types.size() == 3); // experience, coaching, then unknown
    CHECK(r.types[0].type == GroupType::Experience);
    CHECK(r.types[1].type == GroupType::Coaching);
    CHECK(r.types[1].counts.sessions == 2); // at a and at b
    CHECK(r.types[1].counts.walk_ins == 2);
    CHECK_FALSE(r.types[2].type.has_value());
}

TEST_CASE("groups report: a code moves on once, after the step before, in the period it does",
          "[console]") {
    const Events ev = story();
    const auto steps = [&](const Period& p) { return groups_report(ev.list, p, kTypes).steps; };
    const auto both = steps(period("2026-11-23", "2026-12-06"));
    REQUIRE(both.size() == 3);
    CHECK(both[0].from == GroupType::Experience);
    CHECK(both[0].to == GroupType::Coaching);
    CHECK(both[0].attended_from == 3); // KAA, KCC, KEE (walk-in) came to experience
    CHECK(both[0].moved == 2);         // KAA and KCC; not KEE (coaching before), not b's KAA
    CHECK(both[1].attended_from == 3); // at a: KAA, KCC came to coaching; at b: KAA
    CHECK(both[1].moved == 0);

    const auto november = steps(period("2026-11-23", "2026-11-30"));
    CHECK(november[0].attended_from == 3);
    CHECK(november[0].moved == 0); // the coaching group is on 1 December
    const auto december = steps(period("2026-12-01", "2026-12-31"));
    CHECK(december[0].attended_from == 0);
    CHECK(december[0].moved == 2);
    const auto at_b = steps(period("2026-11-01", "2026-12-31", Grain::Week, "b"));
    CHECK(at_b[0].moved == 0);
    CHECK(at_b[1].attended_from == 1);
}

TEST_CASE("groups report: the period's location and buckets by day, week and month", "[console]") {
    const Events ev = story();
    const GroupsReport at_b =
        groups_report(ev.list, period("2026-11-01", "2026-12-31", Grain::Week, "b"), kTypes);
    REQUIRE(at_b.rows.size() == 1);
    CHECK(at_b.rows[0].kiosk_id == "b");

    const GroupsReport months =
        groups_report(ev.list, period("2026-11-01", "2026-12-31", Grain::Month), kTypes);
    std::vector<std::string> buckets;
    for (const auto& row : months.rows) {
        buckets.push_back(row.bucket + " " + row.kiosk_id + " " + row.group_id);
    }
    CHECK(buckets == std::vector<std::string>{"2026-11 a coach", "2026-11 a exp-tue",
                                              "2026-11 a mystery", "2026-12 a coach",
                                              "2026-12 b coach"});
    const GroupRow* early = find_row(months, "2026-11", "a", "coach");
    REQUIRE(early != nullptr);
    CHECK(early->counts.walk_ins == 1);

    const GroupsReport days =
        groups_report(ev.list, period("2026-11-24", "2026-11-24", Grain::Day), kTypes);
    REQUIRE(days.rows.size() == 1);
    CHECK(days.rows[0].bucket == "2026-11-24");
}

TEST_CASE("groups page: each table's CSV holds the rows the page shows, and no member code",
          "[console]") {
    const Period p = period("2026-11-23", "2026-12-06");
    const GroupsReport r = groups_report(story().list, p, kTypes);
    const std::string html = groups_main(r, p, Lang::En, {"a", "b"});
    for (const GroupsTable t : {GroupsTable::Types, GroupsTable::Steps, GroupsTable::Groups}) {
        const ReportTable table = groups_table(r, t, Lang::En);
        CHECK(table_html(table).size() > 0);
        CHECK_THAT(html, Catch::Contains(table_html(table)));
        const std::string csv = table_csv(table);
        CHECK(std::count(csv.begin(), csv.end(), '\n') == static_cast<long>(table.rows.size() + 1));
        CHECK_THAT(html, Catch::Contains(std::string("/groups.csv?table=") + groups_table_name(t) +
                                         "&amp;from=2026-11-23"));
    }
    CHECK_THAT(table_csv(groups_table(r, GroupsTable::Steps, Lang::En)),
               Catch::Contains("Experience group,Coaching group,3,2\r\n"));
    CHECK_THAT(html, Catch::Contains("<svg") && Catch::Contains("mystery"));
    for (const char* code : {"KAA", "KCC", "KEE", "KGG", "KHH"}) {
        CHECK_THAT(html, !Catch::Contains(code));
    }
    CHECK(groups_table_from("steps") == GroupsTable::Steps);
    CHECK_FALSE(groups_table_from("codes").has_value());
}
