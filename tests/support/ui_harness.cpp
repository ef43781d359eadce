// The harness drives frames the way the app's frame loop does, minus GL and GLFW.
#include "ui_harness.hpp"

#include "core/content/pack_loader.hpp"
#include "core/keyboard_layout.hpp"
#include "core/languages.hpp"
#include "core/pin_hash.hpp"
#include "core/utf8.hpp"

#include <imgui.h>

#include <cfloat>
#include <condition_variable>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <stdexcept>

namespace kiosk::test {

Config test_config() {
    Config c;
    c.assets_dir = KIOSK_TEST_ASSETS;
    c.data_dir = ":memory:";
    c.languages = language_codes(); // Arabic and Persian too, for the right-to-left screens
    return c;
}

Config staff_test_config() {
    Config c = test_config();
    c.staff_pins = {{"Sam", "peer leader", hash_pin("2468")}};
    return c;
}

Config speaking_config() {
    Config c = test_config();
    c.speech.enabled = true;
    return c;
}

Catalog load_test_catalog(const Config& config) {
    std::vector<Problem> problems;
    Catalog catalog = Catalog::load(config.assets_dir + "/i18n", config.languages, problems);
    if (!problems.empty())
        throw std::runtime_error("catalogue problems:\n" + to_string(problems));
    return catalog;
}

content::PackPtr load_test_content(const Config& config) {
    auto result = content::load_pack(config.assets_dir + "/content", config.languages);
    if (!result.pack)
        throw std::runtime_error("content problems:\n" + to_string(result.problems));
    return result.pack;
}

// Holds the worker: a job that waits until the test releases it.
struct WorkerGate {
    std::mutex mutex;
    std::condition_variable released_cv;
    bool released = false;
};

namespace {
constexpr std::int64_t kDefaultWallClock = 1795428000; // Monday 23 November 2026, 10:00 UTC

std::string make_data_dir() {
    char dir[] = "/tmp/kiosk-ui-XXXXXX";
    if (!mkdtemp(dir))
        throw std::runtime_error("cannot make a temporary folder for the harness");
    return dir;
}
} // namespace

UiHarness::UiHarness(Config config, float physical_w, float physical_h, Rotation rotation)
    : config_(std::move(config)), data_dir_(make_data_dir()), catalog_(load_test_catalog(config_)),
      now_(std::chrono::steady_clock::time_point{} + std::chrono::hours(1)),
      utc_now_(kDefaultWallClock), transform_(physical_w, physical_h, rotation) {
    if (config_.data_dir == ":memory:")
        config_.data_dir = data_dir_; // else the test's own folder (bundles live there)
    model_ = std::make_unique<KioskModel>(config_, catalog_, now_);
    model_->set_content(load_test_content(config_));
    storage_ = std::make_unique<services::Storage>(config_.data_dir);
    wire(false);
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(transform_.logical_width(), transform_.logical_height());
    std::string font_error;
    std::string names;
    for (const Language& l : catalog_.languages())
        names += l.native_name + " ";
    ui_.set_screen(
        transform_.logical_width(), transform_.logical_height(),
        {catalog_.all_text() + all_keyboard_text() + model_->content()->all_text(), names},
        font_error);
    if (!font_error.empty())
        throw std::runtime_error(font_error);
    ui_.set_can_speak(config_.speech.enabled); // as the app: Listen where the kiosk can speak
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // what a renderer would upload
    step(2);
}

UiHarness::~UiHarness() {
    release_worker();
    handler_.reset();
    background_.reset();
    ImGui::DestroyContext();
    groups_.reset();
    storage_.reset();
    std::system(("rm -rf '" + data_dir_ + "'").c_str());
}

void UiHarness::wire(bool with_db) {
    handler_.reset();
    background_.reset();
    std::vector<std::string> problems;
    groups_ =
        std::make_unique<services::GroupsService>(config_.assets_dir + "/groups/schedule.toml",
                                                  with_db ? &storage_->db() : nullptr, problems);
    if (!problems.empty())
        throw std::runtime_error("schedule problems: " + problems.front());
    groups_->set_export_info(data_dir_, config_.kiosk_id);
    const bool check_clock = config_.device.check_clock.value_or(false);
    clock_.synced = !check_clock; // a test that checks the clock starts without NTP
    device_ = std::make_unique<services::DeviceControl>(
        services::DeviceParts{watchdog_, screen_power_, clock_, config_.screen, check_clock, 0,
                              groups_->zone()},
        now_, std::chrono::system_clock::time_point(std::chrono::seconds(utc_now_)));
    model_->set_device(device_->status());
    content_ = std::make_unique<services::ContentUpdates>(config_);
    background_ = std::make_unique<services::Background>();
    handler_ =
        std::make_unique<actions::ActionHandler>(actions::ActionParts{config_,
                                                                      *model_,
                                                                      *storage_,
                                                                      *groups_,
                                                                      *device_,
                                                                      *content_,
                                                                      *background_,
                                                                      &uploads_,
                                                                      [this] { return utc_now_; },
                                                                      "test",
                                                                      {},
                                                                      std::nullopt,
                                                                      false});
    handler_->context().refresh_groups();
}

void UiHarness::set_wall_clock(std::int64_t utc_now) {
    utc_now_ = utc_now;
    handler_->context().utc = utc_now_;
    handler_->context().refresh_groups();
}

void UiHarness::enable_groups(std::int64_t utc_now) {
    utc_now_ = utc_now;
    wire(true);
}

void UiHarness::apply(const Action& action) {
    handler_->apply(action, now_);
    if (!gate_)
        background_->wait_idle();
}

void UiHarness::bundle_installed() {
    handler_->context().bundle_state.reset();
    handler_->context().parts.content.installed_count(++bundles_installed_);
}

bool UiHarness::poll_content() {
    const bool swapped = handler_->update_content(now_);
    background_->wait_idle();
    handler_->deliver(now_);
    return handler_->update_content(now_) || swapped;
}

void UiHarness::hold_worker() {
    if (gate_)
        return;
    gate_ = std::make_shared<WorkerGate>();
    background_->post("a test's hold", [gate = gate_] {
        std::unique_lock<std::mutex> lock(gate->mutex);
        gate->released_cv.wait(lock, [&] { return gate->released; });
        return services::Background::FollowUp{};
    });
}

void UiHarness::release_worker() {
    if (!gate_)
        return;
    {
        std::lock_guard<std::mutex> lock(gate_->mutex);
        gate_->released = true;
    }
    gate_->released_cv.notify_all();
    gate_.reset();
    if (background_)
        background_->wait_idle();
}

namespace {
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
} // namespace

void UiHarness::frame() {
    const auto wall_start = std::chrono::steady_clock::now();
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = static_cast<float>(frame_ms_) / 1000.0f;
    // What the frame loop does on each wake: the device, the worker's results.
    handler_->device_changed(
        device_->tick(now_, std::chrono::system_clock::time_point(std::chrono::seconds(utc_now_))),
        now_);
    if (!gate_ && wait_for_worker_)
        background_->wait_idle();
    handler_->deliver(now_);
    const platform::PointerFrame in = input_.next_frame();
    io.MousePos = in.present ? ImVec2(in.pos.x, in.pos.y) : ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = in.down;
    if (in.had_input) {
        model_->on_input(now_);
        device_->touch(now_);
    }
    ui::FrameOutput out;
    if (ui_.prepare_frame(*model_)) {
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // as a renderer would
    }
    const auto normal = draw_override_ ? draw_override_ : [&] { out = ui_.draw(*model_, now_); };
    const double cpu_start = thread_cpu_ms();
    runner_.run(now_, normal, [&] { ui_.draw_recovering(*model_, now_); });
    draw_cpu_ms_ = thread_cpu_ms() - cpu_start;
    transform_.set_mirrored(ui_.drew_mirrored()); // as the frame loop does before showing it
    for (const Action& a : out.actions)
        handler_->apply(a, now_);
    frame_ms_wall_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall_start)
            .count();
    actions_.insert(actions_.end(), out.actions.begin(), out.actions.end());
    wants_animation_ = out.wants_animation;
    now_ += std::chrono::milliseconds(frame_ms_);
    model_->tick(now_);
}

void UiHarness::step(int frames) {
    for (int i = 0; i < frames; ++i)
        frame();
}

void UiHarness::advance(std::chrono::milliseconds by) {
    now_ += by;
    model_->tick(now_);
}

bool UiHarness::shows(const std::string& text) const {
    for (const auto& line : ui_.texts())
        if (line.button_id.empty() && line.text.find(text) != std::string::npos)
            return true;
    return false;
}

bool UiHarness::visible(const std::string& id) const {
    for (const auto& t : ui_.taps())
        if (t.id == id)
            return true;
    return false;
}

const ui::TapItem& UiHarness::item(const std::string& id) const {
    for (const auto& t : ui_.taps())
        if (t.id == id)
            return t;
    std::string seen;
    for (const auto& t : ui_.taps())
        seen += " " + t.id;
    throw std::runtime_error("no visible item '" + id + "' on screen " + screen() +
                             "; visible:" + seen);
}

Rect UiHarness::on_screen(const std::string& id) const {
    const ui::TapItem& t = item(id);
    return transform_.to_physical(Rect{t.min.x, t.min.y, t.max.x - t.min.x, t.max.y - t.min.y});
}

std::vector<std::string> UiHarness::visible_ids() const {
    std::vector<std::string> ids;
    for (const auto& t : ui_.taps())
        ids.push_back(t.id);
    return ids;
}

std::string UiHarness::screen() const {
    return std::string(screen_name(model_->place().screen));
}

void UiHarness::push(platform::InputEvent::Kind kind, Point logical) {
    pointer_ = logical;
    input_.push({kind, logical, 0});
}

void UiHarness::scroll_to(const std::string& id) {
    // Like a person: drag the page up (then down) until the item is on screen, whole enough
    // to tap (touch targets are at least 48 px; a sliver at the edge is not enough).
    const Point middle{transform_.logical_width() / 2, transform_.logical_height() * 0.7f};
    const auto tappable = [&] { return visible(id) && item(id).max.y - item(id).min.y >= 40; };
    for (int i = 0; i < 24 && !tappable(); ++i) {      // 8 drags down the page, then 16 back up
        drag(middle, i < 8 ? -160.0f : 160.0f, 8, 40); // slow drags: little inertia
        step(60);                                      // let any inertia settle
    }
}

void UiHarness::tap(const std::string& id) {
    if (!visible(id) || item(id).max.y - item(id).min.y < 40)
        scroll_to(id);
    const auto& t = item(id);
    const Point c{(t.min.x + t.max.x) / 2, (t.min.y + t.max.y) / 2};
    push(platform::InputEvent::Kind::Move, c);
    push(platform::InputEvent::Kind::Press, c);
    push(platform::InputEvent::Kind::Release, c);
    // Press, release (queued apart by the input queue), the new screen, and one more frame so
    // it has settled (a page shown again in a new visit moves to its top one frame later).
    step(4);
}

void UiHarness::tap_physical(Point physical) {
    press_physical(physical);
    release();
    step(3);
}

void UiHarness::press_physical(Point physical) {
    const Point logical = transform_.to_logical(physical);
    push(platform::InputEvent::Kind::Move, logical);
    push(platform::InputEvent::Kind::Press, logical);
}

void UiHarness::release() {
    push(platform::InputEvent::Kind::Release, pointer_);
}

void UiHarness::drag(Point from, float dy, int steps, int ms_per_step) {
    const int saved = frame_ms_;
    frame_ms_ = ms_per_step;
    push(platform::InputEvent::Kind::Move, from);
    push(platform::InputEvent::Kind::Press, from);
    step(1);
    for (int i = 1; i <= steps; ++i) {
        push(platform::InputEvent::Kind::Move,
             Point{from.x, from.y + dy * static_cast<float>(i) / static_cast<float>(steps)});
        step(1);
    }
    release();
    step(1);
    frame_ms_ = saved;
}

std::vector<store::Event> UiHarness::queued(const std::string& type) {
    std::vector<store::Event> out;
    for (auto& e : store::events_in_state(db(), store::kQueued, 100000))
        if (e.type == type)
            out.push_back(std::move(e));
    return out;
}

void UiHarness::log_in_staff() {
    apply(action::Open{{ScreenId::StaffPin, ""}});
    step(2);
    for (char d : std::string("2468"))
        tap(std::string("pin.") + d);
    tap("pin.ok");
}

std::vector<Action> UiHarness::take_actions() {
    std::vector<Action> out;
    out.swap(actions_);
    return out;
}

} // namespace kiosk::test
