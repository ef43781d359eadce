// Headless UI harness: runs real ImGui frames of the kiosk UI without GL or a window,
// injects taps, drags and typing through ImGui's io, and applies the actions the screens
// return through the real action path (kiosk/actions) with real services: a database in a
// temp folder, the shipped group schedule, the background worker, and the device with fake
// platform parts. Tests assert on the model and the actions. Items are found by their stable
// ids from the last frame.
#pragma once

#include "actions/action_handler.hpp"
#include "core/catalog.hpp"
#include "core/config.hpp"
#include "core/display_transform.hpp"
#include "core/kiosk_model.hpp"
#include "platform/input_queue.hpp"
#include "store/outbox.hpp"
#include "support/fake_device.hpp"
#include "ui/frame_runner.hpp"
#include "ui/kiosk_ui.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::test {

// Defaults for tests: all shipped languages, assets from the source tree.
Config test_config();
Catalog load_test_catalog(const Config& config);
// The shipped content pack (throws with every problem if it does not load).
content::PackPtr load_test_content(const Config& config);
// test_config() with one staff member, Sam (peer leader), PIN 2468.
Config staff_test_config();
// test_config() with read aloud on, whatever the default: Listen in the top bar.
Config speaking_config();

// What the action path asked of the uploader.
class RecordingUploads : public actions::UploadControl {
  public:
    void send_now() override { ++send_now_calls; }
    void events_recorded() override { ++events_recorded_calls; }
    SyncStatusView status() const override { return status_shown; }
    int send_now_calls = 0;
    int events_recorded_calls = 0;
    SyncStatusView status_shown;
};

class UiHarness {
  public:
    explicit UiHarness(Config config = test_config(), float physical_w = 800,
                       float physical_h = 480, Rotation rotation = Rotation::R0);
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    KioskModel& model() { return *model_; }
    const ui::KioskUi& ui() const { return ui_; }
    const Config& config() const { return config_; }
    const DisplayTransform& transform() const { return transform_; }
    SteadyTime now() const { return now_; }
    actions::ActionHandler& actions() { return *handler_; }
    RecordingUploads& uploads() { return uploads_; }
    // What the staff page says of read aloud (the app takes it from its speech link).
    void set_speech_status(ui::SpeechStaffView view) { ui_.set_speech_status(std::move(view)); }
    // Where pictures come from (the app's GPU cache; a fake in tests). Must outlive frames.
    void set_pictures(ui::PictureTextures* pictures) { ui_.set_pictures(pictures); }
    FakeClockStatus& clock() { return clock_; }
    services::DeviceControl& device() { return *device_; }
    services::Background& background() { return *background_; }

    // Applies one action through the action path, as a tap that emitted it would.
    void apply(const Action& action);
    // Renders frames with the input as it is; applies actions like the app does. Work the
    // action path posted to the worker is waited for (without sleeping) and delivered on
    // the next frame, as the frame loop would after the worker woke it.
    void step(int frames = 1);
    // Moves the clock (no frames) and lets the model's timers run, like the frame loop.
    void advance(std::chrono::milliseconds by);
    // Jobs posted to the worker stay unstarted until release_worker() (to see a frame while
    // a PIN is being checked).
    void hold_worker();
    // Frames wait for the worker's jobs before delivering their results (the default, so
    // tests are deterministic); off, a frame takes only what is ready, as the frame loop
    // does (for measuring frames while the worker runs).
    void set_wait_for_worker(bool wait) { wait_for_worker_ = wait; }
    // What the frame loop does when the uploader installed a bundle, and on its next wakes:
    // the new content is loaded on the worker and swapped in at a quiet moment (true then).
    void bundle_installed();
    bool poll_content();
    void release_worker();

    bool visible(const std::string& id) const;
    // Whether a text block drawn in the last frame contains `text`.
    bool shows(const std::string& text) const;
    const ui::TapItem& item(const std::string& id) const;
    // Where the item is on the physical screen (rotated and, for right-to-left, mirrored).
    Rect on_screen(const std::string& id) const;
    std::vector<std::string> visible_ids() const;
    std::string screen() const;

    // Drags the page until the item is visible, whole enough to tap (as a person would).
    void scroll_to(const std::string& id);
    // Taps an item by id at its centre (press frame, release frame, new screen, settle frame);
    // scrolls to it first if it is below the fold.
    void tap(const std::string& id);
    // Taps at a physical window position, through the rotation like real touch input.
    void tap_physical(Point physical);
    void press_physical(Point physical);
    void release();
    // Drags from a logical point by dy pixels in `steps` moves, `ms_per_step` apart.
    void drag(Point from, float dy, int steps = 8, int ms_per_step = 16);
    // Types on the on-screen keyboard, switching layouts and shift as a person would.
    // Switches the on-screen keyboard to `layout_id` as a person would.
    void switch_layout(const std::string& layout_id);
    void type(const std::string& text);
    // Opens the staff area as a peer leader would: PIN pad, PIN 2468, OK.
    void log_in_staff();

    // Actions emitted by all frames since the last call.
    std::vector<Action> take_actions();
    bool last_frame_wanted_animation() const { return wants_animation_; }
    // The last frame's cost: CPU time of the thread from ImGui::NewFrame to Render (the
    // drawing, no GL), and wall time of the whole frame as the frame loop would spend it
    // (results from the worker, drawing, applying the actions).
    double last_draw_cpu_ms() const { return draw_cpu_ms_; }
    double last_frame_ms() const { return frame_ms_wall_; }
    ui::FrameRunner& runner() { return runner_; }
    // Replaces the UI drawing for the next frames (fault injection).
    void set_draw_override(std::function<void()> draw) { draw_override_ = std::move(draw); }
    // Time the frames run at (DeltaTime).
    void set_frame_ms(int ms) { frame_ms_ = ms; }
    // The wall clock the action path reads (unix seconds); the groups list the sessions of
    // the shipped schedule around it.
    void set_wall_clock(std::int64_t utc_now);
    // Kept for the group tests: sets the wall clock and lists the groups.
    void enable_groups(std::int64_t utc_now);
    services::GroupsService& groups() { return *groups_; }
    store::Database& db() { return storage_->db(); }
    // The events of `type` queued for upload, oldest first.
    std::vector<store::Event> queued(const std::string& type);
    const std::string& data_dir() const { return data_dir_; }

  private:
    void wire(bool with_db);
    void frame();
    void push(platform::InputEvent::Kind kind, Point logical);

    Config config_;
    std::string data_dir_;
    Catalog catalog_;
    SteadyTime now_;
    std::int64_t utc_now_ = 0;
    std::unique_ptr<KioskModel> model_;
    ui::KioskUi ui_;
    ui::FrameRunner runner_;
    DisplayTransform transform_;
    platform::InputQueue input_;
    std::vector<Action> actions_;
    bool wants_animation_ = false;
    std::function<void()> draw_override_;
    int frame_ms_ = 16;
    double draw_cpu_ms_ = 0, frame_ms_wall_ = 0;
    Point pointer_;
    FakeWatchdog watchdog_;
    FakeScreenPower screen_power_;
    FakeClockStatus clock_;
    RecordingUploads uploads_;
    std::unique_ptr<services::Storage> storage_;
    std::unique_ptr<services::GroupsService> groups_;
    std::unique_ptr<services::DeviceControl> device_;
    std::unique_ptr<services::ContentUpdates> content_;
    std::unique_ptr<services::Background> background_;
    std::unique_ptr<actions::ActionHandler> handler_;
    // Holding the worker: a job that blocks until released.
    std::shared_ptr<struct WorkerGate> gate_;
    std::uint64_t bundles_installed_ = 0;
    bool wait_for_worker_ = true;
};

} // namespace kiosk::test
