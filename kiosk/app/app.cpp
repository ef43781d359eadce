// Start-up: settings are checked already; load translations, open storage, create the
// window, GL ES renderer and ImGui, wire the services and the action path, then hand over to
// the frame loop.
#include "app.hpp"

#include "actions/action_handler.hpp"
#include "core/catalog.hpp"
#include "core/keyboard_layout.hpp"
#include "core/kiosk_model.hpp"
#include "frame_loop.hpp"
#include "platform/clock_status.hpp"
#include "platform/network_watch.hpp"
#include "platform/renderer.hpp"
#include "platform/screen_power.hpp"
#include "platform/stop_signals.hpp"
#include "platform/watchdog.hpp"
#include "platform/window.hpp"
#include "services/content_source.hpp"
#include "services/storage.hpp"
#include "speech_link.hpp"
#include "start_loader.hpp"
#include "start_trace.hpp"
#include "uploader_link.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>

#include <malloc.h>

#ifndef KIOSK_BUILD_TIME
#define KIOSK_BUILD_TIME 0
#endif

namespace kiosk::app {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

platform::WindowOptions window_options(const Config& config) {
    platform::WindowOptions options;
    options.fullscreen = config.fullscreen;
    options.width = config.window_width;
    options.height = config.window_height;
    options.rotation = config.rotation;
    return options;
}

// The window with its GL ES context, ImGui and the renderer. ImGui uses the font atlas the
// loader built (it must outlive the renderer and the context: members go in reverse order).
struct Screen {
    std::unique_ptr<ImFontAtlas> atlas;
    std::unique_ptr<platform::Window> window;
    platform::Renderer renderer;
    bool imgui = false;
    ~Screen() {
        renderer.shutdown();
        if (imgui)
            ImGui::DestroyContext();
    }
};

bool start_imgui(Screen& screen) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(screen.atlas.get()); // null: an atlas of ImGui's own
    screen.imgui = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing written behind the visitor's back
    io.LogFilename = nullptr;
    std::string error;
    if (!screen.renderer.init(error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return false;
    }
    return true;
}

// The device parts and their control: the systemd watchdog, the screen's power, the clock.
struct Device {
    Device(const Config& config, const TimeZone& zone)
        : watchdog(platform::systemd_watchdog()),
          screen_power(platform::make_screen_power(config.screen, "/sys/class/backlight")),
          clock_status(platform::system_clock_status(config.device.clock_sync_file)) {
        // A kiosk service (systemd sets INVOCATION_ID) waits for NTP unless the config says
        // otherwise; a run from a terminal trusts its clock.
        control = std::make_unique<services::DeviceControl>(
            services::DeviceParts{
                *watchdog, *screen_power, *clock_status, config.screen,
                config.device.check_clock.value_or(std::getenv("INVOCATION_ID") != nullptr),
                KIOSK_BUILD_TIME, zone},
            Clock::now(), std::chrono::system_clock::now());
        if (!control->clock_trusted())
            std::fprintf(stderr, "kiosk: the clock is not synchronised yet; group sign-up and "
                                 "attendance wait for it\n");
    }
    std::unique_ptr<platform::Watchdog> watchdog;
    std::unique_ptr<platform::ScreenPower> screen_power;
    std::unique_ptr<platform::ClockStatus> clock_status;
    std::unique_ptr<services::DeviceControl> control;
};

// --goto SCREEN (as a tap would) and --goto idle-prompt.
void open_start_screen(const CommandLine& cl, actions::ActionHandler& handler, KioskModel& model) {
    if (cl.goto_screen)
        handler.go_to(*cl.goto_screen, cl.screenshot_path.has_value(), Clock::now());
    // --goto mixing:A+B shows the checker's answer for A and B.
    if (cl.goto_screen && cl.goto_screen->screen == ScreenId::Mixing) {
        const std::string& pair = cl.goto_screen->topic;
        const auto plus = pair.find('+');
        if (plus != std::string::npos)
            handler.apply(action::CheckMix{pair.substr(0, plus), pair.substr(plus + 1)},
                          Clock::now());
    }
    if (cl.show_idle_prompt) {
        handler.apply(action::Open{{ScreenId::Info, ""}}, Clock::now());
        model.force_idle_prompt(Clock::now());
    }
    // The visitor's display choices, as if chosen in the display menu (a reset ends them).
    if (cl.large_text)
        handler.apply(action::ToggleLargeText{}, Clock::now());
    if (cl.high_contrast)
        handler.apply(action::ToggleHighContrast{}, Clock::now());
}

// Read aloud: espeak-ng and the sound device, after the first frame is on screen, as staff
// last set it (model.speech()). None when switched off; where it cannot start, Listen is
// not shown and the reason is on standard error and the staff page.
std::unique_ptr<SpeechLink> start_speech(const Config& config, const KioskModel& model,
                                         const CommandLine& cl, FrameLoop& loop) {
    if (!config.speech.enabled)
        return nullptr;
    auto speech =
        std::make_unique<SpeechLink>(model.speech(), cl.speech_to, platform::Window::wake);
    if (const std::string problem = speech->start(); !problem.empty()) {
        std::fprintf(stderr, "kiosk: read aloud: %s (Listen is not shown)\n", problem.c_str());
        loop.set_can_speak(false);
    }
    StartTrace::get().mark("speech synthesis and sound device");
    return speech;
}

} // namespace

int run_kiosk(const Settings& settings) {
    platform::StopSignals stop_signals(platform::Window::wake);
    const Config& config = settings.config;
    const CommandLine& cl = settings.command_line;
    std::fprintf(stderr, "kiosk %s: config from %s\n", KIOSK_VERSION,
                 settings.config_source.c_str());

    StartTrace& trace = StartTrace::get();
    const platform::WindowOptions options = window_options(config);
    const std::string cache = kiosk_cache_dir();
    StartLoader loader(config, platform::Window::planned_size(options), cache);
    Screen screen;
    std::string error;
    screen.window = platform::Window::create(options, error);
    trace.mark("window and GL ES context");
    FirstFrameData first = loader.first_frame();
    trace.alongside(first.steps);
    trace.mark("waited for the loader thread");
    if (!screen.window) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 1;
    }
    if (first.fonts)
        screen.atlas = std::move(first.fonts->atlas);
    if (!start_imgui(screen))
        return 1;
    trace.mark("ImGui and the renderer");
    const Catalog& catalog = first.catalog;
    KioskModel model(config, catalog, Clock::now());
    model.set_content(first.content.pack);
    model.set_alerts(first.content.alerts);
    FrameLoop loop(LoopParts{
        cl, model, *screen.window, screen.renderer, stop_signals, std::move(first.fonts), cache,
        [&] { return glyph_text(config, catalog, model.content()); }, config.speech.enabled});
    const bool home_first = !cl.goto_screen && !cl.show_idle_prompt;
    if (home_first)
        loop.first_frame(); // the home screen, while the loader reads the rest

    ServicesData rest = loader.services();
    trace.alongside(rest.steps);
    std::vector<std::string> problems = std::move(first.problems);
    problems.insert(problems.end(), rest.problems.begin(), rest.problems.end());
    services::Storage& storage = *rest.storage;
    services::GroupsService& groups = *rest.groups;

    Device dev(config, groups.zone());
    services::DeviceControl& device = *dev.control;
    model.set_device(device.status());

    UploaderLink uploads(config, storage, groups.zone(), [&loop] {
        loop.sync_status_changed();
        platform::Window::wake();
    });
    services::Background background(platform::Window::wake);
    services::ContentUpdates content_updates(config);
    actions::ActionHandler handler(actions::ActionParts{
        config, model, storage, groups, device, content_updates, background, uploads.control(),
        unix_now, KIOSK_VERSION, problems, first.content.bundle_version, first.content.fell_back});
    // The groups' sessions are read when a groups screen opens (not for the home screen).
    trace.mark("database, schedule, device and services");
    open_start_screen(cl, handler, model);
    std::unique_ptr<SpeechLink> speech = start_speech(config, model, cl, loop);
    loop.attach(LoopServices{handler, device, background,
                             [&] { return uploads.bundles_installed(); }, speech.get(),
                             [&](const AppHealth& health) { uploads.set_app_health(health); }});
    uploads.start();
    // What the start's loader and the font atlas left behind (their working memory, the
    // atlas's CPU copies) goes back to the system.
    malloc_trim(0);
    const int exit_code = loop.run();
    uploads.stop(); // before the loop it wakes is gone
    return exit_code;
}

} // namespace kiosk::app
