// try/catch around a frame with ImGui's end-of-frame error recovery.
#include "frame_runner.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <exception>

namespace kiosk::ui {

FrameRunner::FrameRunner(int max_consecutive_failures, Seconds calm_time)
    : max_failures_(max_consecutive_failures), calm_time_(calm_time) {}

FrameRunner::Result FrameRunner::run(SteadyTime now, const std::function<void()>& normal,
                                     const std::function<void()>& recovering_fn) {
    const bool calm = recovering(now);
    ImGui::NewFrame();
    try {
        if (calm)
            recovering_fn();
        else
            normal();
        ImGui::Render();
        if (!calm)
            failures_ = 0;
        return Result::Drawn;
    } catch (const std::exception& e) {
        last_error_ = e.what();
    } catch (...) {
        last_error_ = "unknown exception";
    }
    // Close whatever the failed frame left open, then finish the frame; its draw data
    // is not shown (the caller keeps the previous picture).
    ImGui::ErrorCheckEndFrameRecover(nullptr);
    ImGui::Render();
    ++failures_;
    ++failed_frames_;
    calm_until_ = now + calm_time_;
    std::fprintf(stderr, "kiosk: a frame failed (%d in a row): %s\n", failures_,
                 last_error_.c_str());
    return failures_ >= max_failures_ ? Result::GiveUp : Result::Failed;
}

} // namespace kiosk::ui
