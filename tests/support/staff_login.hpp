// Staff log-in for the headless UI tests: a config with one staff PIN, and signing in
// through the PIN pad as a peer leader would.
#pragma once

#include "core/pin_hash.hpp"
#include "support/ui_harness.hpp"

#include <string>

namespace kiosk::test {

inline constexpr const char* kStaffPin = "2468";

inline Config staff_config() {
    Config c = test_config();
    c.staff_pins = {{"Sam", "peer leader", hash_pin(kStaffPin)}};
    return c;
}

// Opens the staff area: PIN pad, the PIN, OK.
inline void log_in_staff(UiHarness& h) {
    h.model().apply(action::Open{{ScreenId::StaffPin, ""}}, h.now());
    h.step(2);
    for (char d : std::string(kStaffPin))
        h.tap(std::string("pin.") + d);
    h.tap("pin.ok");
}

} // namespace kiosk::test
