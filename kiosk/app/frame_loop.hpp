// The kiosk's frame loop: sleep until something happens, draw a frame through the
// FrameRunner, rotate and present it, then hand the actions the screens returned to the
// action path (kiosk/actions), which applies each one.
#pragma once

#include "actions/action_handler.hpp"
#include "core/command_line.hpp"
#include "core/device_health.hpp"
#include "core/frame_scheduler.hpp"
#include "core/kiosk_model.hpp"
#include "picture_cache.hpp"
#include "platform/renderer.hpp"
#include "platform/stop_signals.hpp"
#include "platform/window.hpp"
#include "services/device_control.hpp"
#include "speech_link.hpp"
#include "ui/frame_runner.hpp"
#include "ui/kiosk_ui.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::app {

// What drawing needs: there from the first frame on.
struct LoopParts {
    const CommandLine& command_line;
    KioskModel& model;
    platform::Window& window;
    platform::Renderer& renderer;
    const platform::StopSignals& stop_signals;
    // Fonts the start's loader built for this window size (ImGui already uses their atlas).
    std::optional<ui::PreparedFonts> fonts;
    std::string font_cache; // where built font atlases are kept ("" for none)
    // Every string the fonts must cover (the catalogue of every language, the keyboards and
    // the content); asked again when the content changes.
    std::function<ui::GlyphText()> glyph_text;
    bool can_speak = false; // [speech] enabled: visitor screens offer Listen
};

// What applying actions and running the device needs: attached after the first frame.
struct LoopServices {
    actions::ActionHandler& actions;
    services::DeviceControl& device;
    services::Background& background;
    // The uploader's count of installed bundles (0 without uploads).
    std::function<std::uint64_t()> bundles_installed;
    SpeechLink* speech = nullptr; // read aloud; null when [speech] is off
    // Hands the uploader what the kiosk.health report needs from this thread.
    std::function<void(const AppHealth&)> health;
};

class FrameLoop {
  public:
    explicit FrameLoop(LoopParts parts) : p_(std::move(parts)) {
        ui_.set_font_cache(p_.font_cache);
        ui_.set_can_speak(p_.can_speak);
        ui_.set_pictures(&pictures_);
    }
    // The home screen once, before the services are there (the start's database and schedule
    // are still being read): no input, no actions.
    void first_frame();
    void attach(LoopServices services) {
        s_.emplace(std::move(services));
        share_health(); // before the uploader's first attempt
    }
    // Listen is offered only where speech started (espeak-ng and its voices are there).
    void set_can_speak(bool can) { ui_.set_can_speak(can); }
    // Called from the uploader thread when its status changed; the next wake redraws the
    // staff screens that show it.
    void sync_status_changed() { sync_changed_ = true; }
    // Returns the exit code: 0 stopped, 1 screenshot failed, 3 too many failed frames.
    int run();

  private:
    using Clock = std::chrono::steady_clock;

    // Blocks until there is something to draw; false when the kiosk must stop.
    bool wait_for_work();
    std::optional<SteadyTime> next_deadline(SteadyTime now, bool screen_on) const;
    // Everything a wake may bring besides input; true when the screen must be drawn again.
    bool take_news(SteadyTime now);
    void on_device(const services::DeviceControl::Changes& changes, SteadyTime now);
    // While the screen is off: drops all input; a touch only wakes the screen.
    void wake_on_touch(SteadyTime now);
    void rebuild_fonts();
    // One frame: input, draw, present, apply. Returns an exit code when the loop must end.
    std::optional<int> frame(std::uint64_t& frame_number);
    void present(std::uint64_t frame_number);
    void present_black();
    void apply(std::vector<Action>& actions, const platform::PointerFrame& input, SteadyTime now);
    void maintain_if_due(SteadyTime now);
    bool staff_sees_sync() const;
    // The screen, failed frames, content fallbacks, bundle and clock, when they changed.
    void share_health();

    void take_fonts();
    services::DeviceControl& device() { return s_->device; }
    const services::DeviceControl& device() const { return s_->device; }

    LoopParts p_;
    std::optional<LoopServices> s_;
    bool first_frame_drawn_ = false;
    PictureCache pictures_; // before ui_: the UI points at it
    ui::KioskUi ui_;
    ui::FrameRunner runner_;
    FrameScheduler scheduler_;
    bool animating_ = false;
    bool fonts_uploaded_ = false;
    bool fonts_taken_ = false;
    std::atomic<bool> sync_changed_{false};
    bool swallow_touch_ = false;   // the touch that woke the screen, until it lifts
    bool was_down_ = false;        // the pointer was down in the last frame
    bool black_frame_due_ = false; // the screen is "off" without a switch: show black
    int screenshot_frames_left_ = FrameScheduler::kSettleFrames;
    SteadyTime last_frame_ = Clock::now();
    SteadyTime next_upkeep_ = Clock::now() + std::chrono::hours(1);
    std::optional<AppHealth> shared_health_; // what the uploader was last told
    std::uint64_t trimmed_visit_ = 0;        // the visit after whose end memory was last given back
};

} // namespace kiosk::app
