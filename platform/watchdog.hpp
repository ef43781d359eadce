// Talking to systemd: the watchdog interval it expects pings at, and sd_notify messages
// (READY=1, WATCHDOG=1, STATUS=..., STOPPING=1). Behind an interface so tests use a fake.
//
// Implements: the service's own watchdog (sd_watchdog_enabled), and the one of its parent
// when the kiosk runs under cage (WATCHDOG_PID is cage's; the unit then needs
// NotifyAccess=all); sd_notify. Outside systemd (no NOTIFY_SOCKET, no WATCHDOG_USEC)
// every call does nothing.
// Does not implement: the file descriptor store, EXTEND_TIMEOUT_USEC.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>

namespace kiosk::platform {

class Watchdog {
  public:
    virtual ~Watchdog() = default;
    // WatchdogSec of the service; none when no watchdog is set for this process.
    virtual std::optional<std::chrono::microseconds> interval() const = 0;
    // One sd_notify message, e.g. "WATCHDOG=1".
    virtual void notify(const std::string& message) = 0;
};

// The watchdog systemd set up for this process (or its parent, see above).
std::unique_ptr<Watchdog> systemd_watchdog();

// WATCHDOG_USEC and WATCHDOG_PID as systemd sets them: the interval applies when the PID
// is absent, ours, or our parent's. Pure, for tests.
std::optional<std::chrono::microseconds> watchdog_interval(const char* usec, const char* pid,
                                                           pid_t self, pid_t parent);

} // namespace kiosk::platform
