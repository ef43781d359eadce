// Decides when the kiosk renders: only after input, a timer it needs, a wake-up or while
// something moves, plus a few settling frames; otherwise the loop sleeps in the window's
// event wait. This is what keeps idle CPU near zero.
#pragma once

#include "idle_policy.hpp"

#include <optional>

namespace kiosk {

class FrameScheduler {
  public:
    static constexpr int kSettleFrames = 3; // after input, so popups and layout settle

    // Input, expose, resize, a worker's wake-up or a timer: render the next few frames.
    void on_activity() { settle_frames_left_ = kSettleFrames; }
    bool should_render(bool animating) const { return animating || settle_frames_left_ > 0; }
    // The screen went off: nothing is drawn, so no settling frames are owed.
    void rest() { settle_frames_left_ = 0; }
    void frame_rendered() {
        if (settle_frames_left_ > 0)
            --settle_frames_left_;
    }
    // Seconds to wait for events: 0 = just poll, none = until an event arrives.
    std::optional<double> wait_timeout(SteadyTime now, bool animating,
                                       std::optional<SteadyTime> deadline) const;

  private:
    int settle_frames_left_ = kSettleFrames;
};

} // namespace kiosk
