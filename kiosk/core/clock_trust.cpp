// The clock trust latch.
#include "clock_trust.hpp"

namespace kiosk {

bool ClockTrust::update(bool synchronised, std::int64_t now_unix) {
    before_build_ = now_unix < floor_;
    if (trusted_ || before_build_ || (check_ && !synchronised))
        return false;
    trusted_ = true;
    return true;
}

bool ClockTrust::confirm(std::int64_t now_unix) {
    before_build_ = now_unix < floor_;
    if (before_build_)
        return false;
    const bool became = !trusted_;
    trusted_ = true;
    return became;
}

} // namespace kiosk
