// What the staff page shows about the device: whether the clock can be trusted yet, how
// the screen is switched off and on, and what went wrong doing so. Filled by the app
// (kiosk/app/device_control.cpp); plain view data.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct DeviceStatus {
    bool clock_trusted = true;
    bool clock_before_build = false; // earlier than the software's build: cannot be right
    std::string clock_text;          // local "YYYY-MM-DD HH:MM", shown while not trusted
    std::string screen_switch; // e.g. "backlight /sys/class/backlight/10-0045"; "" = no schedule
    std::vector<std::string> problems; // what failed and what to do, in English as logged
};

} // namespace kiosk
