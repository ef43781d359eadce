// For UI tests of the staff area: a config with one staff PIN, and logging in as staff do.
#pragma once

#include "core/pin_hash.hpp"
#include "support/ui_harness.hpp"

#include <string>

namespace kiosk::test {

// One peer leader, "Sam", with PIN 2468.
inline Config staff_config() {
    Config c = test_config();
    c.staff_pins = {{"Sam", "peer leader", hash_pin("2468")}};
    return c;
}

// Opens the staff area as a peer leader would: PIN pad, PIN, OK.
inline void log_in_staff(UiHarness& h) {
    h.model().apply(action::Open{{ScreenId::StaffPin, ""}}, h.now());
    h.step(2);
    for (char d : std::string("2468"))
        h.tap(std::string("pin.") + d);
    h.tap("pin.ok");
}

} // namespace kiosk::test
