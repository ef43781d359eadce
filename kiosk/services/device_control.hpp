// The device side of the frame loop: pings the systemd watchdog, tells systemd when the
// kiosk is ready or stopping, follows the clock until it can be trusted, and switches the
// screen by the opening hours. Everything runs on the frame loop's thread when it wakes
// (no helper thread), so a hung loop stops the watchdog pings. Time is passed in; the
// platform parts are interfaces, so tests drive it with fakes.
#pragma once

#include "common/time_zone.hpp"
#include "core/clock_trust.hpp"
#include "core/device_config.hpp"
#include "core/device_status.hpp"
#include "core/idle_policy.hpp"
#include "core/watchdog_pacer.hpp"
#include "platform/clock_status.hpp"
#include "platform/screen_power.hpp"
#include "platform/watchdog.hpp"

#include <chrono>
#include <cstdint>
#include <optional>

namespace kiosk::services {

using WallTime = std::chrono::system_clock::time_point;

struct DeviceParts {
    platform::Watchdog& watchdog;
    platform::ScreenPower& screen;
    platform::ClockStatus& clock;
    const ScreenConfig& schedule;
    bool check_clock = true;
    std::int64_t build_time_unix = 0; // the clock is never trusted before this
    TimeZone zone;                    // the kiosk's: opening hours and the clock shown
};

class DeviceControl {
  public:
    // How often the clock is looked at until it is trusted.
    static constexpr std::chrono::seconds kClockCheck{5};

    // The start counts as a touch: the screen is on for a while even outside opening
    // hours, so whoever restarted the kiosk sees it came up.
    DeviceControl(DeviceParts parts, SteadyTime now, WallTime wall);

    struct Changes {
        bool screen_off = false;    // the screen just went off: wipe the visit
        bool screen_on = false;     // it just came on: draw
        bool clock_trusted = false; // the clock just became trusted
        bool status = false;        // what staff see changed
    };
    // On every wake of the loop: pings the watchdog when due, looks at the clock (every
    // kClockCheck until trusted) and at the schedule (every minute).
    Changes tick(SteadyTime now, WallTime wall);
    // When the loop must wake next for the device (none: no need).
    std::optional<SteadyTime> next_deadline() const;
    // A touch. True when it only woke the screen: then it must not reach the UI.
    bool touch(SteadyTime now);
    // A staff member confirmed the date and time shown.
    Changes confirm_clock(WallTime wall);
    // After each presented frame: READY=1 after the first.
    void frame_presented();
    // A clean stop: STOPPING=1, and the screen back on for whoever comes next.
    void stopping();

    bool screen_on() const { return on_; }
    // Off, but the screen could not be switched: the loop shows black instead.
    bool blackout() const { return !on_ && (!screen_.can_switch() || !problem_.empty()); }
    bool clock_trusted() const { return trust_.trusted(); }
    const DeviceStatus& status() const { return status_; }

  private:
    void switch_screen(bool on);
    void apply_schedule(SteadyTime now, WallTime wall, Changes& changes);
    void note_problem(const std::string& problem);
    bool refresh_status(WallTime wall);

    platform::Watchdog& watchdog_;
    platform::ScreenPower& screen_;
    platform::ClockStatus& clock_;
    const ScreenConfig& schedule_;
    TimeZone zone_;
    WatchdogPacer pacer_;
    ClockTrust trust_;
    bool on_ = true;
    bool ready_ = false;
    SteadyTime last_touch_;
    SteadyTime next_clock_check_;
    SteadyTime next_schedule_check_;
    std::string problem_;
    std::string systemd_status_;
    DeviceStatus status_;
};

} // namespace kiosk::services
