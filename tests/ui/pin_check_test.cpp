// Headless UI: the staff PIN is checked on the background worker (Argon2id takes a frame or
// more per configured PIN): the pad says it is checking and waits, the result arrives through
// the action path, and a visit wiped meanwhile drops it.
#include "core/pin_hash.hpp"
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

Config three_staff() {
    Config c = kiosk::test::test_config();
    c.staff_pins = {{"Ayse", "coordinator", hash_pin("1357")},
                    {"Bram", "peer leader", hash_pin("8642")},
                    {"Sam", "peer leader", hash_pin("2468")}};
    return c;
}

std::string all_text(const UiHarness& h) {
    std::string text;
    for (const auto& line : h.ui().texts())
        if (line.button_id.empty())
            text += line.text + "\n";
    return text;
}

void type_pin(UiHarness& h, const std::string& pin) {
    for (char d : pin)
        h.tap(std::string("pin.") + d);
}

} // namespace

TEST_CASE("while the PIN is checked the pad says so and takes no keys") {
    UiHarness h(three_staff());
    h.apply(action::ChooseLanguage{"en"});
    h.apply(action::Open{{ScreenId::StaffPin, ""}});
    h.step(2);
    type_pin(h, "2468");
    h.hold_worker();
    h.tap("pin.ok");
    CHECK(h.model().pin_checking());
    CHECK(h.screen() == "staff-pin");
    CHECK_THAT(all_text(h), Catch::Contains("Checking the PIN"));
    h.take_actions();
    h.tap("pin.5"); // disabled while checking
    CHECK(h.take_actions().empty());

    h.release_worker();
    h.step(2);
    CHECK_FALSE(h.model().pin_checking());
    CHECK(h.screen() == "staff");
    REQUIRE(h.model().staff_user());
    CHECK(h.model().staff_user()->name == "Sam"); // the third PIN in the list
}

TEST_CASE("a wrong PIN is refused after the check, and counts towards the lock-out") {
    UiHarness h(three_staff());
    h.apply(action::Open{{ScreenId::StaffPin, ""}});
    h.step(2);
    type_pin(h, "1111");
    h.tap("pin.ok");
    h.step(2);
    CHECK(h.screen() == "staff-pin");
    CHECK(h.model().pin_was_wrong());
    CHECK_FALSE(h.model().staff_user());
    CHECK(h.model().pin_length() == 0);
}

TEST_CASE("a quick exit while the PIN is checked drops the result") {
    UiHarness h(three_staff());
    h.apply(action::Open{{ScreenId::StaffPin, ""}});
    h.step(2);
    type_pin(h, "2468");
    h.hold_worker();
    h.tap("pin.ok");
    REQUIRE(h.model().pin_checking());
    h.apply(action::Home{});
    h.apply(action::QuickExit{});
    h.release_worker();
    h.step(3);
    CHECK(h.screen() == "home");
    CHECK_FALSE(h.model().staff_user()); // nobody is signed in behind the visitor's back
}
