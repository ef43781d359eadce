// Runs one ImGui frame so that an exception never reaches the visitor: the broken frame is
// dropped, ImGui's stacks are repaired, a calm "one moment" screen shows for a while, and
// after too many failed frames in a row the caller exits so systemd restarts the kiosk.
#pragma once

#include "core/idle_policy.hpp"

#include <cstdint>
#include <functional>
#include <string>

namespace kiosk::ui {

class FrameRunner {
  public:
    enum class Result { Drawn, Failed, GiveUp };

    explicit FrameRunner(int max_consecutive_failures = 10, Seconds calm_time = Seconds(2));

    // NewFrame, then `normal` (or `recovering` during the calm time), then Render.
    Result run(SteadyTime now, const std::function<void()>& normal,
               const std::function<void()>& recovering);

    bool recovering(SteadyTime now) const { return now < calm_until_; }
    SteadyTime calm_until() const { return calm_until_; }
    int consecutive_failures() const { return failures_; }
    // Every frame that failed since the start (for the kiosk.health report).
    std::uint64_t failed_frames() const { return failed_frames_; }
    const std::string& last_error() const { return last_error_; }

  private:
    int max_failures_;
    Seconds calm_time_;
    int failures_ = 0;
    std::uint64_t failed_frames_ = 0;
    SteadyTime calm_until_{};
    std::string last_error_;
};

} // namespace kiosk::ui
