// Headless UI: the group track, signing up with a new code and with an existing one, the
// waiting list, cancelling, and staff marking attendance — against a real database.
#include "core/groups/member_code.hpp"
#include "store/outbox.hpp"
#include "support/signup_steps.hpp"
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

using kiosk::test::first_session;
constexpr std::int64_t kMonday = kiosk::test::kScheduleMonday;

std::string open_signup(UiHarness& h) {
    return kiosk::test::open_signup(h, "experience");
}

std::string sign_up_new(UiHarness& h, const std::string& symbol) {
    open_signup(h);
    h.tap("consent.agree");
    h.tap("signup.new_code");
    h.tap("symbol." + symbol);
    h.tap("signup.skip");
    return h.model().outcome().code;
}

} // namespace

TEST_CASE("a visitor signs up with a new code, no name needed") {
    UiHarness h;
    h.enable_groups(kMonday);
    const std::string session = open_signup(h);
    CHECK(h.screen() == "consent");
    h.tap("consent.agree");
    CHECK(h.screen() == "code-choice");
    h.tap("signup.new_code");
    h.tap("symbol.fish");
    CHECK(h.screen() == "nickname");
    h.type("Zon");
    h.tap("signup.confirm");
    CHECK(h.screen() == "signup-done");
    const SignupOutcome& o = h.model().outcome();
    CHECK(o.kind == SignupOutcome::Kind::Booked);
    CHECK(groups::is_plausible_member_code(o.code));
    CHECK(o.symbol == "fish");
    CHECK(o.nickname == "Zon");
    CHECK(h.item("signup.code").label == o.code);
    // Back does not sign up again: the steps are out of the history.
    h.tap("nav.back");
    CHECK(h.screen() == "group-session");
    CHECK(h.model().groups().session(session)->booked == 1);
}

TEST_CASE("a returning visitor signs up with their code, a wrong code is explained") {
    UiHarness h;
    h.enable_groups(kMonday);
    const std::string code = sign_up_new(h, "star");
    REQUIRE_FALSE(code.empty());
    h.tap("nav.quick_exit");
    // Later: the same person, a different session of the same group type.
    h.tap("home.tile.groups");
    h.tap("groups.step.coaching");
    const std::string coaching = first_session(h, "coaching");
    h.tap("session." + coaching);
    h.tap("groups.sign_up");
    h.tap("consent.agree");
    h.tap("signup.yes_code");
    h.type("ZZZ222");
    h.tap("signup.confirm");
    CHECK(h.screen() == "code-entry");
    CHECK(h.model().outcome().kind == SignupOutcome::Kind::UnknownCode);
}

TEST_CASE("double sign-up is refused kindly, cancelling frees the place") {
    UiHarness h;
    h.enable_groups(kMonday);
    const std::string code = sign_up_new(h, "tree");
    h.tap("nav.home");
    open_signup(h);
    h.tap("consent.agree");
    h.tap("signup.yes_code");
    h.type(code.substr(0, 3) + code.substr(4));
    h.tap("signup.confirm");
    CHECK(h.model().outcome().kind == SignupOutcome::Kind::AlreadySignedUp);
    // Cancel with the code.
    h.tap("nav.home");
    h.tap("home.tile.groups");
    h.tap("groups.cancel");
    h.type(code.substr(0, 3) + code.substr(4));
    h.tap("signup.look_up");
    REQUIRE(h.model().outcome().my_sessions.size() == 1);
    const std::string session = h.model().outcome().my_sessions[0];
    h.tap("cancel." + session);
    CHECK(h.model().outcome().kind == SignupOutcome::Kind::Cancelled);
    CHECK(h.model().outcome().my_sessions.empty());
    CHECK(h.model().groups().session(session)->booked == 0);
}

TEST_CASE("staff mark attendance, add walk-ins, undo and close, events are recorded") {
    UiHarness h(kiosk::test::staff_test_config());
    h.enable_groups(kMonday);
    const std::string code = sign_up_new(h, "bike");
    const std::string session = h.model().place().topic;
    h.tap("nav.quick_exit");
    h.log_in_staff();
    REQUIRE(h.screen() == "staff");
    h.tap("staff.groups");
    CHECK(h.screen() == "staff-groups");
    h.apply(action::Open{{ScreenId::StaffSession, session}}); // opening loads its list
    h.step(2);
    REQUIRE(h.visible("mark." + code + ".present"));
    h.tap("mark." + code + ".present");
    CHECK(h.model().staff_session().rows.at(0).mark == "present");
    h.tap("staff.walk_in_anonymous");
    CHECK(h.model().staff_session().anonymous_walk_ins == 1);
    h.tap("staff.undo");
    CHECK(h.model().staff_session().anonymous_walk_ins == 0);
    h.tap("staff.close_session");
    CHECK(h.model().staff_session().closed);
    CHECK(store::count_events(h.db(), "queued") >= 5); // member, sign-up, marks, close
}

TEST_CASE("quick exit leaves nothing of a sign-up on screen or in memory") {
    UiHarness h;
    h.enable_groups(kMonday);
    open_signup(h);
    h.tap("consent.agree");
    h.tap("signup.yes_code");
    h.type("ABC234");
    h.tap("nav.quick_exit");
    CHECK(h.model().signup().code.empty());
    CHECK(h.model().signup().session_id.empty());
    CHECK(h.model().outcome().kind == SignupOutcome::Kind::None);
    CHECK(h.model().visit_is_neutral());
    for (const auto& item : h.ui().taps())
        CHECK(item.label.find("ABC") == std::string::npos);
}

TEST_CASE("the interest form stores nothing before consent, and the contact only if given") {
    UiHarness h;
    h.enable_groups(kMonday);
    h.tap("home.tile.groups");
    h.tap("groups.interest");
    CHECK(h.screen() == "interest");
    h.tap("interest.language.pl");
    h.tap("interest.time.evenings");
    h.tap("interest.continue");
    CHECK(h.screen() == "interest-consent");
    CHECK(store::count_events(h.db(), "queued") == 0); // nothing stored yet
    h.tap("interest.agree_contact");
    h.type("0612345678");
    h.tap("interest.send");
    CHECK(h.screen() == "interest-done");
    CHECK(h.model().interest().submitted);
    const auto events = store::events_in_state(h.db(), "queued", 10);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == "interest.submitted");
    CHECK(events[0].data_json.find("0612345678") != std::string::npos);
    h.tap("nav.quick_exit");
    CHECK(h.model().interest().contact.empty());
    CHECK(h.model().interest().languages.empty());
}

TEST_CASE("staff see progress per code, weekly statistics, and can export CSV") {
    UiHarness h(kiosk::test::staff_test_config());
    h.enable_groups(kMonday);
    const std::string code = sign_up_new(h, "cup");
    const std::string session = h.model().place().topic;
    h.tap("nav.quick_exit");
    h.log_in_staff();
    h.apply(action::MarkAttendance{session, code, "present"});
    h.tap("staff.groups");
    h.tap("staff.progress");
    h.type(code.substr(0, 3) + code.substr(4));
    h.tap("staff.progress_look_up");
    REQUIRE(h.model().staff_progress().known);
    CHECK(h.model().staff_progress().attended.begin()->second == 1);
    h.tap("nav.back");
    h.tap("staff.export");
    REQUIRE_FALSE(h.model().staff_export().folders.empty());
    const std::string folder = h.model().staff_export().folders.back(); // the kiosk's own
    h.tap("staff.export." + std::to_string(h.model().staff_export().folders.size() - 1));
    REQUIRE(h.model().staff_export().error.empty());
    std::ifstream csv(h.model().staff_export().written);
    std::string header, row;
    std::getline(csv, header);
    std::getline(csv, row);
    CHECK(header == "date,start,group,code,signup,mark\r"); // RFC 4180: CRLF lines
    CHECK(row.find(code) != std::string::npos);
    CHECK(row.find("present") != std::string::npos);
    CHECK(row.find(folder) == std::string::npos);
}

TEST_CASE("staff can cancel one date of a group, and restore it, visitors see it") {
    UiHarness h(kiosk::test::staff_test_config());
    h.enable_groups(kMonday);
    h.log_in_staff();
    const std::string session = first_session(h, "experience");
    h.apply(action::CancelSessionDate{session});
    CHECK(h.model().groups().session(session)->cancelled);
    h.apply(action::RestoreSessionDate{session});
    CHECK_FALSE(h.model().groups().session(session)->cancelled);
}

TEST_CASE("staff give a walk-in a new code, and add an extra session at the same time") {
    UiHarness h(kiosk::test::staff_test_config());
    h.enable_groups(kMonday);
    h.log_in_staff();
    const std::string session = first_session(h, "experience");
    h.apply(action::AddWalkIn{session, false, true});
    const std::string code = h.model().staff_session().message_code;
    CHECK(groups::is_plausible_member_code(code));
    CHECK(h.model().staff_session().message_key == "staff.new_code_given");
    bool walked_in = false;
    for (const auto& row : h.model().staff_session().rows)
        walked_in = walked_in || (row.code == code && row.mark == "walk_in");
    CHECK(walked_in);

    const std::size_t before = h.model().groups().sessions.size();
    h.apply(action::AddExtraSession{session, "2026-11-28"});
    CHECK(h.model().groups().sessions.size() == before + 1);
    bool found = false;
    for (const auto& s : h.model().groups().sessions)
        found =
            found || (s.date == "2026-11-28" && s.group_id == session.substr(0, session.find('/')));
    CHECK(found);
}

TEST_CASE("a session that ended today stays on the staff list and can still be marked") {
    // Wednesday 25 November 2026: the coaching group meets 10:00-11:30 in Amsterdam.
    constexpr std::int64_t kWednesday0900 = 1795593600; // 08:00 UTC
    constexpr std::int64_t kWednesday1715 = 1795623300; // 16:15 UTC
    const std::string session = "coaching/2026-11-25T10:00";
    UiHarness h(kiosk::test::staff_test_config());
    h.enable_groups(kWednesday0900);
    REQUIRE(h.model().groups().session(session));
    h.apply(action::StartSignup{session});
    h.apply(action::GiveConsent{});
    h.apply(action::ChooseNewCode{});
    h.apply(action::PickSymbol{"bike"});
    h.apply(action::SubmitSignup{});
    REQUIRE(h.model().outcome().kind == SignupOutcome::Kind::Booked);
    const std::string code = h.model().outcome().code;
    h.apply(action::QuickExit{});

    h.set_wall_clock(kWednesday1715); // the group ended at 11:30
    // Visitors no longer see it...
    h.apply(action::Open{{ScreenId::GroupType, "coaching"}});
    h.step(2);
    CHECK_FALSE(h.visible("session." + session));
    h.apply(action::QuickExit{});
    // ...staff do, marked as ended, and can mark and undo.
    h.log_in_staff();
    h.tap("staff.groups");
    REQUIRE(h.visible("staff.session." + session));
    CHECK(h.model().groups().session(session)->ended); // shown as "ended" on its button
    h.tap("staff.session." + session);
    REQUIRE(h.screen() == "staff-session");
    CHECK_FALSE(h.visible("staff.cancel_date")); // too late to cancel it
    h.tap("mark." + code + ".present");
    CHECK(h.model().staff_session().rows.at(0).mark == "present");
    h.tap("staff.undo");
    CHECK(h.model().staff_session().rows.at(0).mark.empty());
    h.tap("mark." + code + ".absent");
    CHECK(h.model().staff_session().rows.at(0).mark == "absent");
}
