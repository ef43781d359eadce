// When the frame loop pings the systemd watchdog. systemd kills and restarts the kiosk
// when no ping arrives within WatchdogSec; the loop pings every third of that, so a
// ping is never more than half the interval apart even when a wake-up comes late. The
// pings come only from the frame loop itself (no helper thread): a hung frame stops them.
// Time is passed in, so tests use an injected clock.
#pragma once

#include "idle_policy.hpp"

#include <chrono>
#include <optional>

namespace kiosk {

class WatchdogPacer {
  public:
    // `interval`: WatchdogSec as systemd gives it; none when there is no watchdog.
    explicit WatchdogPacer(std::optional<std::chrono::microseconds> interval);

    bool enabled() const { return period_.has_value(); }
    // True when a ping is due at `now` (the first one at once); counts it as sent.
    bool take_due(SteadyTime now);
    // When the loop must be awake for the next ping (none without a watchdog; the distant
    // past before the first ping, which is due at once).
    std::optional<SteadyTime> next_ping() const;

  private:
    std::optional<std::chrono::microseconds> period_;
    std::optional<SteadyTime> last_;
};

} // namespace kiosk
