// The watchdog ping cadence.
#include "watchdog_pacer.hpp"

namespace kiosk {

WatchdogPacer::WatchdogPacer(std::optional<std::chrono::microseconds> interval) {
    if (interval && interval->count() > 0)
        period_ = *interval / 3;
}

bool WatchdogPacer::take_due(SteadyTime now) {
    if (!period_ || (last_ && now < *last_ + *period_))
        return false;
    last_ = now;
    return true;
}

std::optional<SteadyTime> WatchdogPacer::next_ping() const {
    if (!period_)
        return std::nullopt;
    if (!last_)
        return SteadyTime{}; // the first ping is due at once
    return *last_ + std::chrono::duration_cast<SteadyTime::duration>(*period_);
}

} // namespace kiosk
