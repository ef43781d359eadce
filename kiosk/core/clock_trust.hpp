// Whether the wall clock is good enough to record times with. A Raspberry Pi has no
// battery clock: after a power cut it starts from a saved or built-in time until NTP
// corrects it. The kiosk trusts the clock once NTP has synchronised it in this boot, or a
// staff member has confirmed the date and time on screen — and never while it shows a
// time earlier than the software's own build. Once trusted it stays trusted for the run:
// a synchronised clock drifts by seconds a day, so an internet outage does not undo it.
// Plain C++; the signals come from the platform (platform/clock_status.hpp).
#pragma once

#include <cstdint>

namespace kiosk {

class ClockTrust {
  public:
    // `check` false: no NTP evidence is needed (a development machine); the build-time
    // floor still applies. `floor_unix`: the build time, in seconds since 1970 (UTC).
    ClockTrust(bool check, std::int64_t floor_unix) : check_(check), floor_(floor_unix) {}

    // Takes the latest evidence; returns true once, when the clock becomes trusted.
    bool update(bool synchronised, std::int64_t now_unix);
    // A staff member says the date and time shown are right. Refused (false) while the
    // clock is earlier than the build: then it cannot be right.
    bool confirm(std::int64_t now_unix);

    bool trusted() const { return trusted_; }
    // The clock last seen is earlier than the software's build.
    bool before_build() const { return before_build_; }

  private:
    bool check_;
    std::int64_t floor_;
    bool trusted_ = false;
    bool before_build_ = false;
};

} // namespace kiosk
