// Has NTP synchronised the wall clock in this boot? Behind an interface so tests use a fake.
//
// Implements two signals, either is enough:
//  - systemd-timesyncd's flag file /run/systemd/timesync/synchronized (configurable). It
//    is created at the first synchronisation and lives on a tmpfs, so it means exactly
//    "synchronised since this boot" — the question after a power cut without an RTC.
//  - the kernel's NTP state (ntp_adjtime: not TIME_ERROR, STA_UNSYNC clear, maximum error
//    under 16 s), as `timedatectl` shows "System clock synchronized"; this covers chrony
//    and ntpd. The kernel drops it after ~9 hours without an NTP update, which is why the
//    kiosk latches trust (core/clock_trust.hpp) instead of following it.
// Does not implement: asking timesyncd over D-Bus, GPS or RTC sources.
#pragma once

#include <memory>
#include <string>

namespace kiosk::platform {

class ClockStatus {
  public:
    virtual ~ClockStatus() = default;
    virtual bool synchronised() = 0;
};

std::unique_ptr<ClockStatus> system_clock_status(std::string sync_file);

// The kernel's answer from ntp_adjtime(): its return `state`, `status` bits and
// `maxerror` in microseconds. Pure, for tests.
bool kernel_clock_synchronised(int state, int status, long maxerror_us);

} // namespace kiosk::platform
