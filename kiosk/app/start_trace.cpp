// One global trace (the start happens once); marks cost a clock read when tracing is off.
#include "start_trace.hpp"

#include <cstdio>

namespace kiosk::app {

namespace {
StartTrace::Clock::time_point g_process_start = StartTrace::Clock::now();
}

void StartTrace::note_process_start() {
    g_process_start = Clock::now();
}

StartTrace& StartTrace::get() {
    static StartTrace trace;
    return trace;
}

void StartTrace::mark(const char* step) {
    if (!enabled_ || done_)
        return;
    const auto now = Clock::now();
    const auto from = last_ == Clock::time_point{} ? g_process_start : last_;
    steps_.emplace_back(step, std::chrono::duration<double, std::milli>(now - from).count());
    last_ = now;
}

void StartTrace::alongside(const std::vector<std::pair<std::string, double>>& steps) {
    if (enabled_)
        alongside_.insert(alongside_.end(), steps.begin(), steps.end());
}

void StartTrace::frame_presented() {
    if (!enabled_ || done_)
        return;
    ++frames_;
    mark(frames_ == 1 ? "first frame: rendered (GL) and presented"
                      : "a further frame (the layout settles)");
    if (frames_ < 3)
        return;
    done_ = true;
    double total = 0;
    for (const auto& [step, ms] : steps_) {
        total += ms;
        std::fprintf(stderr, "kiosk: start: %7.1f ms  %7.1f ms  %s\n", ms, total, step.c_str());
    }
    for (const auto& [step, ms] : alongside_)
        std::fprintf(stderr, "kiosk: start: %7.1f ms  (loader thread, meanwhile)  %s\n", ms,
                     step.c_str());
}

} // namespace kiosk::app
