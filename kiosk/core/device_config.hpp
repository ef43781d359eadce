// The device part of the configuration: the screen schedule (`[screen]`) and the clock
// check (`[device]`). Read by load_config_file (device_config.cpp); see
// docs/configuration.md for every key.
#pragma once

#include "opening_hours.hpp"
#include "problem.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct ScreenConfig {
    std::optional<OpeningHours> open;    // none: the screen is always on
    int awake_minutes = 5;               // on this long after a touch outside opening hours
    std::string backlight = "auto";      // "auto", "none", or a /sys/class/backlight/<name> folder
    std::string on_command, off_command; // shell commands that switch the screen instead
};

struct DeviceConfig {
    // Wait for NTP before recording times. None: only when started by systemd (a kiosk
    // service), so development runs from a terminal trust their clock.
    std::optional<bool> check_clock;
    std::string clock_sync_file = "/run/systemd/timesync/synchronized";
};

void validate_device_config(const ScreenConfig& screen, const DeviceConfig& device,
                            const std::string& source, std::vector<Problem>& problems);

} // namespace kiosk
