// Headless UI: staff edit the schedule on screen — add a weekly time and see it in the
// visitors' list, remove it while someone is signed up (asked first; the sign-up stays
// visible to staff), add and remove a holiday, lower the capacity below the bookings, and
// get clear reasons for edits that cannot be saved — against a real database.
#include "store/outbox.hpp"
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

// Monday 23 November 2026, 10:00 UTC (11:00 in Amsterdam).
constexpr std::int64_t kMonday = 1795428000;
constexpr const char* kToday = "2026-11-23";

// Staff area -> Today's groups -> Schedule.
void open_schedule(UiHarness& h) {
    h.log_in_staff();
    h.tap("staff.groups");
    h.tap("staff.schedule");
    REQUIRE(h.screen() == "staff-schedule");
}

// From the home screen: a visitor signs up for the session with a new code; returns the code.
std::string visitor_signs_up(UiHarness& h, const std::string& type, const std::string& session) {
    h.tap("home.tile.groups");
    h.tap("groups.step." + type);
    h.tap("session." + session);
    h.tap("groups.sign_up");
    h.tap("consent.agree");
    h.tap("signup.new_code");
    h.tap("symbol.fish");
    h.tap("signup.skip");
    REQUIRE(h.screen() == "signup-done");
    const std::string code = h.model().outcome().code;
    h.tap("nav.quick_exit");
    return code;
}

std::vector<std::string> queued_types(UiHarness& h) {
    std::vector<std::string> types;
    for (const auto& e : store::events_in_state(h.db(), "queued", 100))
        if (e.type.rfind("schedule.", 0) == 0)
            types.push_back(e.type);
    return types;
}

} // namespace

TEST_CASE("staff add a weekly time and visitors see it, removing it asks first and keeps the "
          "sign-up visible to staff",
          "[schedule-ui]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.enable_groups(kMonday);
    open_schedule(h);

    // Add Friday 15:00-16:30 to the coaching group: weekday by button, time by steppers.
    h.tap("schedule.section.coaching");
    h.tap("schedule.add_slot.coaching");
    REQUIRE(h.screen() == "staff-schedule-edit");
    const ScheduleDraft& d = h.model().schedule_draft();
    CHECK(d.from == kToday);
    CHECK((d.start_min == 10 * 60 && d.end_min == 11 * 60 + 30)); // like its other time
    h.tap("schedule.weekday.4");
    for (int i = 0; i < 5; ++i)
        h.tap("schedule.start.up_big");
    CHECK((d.weekday == 4 && d.start_min == 15 * 60 && d.end_min == 16 * 60 + 30));
    h.tap("schedule.save");
    CHECK(h.screen() == "staff-schedule");
    CHECK(h.model().staff_schedule().message_key == "staff.schedule.saved");
    CHECK(h.model().staff_schedule().group("coaching")->slots.size() == 2);
    const auto events = store::events_in_state(h.db(), "queued", 10);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == "schedule.slot_added");
    CHECK(events[0].data_json ==
          R"({"end":"16:30","from":"2026-11-23","group_id":"coaching","staff":"Sam",)"
          R"("start":"15:00","weekday":"friday"})");

    // The visitors' list has the new session at once; one visitor signs up for it.
    const std::string friday = "coaching/2026-11-27T15:00";
    h.apply(action::StaffLogout{});
    h.step();
    const std::string code = visitor_signs_up(h, "coaching", friday);
    CHECK(h.model().groups().session(friday)->booked == 1);
    CHECK(h.model().groups().session("coaching/2026-12-04T15:00"));

    // Removing the time: the screen says one sign-up is affected and waits for a yes.
    open_schedule(h);
    h.tap("schedule.section.coaching");
    h.tap("schedule.remove.coaching/4/15:00/2026-11-23");
    CHECK(h.model().schedule_draft().kind == ScheduleDraft::Kind::RemoveSlot);
    h.tap("schedule.save");
    CHECK(h.screen() == "staff-schedule-edit");
    CHECK(h.model().schedule_draft().confirming);
    CHECK(h.model().schedule_draft().affected_signups == 1);
    CHECK(h.model().schedule_draft().affected_sessions == 1);
    CHECK(queued_types(h).size() == 1); // nothing saved yet
    h.tap("schedule.confirm");
    CHECK(h.screen() == "staff-schedule");
    CHECK(h.model().staff_schedule().message_key == "staff.schedule.saved_kept");
    CHECK(h.model().staff_schedule().message_section == "coaching");
    CHECK(h.model().staff_schedule().group("coaching")->slots.size() == 1);
    CHECK(queued_types(h) ==
          std::vector<std::string>{"schedule.slot_added", "schedule.slot_removed"});

    // Visitors: the Friday without sign-ups is gone; the one with a sign-up says cancelled.
    CHECK_FALSE(h.model().groups().session("coaching/2026-12-04T15:00"));
    const SessionRow* kept = h.model().groups().session(friday);
    REQUIRE(kept);
    CHECK(kept->cancelled);
    CHECK(kept->cancel_reason == "removed");
    // Staff still see who signed up, on the cancelled session.
    h.tap("nav.back");
    REQUIRE(h.screen() == "staff-groups");
    h.tap("staff.session." + friday);
    CHECK(h.screen() == "staff-session");
    REQUIRE(h.model().staff_session().rows.size() == 1);
    CHECK(h.model().staff_session().rows[0].code == code);
    CHECK_FALSE(h.visible("staff.restore_date"));
}

TEST_CASE("staff add a holiday and that day's sessions show as cancelled, removing it brings "
          "them back",
          "[schedule-ui]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.enable_groups(kMonday);
    const std::string wednesday = "coaching/2026-11-25T10:00";
    REQUIRE_FALSE(h.model().groups().session(wednesday)->cancelled);
    open_schedule(h);
    h.tap("schedule.section.holidays");
    h.tap("schedule.add_holiday");
    REQUIRE(h.screen() == "staff-schedule-edit");
    // Today's garden project is under way (11:00), so the earliest holiday is tomorrow.
    CHECK(h.model().schedule_draft().from == "2026-11-24");
    h.tap("schedule.from.down"); // disabled: nothing earlier
    CHECK(h.model().schedule_draft().from == "2026-11-24");
    h.tap("schedule.from.up");
    CHECK(h.model().schedule_draft().from == "2026-11-25");
    h.tap("schedule.save");
    CHECK(h.screen() == "staff-schedule");
    const SessionRow* s = h.model().groups().session(wednesday);
    REQUIRE(s);
    CHECK(s->cancelled);
    CHECK(s->cancel_reason == "holiday");
    REQUIRE_FALSE(h.model().staff_schedule().holidays.empty());
    CHECK(h.model().staff_schedule().holidays[0].date == "2026-11-25");
    CHECK(h.model().staff_schedule().holidays[0].added_by == "Sam");

    // Visitors see it cancelled in the group's list (the button cannot be tapped).
    h.apply(action::StaffLogout{});
    h.step();
    h.tap("home.tile.groups");
    h.tap("groups.step.coaching");
    h.tap("session." + wednesday);
    CHECK(h.screen() == "group-type");

    open_schedule(h);
    h.tap("schedule.section.holidays");
    h.tap("schedule.remove_holiday.2026-11-25");
    CHECK(h.model().schedule_draft().kind == ScheduleDraft::Kind::RemoveHoliday);
    h.tap("schedule.save");
    CHECK_FALSE(h.model().groups().session(wednesday)->cancelled);
    CHECK(queued_types(h) ==
          std::vector<std::string>{"schedule.holiday_added", "schedule.holiday_removed"});
}

TEST_CASE("lowering the capacity below the bookings asks first and drops nobody, the place is "
          "typed on the on-screen keyboard",
          "[schedule-ui]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.enable_groups(kMonday);
    const std::string wednesday = "coaching/2026-11-25T10:00";
    visitor_signs_up(h, "coaching", wednesday);
    visitor_signs_up(h, "coaching", wednesday);
    open_schedule(h);
    h.tap("schedule.section.coaching");
    h.tap("schedule.group.coaching");
    REQUIRE(h.model().schedule_draft().kind == ScheduleDraft::Kind::ChangeGroup);
    CHECK(h.model().schedule_draft().capacity == 8);
    h.tap("schedule.capacity.down_big");
    h.tap("schedule.capacity.down");
    h.tap("schedule.capacity.down");
    CHECK(h.model().schedule_draft().capacity == 1);
    h.tap("schedule.place");
    h.type(" boven");
    CHECK(h.model().schedule_draft().place.text() == "Ruimte 3, Voorbeeldstraat 1 boven");
    h.tap("kb.latin.done");
    h.tap("schedule.save");
    CHECK(h.model().schedule_draft().confirming);
    CHECK(h.model().schedule_draft().over_capacity_sessions == 1);
    h.tap("schedule.confirm");
    CHECK(h.screen() == "staff-schedule");

    const SessionRow* s = h.model().groups().session(wednesday);
    REQUIRE(s);
    CHECK(s->capacity == 1);
    CHECK(s->booked == 2); // both keep their place
    CHECK(s->place == "Ruimte 3, Voorbeeldstraat 1 boven");
    h.apply(action::StaffLogout{});
    h.step();
    visitor_signs_up(h, "coaching", wednesday);
    CHECK(h.model().groups().session(wednesday)->waiting == 1); // new sign-ups wait
}

TEST_CASE("the schedule editor says what is wrong, saves nothing, and never reaches back into "
          "a session that has started",
          "[schedule-ui]") {
    UiHarness h(kiosk::test::staff_test_config());
    h.enable_groups(kMonday);
    open_schedule(h);
    h.tap("schedule.section.experience");
    h.tap("schedule.add_slot.experience");
    h.tap("schedule.weekday.1"); // Tuesday 14:00-15:30 exists already
    h.tap("schedule.save");
    const ScheduleDraft& d = h.model().schedule_draft();
    CHECK(h.screen() == "staff-schedule-edit");
    CHECK(d.problem == "overlaps");
    CHECK((d.other_weekday == 1 && d.other_start == 14 * 60));
    h.tap("schedule.end.down_big");
    CHECK(d.problem.empty()); // any change clears the old message
    h.tap("schedule.end.down_big");
    h.tap("schedule.save");
    CHECK(d.problem == "end_before_start");
    h.tap("schedule.cancel");
    CHECK(h.screen() == "staff-schedule");
    CHECK(queued_types(h).empty());

    // The Monday garden project (09:30-12:30) is under way at 11:00: a change starts tomorrow.
    h.tap("schedule.section.work-garden");
    h.tap("schedule.remove.work-garden/0/09:30/2026-11-23");
    CHECK(h.model().schedule_draft().first_from == "2026-11-24");
    CHECK(h.model().schedule_draft().from == "2026-11-24");

    // Logging out wipes the edit in progress.
    h.apply(action::StaffLogout{});
    CHECK(h.model().schedule_draft().kind == ScheduleDraft::Kind::None);
    CHECK(h.model().staff_schedule().groups.empty());
}
