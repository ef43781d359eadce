// Switching the screen off and on for the screen schedule. Behind an interface so tests
// use a fake.
//
// Implements: the backlight in sysfs (/sys/class/backlight/<name>: bl_power, else
// brightness), found automatically or configured; shell commands from the config for
// screens without a backlight there (HDMI: e.g. CEC or DDC tools); "none".
// Does not implement: HDMI power through the compositor: Bookworm's cage 0.1.4 has no
// output power protocol (wlr-randr cannot reach it), and `vcgencmd display_power` does
// nothing under the KMS driver. Without a way to switch, the kiosk blacks the picture out.
#pragma once

#include "core/device_config.hpp"

#include <memory>
#include <string>

namespace kiosk::platform {

class ScreenPower {
  public:
    virtual ~ScreenPower() = default;
    // False when the screen cannot be switched (the kiosk then shows black instead).
    virtual bool can_switch() const = 0;
    // How it is switched, for staff and the log, e.g. "backlight /sys/class/backlight/x".
    virtual std::string describe() const = 0;
    // Switches the screen; "" when done, else what went wrong and what to do.
    virtual std::string set_on(bool on) = 0;
    // Problems of earlier switches that show only later (a command's exit status).
    virtual std::string poll() { return ""; }
};

// The screen switch the config asks for: commands if given, else the backlight named in
// screen.backlight, else ("auto") the first backlight under `backlight_root`.
std::unique_ptr<ScreenPower> make_screen_power(const ScreenConfig& config,
                                               const std::string& backlight_root);

// The message for a failed write of a sysfs file, with what to do. Pure, for tests.
std::string backlight_problem(const std::string& file, int error_number);

} // namespace kiosk::platform
