// --trace-start: how long each step of the start took, from main() to the first presented
// frame, printed on stderr as one line per step (docs/performance.md, "Start").
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace kiosk::app {

class StartTrace {
  public:
    using Clock = std::chrono::steady_clock;

    // The moment main() began; the trace counts from there.
    static void note_process_start();
    static StartTrace& get();

    void enable() { enabled_ = true; }
    // The step that just ended.
    void mark(const char* step);
    // Steps that ran on another thread meanwhile (printed apart, not added up).
    void alongside(const std::vector<std::pair<std::string, double>>& steps);
    // After each presented frame: the first few are traced (layout settles over them), then
    // the steps are printed (once).
    void frame_presented();

  private:
    bool enabled_ = false;
    bool done_ = false;
    int frames_ = 0;
    Clock::time_point last_{};
    std::vector<std::pair<std::string, double>> steps_;
    std::vector<std::pair<std::string, double>> alongside_;
};

} // namespace kiosk::app
