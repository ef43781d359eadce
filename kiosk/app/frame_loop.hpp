// The kiosk's frame loop: sleep until something happens, draw a frame through the
// FrameRunner, rotate and present it, then apply the actions the screens returned.
#pragma once

#include "content_updates.hpp"
#include "core/catalog.hpp"
#include "core/command_line.hpp"
#include "core/frame_scheduler.hpp"
#include "core/kiosk_model.hpp"
#include "device_control.hpp"
#include "groups_service.hpp"
#include "platform/input_queue.hpp"
#include "platform/renderer.hpp"
#include "platform/stop_signals.hpp"
#include "platform/window.hpp"
#include "storage.hpp"
#include "sync/upload_service.hpp"
#include "ui/frame_runner.hpp"
#include "ui/kiosk_ui.hpp"

#include <atomic>
#include <string>
#include <vector>

namespace kiosk::app {

struct LoopParts {
    const CommandLine& command_line;
    const Config& config;
    KioskModel& model;
    Storage& storage;
    GroupsService& groups;
    platform::Window& window;
    platform::Renderer& renderer;
    const platform::StopSignals& stop_signals;
    DeviceControl& device;
    std::string glyph_text;                    // every string the fonts must cover
    std::vector<std::string> content_problems; // shown to staff
    sync::UploadService* uploader = nullptr;   // null when no [upload] is configured
};

class FrameLoop {
  public:
    explicit FrameLoop(LoopParts parts) : p_(std::move(parts)), content_updates_(p_.config) {}
    // Called from the uploader thread when its status changed; the next wake redraws the
    // staff screens that show it.
    void sync_status_changed() { sync_changed_ = true; }
    // Returns the exit code: 0 stopped, 1 screenshot failed, 3 too many failed frames.
    int run();

  private:
    using Clock = std::chrono::steady_clock;

    // Blocks until there is something to draw; false when the kiosk must stop.
    bool wait_for_work();
    // What the device reported: the screen went off or on, the clock became trusted.
    void on_device(const DeviceControl::Changes& changes, SteadyTime now);
    // While the screen is off: drops all input; a touch only wakes the screen.
    void wake_on_touch(SteadyTime now);
    void rebuild_fonts_if_resized();
    void present(std::uint64_t frame_number);
    void present_black();
    void apply(std::vector<Action>& actions, const platform::PointerFrame& input, SteadyTime now);
    void refresh_staff_view();
    void flush_reach_if_due(SteadyTime now, bool force);
    void show_sync_status();
    // A new bundle (or a rollback) comes into use at a quiet moment, with fonts for its text.
    bool apply_content_updates();
    bool staff_sees_sync() const;

    LoopParts p_;
    ui::KioskUi ui_;
    ui::FrameRunner runner_;
    FrameScheduler scheduler_;
    bool animating_ = false;
    bool fonts_uploaded_ = false;
    std::atomic<bool> sync_changed_{false};
    ContentUpdates content_updates_;
    std::string rollback_message_; // shown on the sync screen after a staff rollback
    // The bundle in use, read from disk only when it may have changed (not every frame).
    std::optional<std::int64_t> bundle_in_use_;
    std::optional<std::int64_t> bundle_previous_;
    bool bundle_switchable_ = false;
    bool bundle_read_ = false;
    bool swallow_touch_ = false;   // the touch that woke the screen, until it lifts
    bool black_frame_due_ = false; // the screen is "off" without a switch: show black
    SteadyTime last_frame_ = Clock::now();
    SteadyTime next_reach_flush_ = Clock::now() + std::chrono::hours(1);
};

} // namespace kiosk::app
