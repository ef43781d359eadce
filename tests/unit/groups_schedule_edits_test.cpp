// Staff edits of the schedule over the file: weekly slots added, changed and removed from a
// date on, places and capacities from a date, holidays added and removed, sessions taken away
// kept as "removed", local times across DST, and the checks made before an edit is stored.
#include "core/groups/schedule_edits.hpp"
#include "core/groups/sessions.hpp"

#include "groups_schedule_support.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::groups;
using namespace kiosk::groups::test;

namespace {

using E = ScheduleEdit;

ScheduleEdit add_slot(const std::string& group, const char* from, WeeklySlot slot) {
    ScheduleEdit e;
    e.kind = E::AddSlot;
    e.group_id = group;
    e.from = day(from);
    e.slot = slot;
    return e;
}

ScheduleEdit change_slot(const std::string& group, const char* from, int old_weekday, int old_start,
                         WeeklySlot slot) {
    ScheduleEdit e = add_slot(group, from, slot);
    e.kind = E::ChangeSlot;
    e.old_weekday = old_weekday;
    e.old_start = old_start;
    return e;
}

ScheduleEdit remove_slot(const std::string& group, const char* from, int old_weekday,
                         int old_start) {
    ScheduleEdit e = change_slot(group, from, old_weekday, old_start, {});
    e.kind = E::RemoveSlot;
    return e;
}

ScheduleEdit change_group(const std::string& group, const char* from, const std::string& place,
                          int capacity) {
    ScheduleEdit e;
    e.kind = E::ChangeGroup;
    e.group_id = group;
    e.from = day(from);
    e.place = place;
    e.capacity = capacity;
    return e;
}

ScheduleEdit holiday(E::Kind kind, const char* date) {
    ScheduleEdit e;
    e.kind = kind;
    e.from = day(date);
    return e;
}

bool has(const std::vector<Session>& sessions, const std::string& id) {
    for (const auto& s : sessions)
        if (s.id == id)
            return true;
    return false;
}

constexpr int k1400 = 14 * 60, k1530 = 15 * 60 + 30;

} // namespace

TEST_CASE("slot edits apply from their date on, sessions before it stay as they were",
          "[groups][edits]") {
    const Schedule s =
        apply_edits(two_groups(), {add_slot("exp", "2026-12-07", {0, 10 * 60, 11 * 60 + 30}),
                                   change_slot("exp", "2026-12-08", 1, k1400, {2, k1400, k1530}),
                                   remove_slot("work", "2026-12-11", 4, 11 * 60)});
    const auto out = sessions_between(s, {}, day("2026-11-30"), 21);

    // The new Monday slot: from 7 December on, not before.
    CHECK_FALSE(has(out, "exp/2026-11-30T10:00"));
    CHECK_FALSE(by_id(out, "exp/2026-12-07T10:00").cancelled);
    CHECK(by_id(out, "exp/2026-12-14T10:00").end_min == 11 * 60 + 30);
    // Tuesday moved to Wednesday from 8 December: 1 December still on Tuesday.
    CHECK_FALSE(by_id(out, "exp/2026-12-01T14:00").cancelled);
    CHECK_FALSE(has(out, "exp/2026-12-02T14:00"));
    CHECK_FALSE(by_id(out, "exp/2026-12-09T14:00").cancelled);
    // The Tuesdays it leaves are kept, cancelled as "removed" (their sign-ups stay visible).
    CHECK(by_id(out, "exp/2026-12-08T14:00").cancel_reason == "removed");
    CHECK(by_id(out, "exp/2026-12-15T14:00").cancelled);
    // The work project stops from 11 December; 4 December stays.
    CHECK_FALSE(by_id(out, "work/2026-12-04T11:00").cancelled);
    CHECK(by_id(out, "work/2026-12-11T11:00").cancel_reason == "removed");
    // The Thursday slot is untouched.
    CHECK_FALSE(by_id(out, "exp/2026-12-10T19:00").cancelled);
}

TEST_CASE("changing only the end time keeps the session and its id", "[groups][edits]") {
    const Schedule s = apply_edits(
        two_groups(), {change_slot("exp", "2026-12-08", 1, k1400, {1, k1400, 16 * 60})});
    const auto out = sessions_between(s, {}, day("2026-12-01"), 14);
    CHECK(by_id(out, "exp/2026-12-01T14:00").end_min == k1530);
    CHECK(by_id(out, "exp/2026-12-08T14:00").end_min == 16 * 60);
    CHECK_FALSE(by_id(out, "exp/2026-12-08T14:00").cancelled);
    CHECK(sessions_taken_away(sessions_between(two_groups(), {}, day("2026-12-01"), 14), out)
              .empty());
}

TEST_CASE("edits apply in the order made, an earlier-dated change keeps a planned later one",
          "[groups][edits]") {
    // First planned: from 5 January the Tuesday group starts at 15:00. Then, made later: from
    // 8 December until that plan, it ends at 16:00.
    const Schedule s = apply_edits(
        two_groups(), {change_slot("exp", "2027-01-05", 1, k1400, {1, 15 * 60, 16 * 60 + 30}),
                       change_slot("exp", "2026-12-08", 1, k1400, {1, k1400, 16 * 60})});
    const auto out = sessions_between(s, {}, day("2026-12-01"), 42);
    CHECK(by_id(out, "exp/2026-12-01T14:00").end_min == k1530);
    CHECK(by_id(out, "exp/2026-12-29T14:00").end_min == 16 * 60);
    CHECK_FALSE(by_id(out, "exp/2027-01-05T15:00").cancelled);
    CHECK(by_id(out, "exp/2027-01-05T14:00").cancel_reason == "removed");

    const Group& g = *s.group("exp");
    const auto slots = current_and_planned_slots(g, day("2026-12-01"));
    REQUIRE(slots.size() == 4); // Tue 14:00 (x2), Tue 15:00, Thu 19:00
    CHECK((slots[0].start_min == k1400 && slots[0].until == day("2026-12-07")));
    CHECK((slots[1].from == day("2026-12-08") && slots[1].until == day("2027-01-04")));
    CHECK((slots[2].start_min == 15 * 60 && slots[2].from == day("2027-01-05") && !slots[2].until));
    CHECK(slots[3].weekday == 3);
    // Seen from January, only what is still in force or planned is listed.
    CHECK(current_and_planned_slots(g, day("2027-01-05")).size() == 2);
    CHECK(slot_in_force(g, 1, k1400, day("2026-12-15"))->end_min == 16 * 60);
    CHECK(slot_in_force(g, 1, k1400, day("2027-01-12")) == nullptr);

    // Edits naming an unknown group, or a slot not in force on their date, change nothing.
    const Schedule same = apply_edits(s, {remove_slot("nobody", "2026-12-08", 1, k1400),
                                          remove_slot("exp", "2026-12-08", 2, 9 * 60),
                                          remove_slot("exp", "2026-12-01", 1, 15 * 60)});
    CHECK(ids(sessions_between(same, {}, day("2026-12-01"), 42)) == ids(out));
}

TEST_CASE("a slot added and removed from the same day never meets", "[groups][edits]") {
    const Schedule s =
        apply_edits(two_groups(), {add_slot("work", "2026-12-07", {0, 9 * 60, 10 * 60}),
                                   remove_slot("work", "2026-12-07", 0, 9 * 60)});
    const auto out = sessions_between(s, {}, day("2026-12-07"), 14);
    CHECK(by_id(out, "work/2026-12-07T09:00").cancel_reason == "removed");
    CHECK(by_id(out, "work/2026-12-14T09:00").cancelled);
    CHECK(current_and_planned_slots(*s.group("work"), day("2026-12-07")).size() == 1);
}

TEST_CASE("place and capacity change from a date, the latest date on or before wins",
          "[groups][edits]") {
    const Schedule s = apply_edits(two_groups(), {change_group("exp", "2027-01-01", "Zaal 1", 20),
                                                  change_group("exp", "2026-12-10", "Ruimte 5", 8),
                                                  change_group("exp", "2027-01-01", "Zaal 2", 15)});
    const Group& g = *s.group("exp");
    CHECK(g.place_on(day("2026-12-09")) == "Ruimte 2, Voorbeeldstraat 1");
    CHECK(g.capacity_on(day("2026-12-09")) == 12);
    CHECK(g.place_on(day("2026-12-10")) == "Ruimte 5");
    CHECK(g.capacity_on(day("2026-12-31")) == 8);
    CHECK(g.place_on(day("2027-01-01")) == "Zaal 2"); // the later-made of two on one date
    CHECK(g.capacity_on(day("2027-03-01")) == 15);
    const auto out = sessions_between(
        s, {{StaffChange::OneOff, "exp", day("2026-12-12"), 600, 660}}, day("2026-12-08"), 7);
    CHECK(by_id(out, "exp/2026-12-08T14:00").capacity == 12);
    CHECK(by_id(out, "exp/2026-12-10T19:00").place == "Ruimte 5");
    CHECK(by_id(out, "exp/2026-12-12T10:00").capacity == 8); // one-offs follow it too
    CHECK(s.group("work")->capacity_on(day("2027-01-01")) == 12);
}

TEST_CASE("staff add and remove holidays, also the file's own", "[groups][edits]") {
    Schedule base = two_groups();
    base.holidays.push_back({day("2026-12-25"), {{"nl", "Eerste Kerstdag"}, {"en", "Christmas"}}});
    const Schedule s = apply_edits(
        base, {holiday(E::AddHoliday, "2026-12-22"), holiday(E::AddHoliday, "2026-12-22"),
               holiday(E::RemoveHoliday, "2026-12-25"), holiday(E::AddHoliday, "2026-12-31"),
               holiday(E::RemoveHoliday, "2026-12-31")});
    CHECK(s.holidays.size() == 1);
    CHECK(s.holiday(day("2026-12-22")));
    CHECK_FALSE(s.holiday(day("2026-12-25")));
    const auto out = sessions_between(s, {}, day("2026-12-21"), 14);
    CHECK(by_id(out, "exp/2026-12-22T14:00").cancel_reason == "holiday");
    CHECK_FALSE(by_id(out, "work/2026-12-25T11:00").cancelled);
    CHECK_FALSE(by_id(out, "exp/2026-12-31T19:00").cancelled);
    // What the new holiday takes away, against the schedule before it.
    CHECK(sessions_taken_away(sessions_between(base, {}, day("2026-12-21"), 14), out) ==
          std::vector<std::string>{"exp/2026-12-22T14:00"});
}

TEST_CASE("slots added or moved by staff keep local time across the DST changes",
          "[groups][edits]") {
    SECTION("March: a Sunday slot added the week before summer time") {
        const Schedule s =
            apply_edits(two_groups(), {add_slot("exp", "2027-03-21", {6, 10 * 60, 11 * 60})});
        const auto out = sessions_between(s, {}, day("2027-03-14"), 15);
        CHECK_FALSE(has(out, "exp/2027-03-14T10:00")); // before the slot's first date
        CHECK(by_id(out, "exp/2027-03-21T10:00").starts_utc == utc("2027-03-21", 9, 0)); // CET
        CHECK(by_id(out, "exp/2027-03-28T10:00").starts_utc == utc("2027-03-28", 8, 0)); // CEST
        CHECK(by_id(out, "exp/2027-03-28T10:00").ends_utc == utc("2027-03-28", 9, 0));
    }
    SECTION("October: Tuesday moved to Sunday from the change day itself") {
        const Schedule s = apply_edits(
            two_groups(), {change_slot("exp", "2026-10-25", 1, k1400, {6, k1400, k1530})});
        const auto out = sessions_between(s, {}, day("2026-10-19"), 14);
        CHECK(by_id(out, "exp/2026-10-20T14:00").starts_utc == utc("2026-10-20", 12, 0)); // CEST
        CHECK(by_id(out, "exp/2026-10-25T14:00").starts_utc == utc("2026-10-25", 13, 0)); // CET
        CHECK(by_id(out, "exp/2026-10-27T14:00").cancel_reason == "removed");
        CHECK(by_id(out, "exp/2026-10-27T14:00").starts_utc == utc("2026-10-27", 13, 0));
    }
}

TEST_CASE("an edit is checked before it is stored, with a reason staff can act on",
          "[groups][edits]") {
    const Schedule s = apply_edits(
        two_groups(), {change_slot("exp", "2027-01-05", 1, k1400, {1, 15 * 60, 16 * 60})});
    const LocalDate today = day("2026-12-01");
    const auto problem = [&](const ScheduleEdit& e) { return check_edit(s, e, today).problem; };
    using P = EditProblem;

    CHECK(problem(add_slot("exp", "2026-12-01", {0, 10 * 60, 11 * 60})) == P::None);
    CHECK(problem(add_slot("exp", "2026-12-01", {0, 11 * 60, 11 * 60})) == P::EndNotAfterStart);
    CHECK(problem(add_slot("exp", "2026-12-01", {0, 11 * 60, 10 * 60})) == P::EndNotAfterStart);
    CHECK(problem(add_slot("exp", "2026-12-01", {0, 23 * 60, 24 * 60})) == P::OutsideDay);
    CHECK(problem(add_slot("exp", "2026-12-01", {7, 10 * 60, 11 * 60})) == P::OutsideDay);
    CHECK(problem(add_slot("exp", "2026-11-30", {0, 10 * 60, 11 * 60})) == P::InThePast);
    CHECK(problem(add_slot("nobody", "2026-12-01", {0, 10 * 60, 11 * 60})) == P::UnknownGroup);
    // Overlaps on the same weekday, with the slot named; touching is fine.
    const EditCheck overlap =
        check_edit(s, add_slot("exp", "2026-12-01", {1, 15 * 60, 16 * 60}), today);
    CHECK(overlap.problem == P::Overlaps);
    CHECK((overlap.other.weekday == 1 && overlap.other.start_min == k1400));
    CHECK(problem(add_slot("exp", "2026-12-01", {1, k1530, 17 * 60})) == P::Overlaps); // planned
    CHECK(problem(add_slot("exp", "2026-12-01", {1, 16 * 60, 17 * 60})) == P::None);
    CHECK(problem(add_slot("exp", "2026-12-01", {1, 12 * 60, k1400})) == P::None);
    CHECK(problem(add_slot("work", "2026-12-01", {1, k1400, k1530})) == P::None); // other group
    // Changing a slot: it does not overlap itself, nor the planned slot after its last day.
    CHECK(problem(change_slot("exp", "2026-12-08", 1, k1400, {1, k1400, 16 * 60})) == P::None);
    CHECK(problem(change_slot("exp", "2026-12-08", 1, k1400, {3, 18 * 60, 20 * 60})) ==
          P::Overlaps);
    CHECK(problem(change_slot("exp", "2026-12-08", 1, k1400, {1, k1400, k1530})) ==
          P::NothingChanged);
    CHECK(problem(change_slot("exp", "2026-12-08", 1, 15 * 60, {1, 9 * 60, 10 * 60})) ==
          P::SlotGone); // planned for January, not in force in December
    CHECK(problem(remove_slot("exp", "2027-01-12", 1, k1400)) == P::SlotGone);
    CHECK(problem(remove_slot("exp", "2027-01-12", 1, 15 * 60)) == P::None);
    // Place and capacity.
    CHECK(problem(change_group("exp", "2026-12-01", "Zaal", 100)) == P::None);
    CHECK(problem(change_group("exp", "2026-12-01", "Zaal", 101)) == P::CapacityRange);
    CHECK(problem(change_group("exp", "2026-12-01", "Zaal", 0)) == P::CapacityRange);
    CHECK(problem(change_group("exp", "2026-12-01", "  ", 10)) == P::PlaceEmpty);
    CHECK(problem(change_group("exp", "2026-12-01", "Ruimte 2, Voorbeeldstraat 1", 12)) ==
          P::NothingChanged);
    // Holidays.
    Schedule with_holiday = s;
    with_holiday.holidays.push_back({day("2026-12-25"), {}});
    CHECK(check_edit(with_holiday, holiday(E::AddHoliday, "2026-12-25"), today).problem ==
          P::HolidayExists);
    CHECK(check_edit(with_holiday, holiday(E::RemoveHoliday, "2026-12-25"), today).problem ==
          P::None);
    CHECK(problem(holiday(E::RemoveHoliday, "2026-12-25")) == P::NoSuchHoliday);
    CHECK(problem(holiday(E::AddHoliday, "2026-11-25")) == P::InThePast);
}
