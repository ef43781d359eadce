// Wait-time computation for the frame loop.
#include "frame_scheduler.hpp"

namespace kiosk {

std::optional<double> FrameScheduler::wait_timeout(SteadyTime now, bool animating,
                                                   std::optional<SteadyTime> deadline) const {
    if (should_render(animating))
        return 0.0;
    if (!deadline)
        return std::nullopt;
    if (*deadline <= now)
        return 0.0;
    return std::chrono::duration<double>(*deadline - now).count();
}

} // namespace kiosk
