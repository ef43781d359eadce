// Lock-out arithmetic for PinLockout.
#include "pin_lockout.hpp"

#include <algorithm>

namespace kiosk {

int PinLockout::seconds_left(SteadyTime now) const {
    if (!locked(now))
        return 0;
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(locked_until_ - now).count();
    return static_cast<int>((ms + 999) / 1000);
}

void PinLockout::record_failure(SteadyTime now) {
    ++failures_;
    if (failures_ < kFreeAttempts)
        return;
    Seconds lock = kFirstLock;
    for (int i = kFreeAttempts; i < failures_ && lock < kMaxLock; ++i)
        lock *= 2;
    locked_until_ = now + std::min(lock, kMaxLock);
}

} // namespace kiosk
