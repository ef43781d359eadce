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
#include "uploader_link.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>

#ifndef KIOSK_BUILD_TIME
#define KIOSK_BUILD_TIME 0
#endif

namespace kiosk::app {

namespace {

using Clock = std::chrono::steady_clock;

Catalog load_catalog(const Config& config, std::vector<std::string>& problem_lines) {
    std::vector<Problem> problems;
    Catalog catalog = Catalog::load(config.assets_dir + "/i18n", config.languages, problems);
    for (const auto& p : problems) {
        problem_lines.push_back(to_string(p));
        std::fprintf(stderr, "kiosk: %s\n", problem_lines.back().c_str());
    }
    return catalog;
}

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The window with its GL ES context, ImGui and the renderer; null (and a message) if any
// cannot start.
struct Screen {
    std::unique_ptr<platform::Window> window;
    platform::Renderer renderer;
    bool imgui = false;
    ~Screen() {
        renderer.shutdown();
        if (imgui)
            ImGui::DestroyContext();
    }
};

bool open_screen(const Config& config, Screen& screen) {
    std::string error;
    platform::WindowOptions options;
    options.fullscreen = config.fullscreen;
    options.width = config.window_width;
    options.height = config.window_height;
    options.rotation = config.rotation;
    screen.window = platform::Window::create(options, error);
    if (!screen.window) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return false;
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    screen.imgui = true;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing written behind the visitor's back
    io.LogFilename = nullptr;
    if (!screen.renderer.init(error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return false;
    }
    return true;
}

} // namespace

int run_kiosk(const Settings& settings) {
    platform::StopSignals stop_signals(platform::Window::wake);
    const Config& config = settings.config;
    const CommandLine& cl = settings.command_line;
    std::fprintf(stderr, "kiosk %s: config from %s\n", KIOSK_VERSION,
                 settings.config_source.c_str());

    std::vector<std::string> problems;
    const Catalog catalog = load_catalog(config, problems);
    services::Storage storage(config.data_dir);
    KioskModel model(config, catalog, Clock::now());
    const services::ContentSource content = services::load_content_source(config, problems);
    model.set_content(content.pack);

    Screen screen;
    if (!open_screen(config, screen))
        return 1;

    services::GroupsService groups(content.schedule_file, storage.ok() ? &storage.db() : nullptr,
                                   problems);
    groups.set_export_info(config.data_dir, config.kiosk_id);

    // A kiosk service (systemd sets INVOCATION_ID) waits for NTP unless the config says
    // otherwise; a run from a terminal trusts its clock.
    const auto watchdog = platform::systemd_watchdog();
    const auto screen_power = platform::make_screen_power(config.screen, "/sys/class/backlight");
    const auto clock_status = platform::system_clock_status(config.device.clock_sync_file);
    services::DeviceControl device(
        services::DeviceParts{
            *watchdog, *screen_power, *clock_status, config.screen,
            config.device.check_clock.value_or(std::getenv("INVOCATION_ID") != nullptr),
            KIOSK_BUILD_TIME, groups.zone()},
        Clock::now(), std::chrono::system_clock::now());
    if (!device.clock_trusted())
        std::fprintf(stderr, "kiosk: the clock is not synchronised yet; group sign-up and "
                             "attendance wait for it\n");
    model.set_device(device.status());

    FrameLoop* loop_ptr = nullptr;
    UploaderLink uploads(config, storage, [&loop_ptr] {
        if (loop_ptr)
            loop_ptr->sync_status_changed();
        platform::Window::wake();
    });
    services::Background background(platform::Window::wake);
    services::ContentUpdates content_updates(config);
    actions::ActionHandler handler(
        actions::ActionParts{config, model, storage, groups, device, content_updates, background,
                             uploads.control(), unix_now, KIOSK_VERSION, problems});
    handler.context().refresh_groups();
    if (cl.goto_screen)
        handler.go_to(*cl.goto_screen, cl.screenshot_path.has_value(), Clock::now());
    if (cl.show_idle_prompt) {
        handler.apply(action::Open{{ScreenId::Info, ""}}, Clock::now());
        model.force_idle_prompt(Clock::now());
    }

    FrameLoop loop(LoopParts{cl, model, handler, device, background, *screen.window,
                             screen.renderer, stop_signals,
                             [&] {
                                 return catalog.all_text() + all_keyboard_text() +
                                        (model.content() ? model.content()->all_text() : "");
                             },
                             [&] { return uploads.bundles_installed(); }});
    loop_ptr = &loop;
    uploads.start();
    const int exit_code = loop.run();
    uploads.stop(); // before the loop it wakes is gone
    return exit_code;
}

} // namespace kiosk::app
