// A reset leaves nothing of the visit behind: every field of a visit is filled (the compiler
// counts them, so a new field must be filled here too), the visit is reset, and then the
// model's visit equals a fresh one, and no memory freed during the reset still held any of
// the visitor's typed text or PIN. This test program replaces operator new and delete to
// look into every block as it is freed (tests/privacy/scanning_allocator.cpp).
#include "core/catalog.hpp"
#include "core/config.hpp"
#include "core/kiosk_model.hpp"
#include "scanning_allocator.hpp"

#include <catch2/catch.hpp>

#include <utility>

using namespace kiosk;

namespace {

// How many members an aggregate has: the most initialisers T{...} accepts.
struct AnyField {
    template <class T> operator T() const;
};
template <class T, std::size_t... I> constexpr bool init_with(std::index_sequence<I...>) {
    return requires {
        T{(void(I), AnyField{})...};
    };
}
template <class T, std::size_t N = 0> constexpr std::size_t field_count() {
    if constexpr (N < 64 && init_with<T>(std::make_index_sequence<N + 1>{}))
        return field_count<T, N + 1>();
    else
        return N;
}

// The markers typed or set below; none may be found in memory freed by the reset.
constexpr const char* kSearch = "QZXSEARCHQZX";
constexpr const char* kNickname = "QZXNICKQZX";
constexpr const char* kContact = "QZX0612345678";
constexpr const char* kPlace = "QZXPLACEQZX";
constexpr const char* kPin = "97531";

void type(KioskModel& m, ScreenId screen, const std::string& topic, const char* text) {
    REQUIRE(m.open(Place{screen, topic}));
    m.type_text(text);
}

} // namespace

static_assert(field_count<Visit>() == 26,
              "Visit gained or lost a field: fill the new one in the test below, then update "
              "this count");

TEST_CASE("a reset wipes every field of the visit and every byte of typed text") {
    Config config;
    config.assets_dir = KIOSK_TEST_ASSETS;
    config.staff_pins = {{"Sam", "peer leader", "$argon2id$unused"}};
    std::vector<Problem> problems;
    const Catalog catalog = Catalog::load(config.assets_dir + "/i18n", config.languages, problems);
    const SteadyTime t0 = std::chrono::steady_clock::time_point{} + std::chrono::hours(1);
    KioskModel m(config, catalog, t0);

    // language, navigation, the display choices
    m.choose_language("pl");
    m.toggle_large_text();
    m.toggle_high_contrast();
    // read aloud: on, louder, the last line asked for again
    m.toggle_listening();
    m.step_volume(20);
    m.say_again();
    m.test_speech(); // staff asked for a test sound
    // typed text: search, mixing filter, nickname, sign-up code, contact, staff code, place
    type(m, ScreenId::Search, "", kSearch);
    type(m, ScreenId::Mixing, "", "QZXMIX");
    m.start_signup("experience/2026-11-24T14:00");
    m.choose_new_code();
    m.pick_symbol("bike");
    m.type_text(kNickname);
    m.choose_existing_code();
    m.type_text("QZX234");
    m.toggle_interest("language", "pl");
    type(m, ScreenId::InterestContact, "", kContact);
    // a report of a drug: answers and the letters of a mark
    m.answer_report(SignalField::Form, "pill");
    m.answer_report(SignalField::Setting, "street");
    m.answer_report(SignalField::Mark, "letters");
    type(m, ScreenId::ReportMark, "", "QZXMARK7");
    SignupOutcome outcome;
    outcome.kind = SignupOutcome::Kind::Booked;
    outcome.code = "QZX-234";
    outcome.symbol = "bike";
    outcome.nickname = wiped(kNickname);
    outcome.my_sessions = {"experience/2026-11-24T14:00"};
    m.set_outcome(outcome);
    // the staff side: signed in, views loaded, a schedule edit with a typed place
    m.sign_in_for_screenshot(config.staff_pins[0], t0);
    type(m, ScreenId::StaffSession, "experience/2026-11-24T14:00", "QZX567");
    m.set_staff_session({"experience/2026-11-24T14:00", {}, 2, true, "staff.mark_failed", ""});
    m.set_staff_progress({"QZX-567", true, true, {{"experience", 3}}});
    m.set_staff_stats({"experience", {{"2026-11-23", 5, 4, 1, 0, 0}}});
    m.set_staff_export({{"/media/usb"}, "/media/usb/a.csv", ""});
    StaffScheduleView schedule;
    schedule.today = "2026-11-23";
    m.set_staff_schedule(schedule);
    ScheduleDraft draft;
    draft.kind = ScheduleDraft::Kind::ChangeGroup;
    m.set_schedule_draft(draft);
    type(m, ScreenId::StaffScheduleEdit, "group/experience", kPlace);
    // the mixing checker's choices and a PIN being typed
    m.open(Place{ScreenId::StaffPin, ""});
    for (const char* d = kPin; *d; ++d)
        m.pin_digit(*d, t0);
    m.set_day("2026-11-23");

    const Visit& before = m.visit();
    CHECK(before.language == "pl");
    CHECK(before.nav.depth() > 1);
    CHECK(before.search.text() == kSearch);
    CHECK(before.mix_filter.text() == "QZXMIX");
    CHECK(before.staff_code.text() == "QZX567");
    CHECK(before.signup.nickname.text() == kNickname);
    CHECK(before.signup.code.text() == "QZX234");
    CHECK(before.interest.contact.text() == kContact);
    CHECK(before.report.mark_text.text() == "QZXMARK7");
    CHECK(before.report.form == "pill");
    CHECK(before.schedule_draft.place.text() == kPlace);
    CHECK(before.pin.digits.text() == kPin);
    CHECK(before.staff_user);
    CHECK(before.large_text);
    CHECK(before.listening);
    CHECK(m.volume() == config.speech.volume + 20);
    CHECK(before.speech_cue > 0);
    CHECK(before.repeat_cue > 0);
    CHECK(before.speech_test_cue > 0);
    CHECK_FALSE(before == fresh_visit(config.default_language));

    test::scan_frees_for(
        {kSearch, kNickname, kContact, kPlace, kPin, "QZXMIX", "QZX234", "QZX567", "QZXMARK7"});
    m.reset_visit(t0 + std::chrono::seconds(1));
    const test::ScanResult scan = test::stop_scanning();

    CHECK(m.visit() == fresh_visit(config.default_language));
    CHECK(m.visit_is_neutral());
    CHECK_FALSE(m.listening()); // read aloud off, the volume back to the configured one
    CHECK(m.volume() == config.speech.volume);
    CHECK(scan.blocks_freed > 0);
    INFO("a freed block still held: " << scan.first_found);
    CHECK(scan.blocks_with_marker == 0);
}

TEST_CASE("clearing and editing a text field leaves nothing of the old text in freed memory") {
    test::scan_frees_for({"QZXCLEARME"});
    {
        TextField field(60);
        field.type("QZXCLEARME");
        field.backspace();
        field.clear();
        field.type("QZXCLEARME");
        TextField copy = field; // copies wipe too
        TextField moved = std::move(copy);
        moved = TextField(60);
    }
    const test::ScanResult scan = test::stop_scanning();
    CHECK(scan.blocks_freed > 0);
    CHECK(scan.blocks_with_marker == 0);
}
