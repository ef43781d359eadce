// Start-up: settings are checked already; load translations, open storage, create the
// window, GL ES renderer and ImGui, then hand over to the frame loop.
#include "app.hpp"

#include "content_source.hpp"
#include "core/catalog.hpp"
#include "core/keyboard_layout.hpp"
#include "core/kiosk_model.hpp"
#include "device_control.hpp"
#include "frame_loop.hpp"
#include "platform/clock_status.hpp"
#include "platform/network_watch.hpp"
#include "platform/renderer.hpp"
#include "platform/screen_power.hpp"
#include "platform/stop_signals.hpp"
#include "platform/watchdog.hpp"
#include "platform/window.hpp"
#include "storage.hpp"

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

// The uploader thread, when [upload] is configured and the database works; it wakes the
// frame loop when its status changes.
std::unique_ptr<sync::UploadService> make_uploader(const Config& config, const Storage& storage,
                                                   std::function<void()> on_change) {
    if (!config.upload.enabled())
        return nullptr;
    if (!storage.ok()) {
        std::fprintf(stderr, "kiosk: uploads are off: the database does not work\n");
        return nullptr;
    }
    const UploadConfig& u = config.upload;
    sync::ServiceOptions options;
    options.db_path = storage.path();
    options.upload = {u.base_url, u.token, config.kiosk_id, u.batch_size, u.gzip};
    options.transport.ca_file = u.ca_file;
    options.transport.pinned_public_key = u.pinned_public_key;
    options.transport.proxy = u.proxy;
    options.transport.connect_timeout_s = u.connect_timeout_s;
    options.transport.total_timeout_s = u.request_timeout_s;
    options.outbox_cap_bytes = static_cast<std::int64_t>(u.outbox_cap_mb) * 1024 * 1024;
    if (!u.bundle_public_key.empty())
        options.bundles =
            sync::BundleOptions{u.base_url,          u.token,         config.kiosk_id,
                                u.bundle_public_key, config.data_dir, config.languages};
    options.bundle_every = std::chrono::minutes(u.bundle_check_minutes);
    return std::make_unique<sync::UploadService>(std::move(options), std::move(on_change));
}

} // namespace

int run_kiosk(const Settings& settings) {
    platform::StopSignals stop_signals(platform::Window::wake);
    const Config& config = settings.config;
    const CommandLine& cl = settings.command_line;
    std::fprintf(stderr, "kiosk %s: config from %s\n", KIOSK_VERSION,
                 settings.config_source.c_str());

    std::vector<std::string> content_problems;
    const Catalog catalog = load_catalog(config, content_problems);
    Storage storage(config.data_dir);
    KioskModel model(config, catalog, Clock::now());
    const ContentSource content = load_content_source(config, content_problems);
    model.set_content(content.pack);

    std::string error;
    platform::WindowOptions options;
    options.fullscreen = config.fullscreen;
    options.width = config.window_width;
    options.height = config.window_height;
    options.rotation = config.rotation;
    auto window = platform::Window::create(options, error);
    if (!window) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 1;
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing written behind the visitor's back
    io.LogFilename = nullptr;
    platform::Renderer renderer;
    if (!renderer.init(error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        ImGui::DestroyContext();
        return 1;
    }

    GroupsService groups(content.schedule_file, storage.ok() ? &storage.db() : nullptr,
                         content_problems);
    groups.set_export_info(config.data_dir, config.kiosk_id);

    // The schedule names the time zone. A kiosk service (systemd sets INVOCATION_ID)
    // waits for NTP unless the config says otherwise; a run from a terminal trusts its clock.
    const auto watchdog = platform::systemd_watchdog();
    const auto screen_power = platform::make_screen_power(config.screen, "/sys/class/backlight");
    const auto clock_status = platform::system_clock_status(config.device.clock_sync_file);
    DeviceControl device(
        DeviceParts{*watchdog, *screen_power, *clock_status, config.screen,
                    config.device.check_clock.value_or(std::getenv("INVOCATION_ID") != nullptr),
                    KIOSK_BUILD_TIME, groups.zone()},
        Clock::now(), std::chrono::system_clock::now());
    if (!device.clock_trusted())
        std::fprintf(stderr, "kiosk: the clock is not synchronised yet; group sign-up and "
                             "attendance wait for it\n");
    model.set_device(device.status());
    groups.set_clock_trusted(device.clock_trusted());
    const std::int64_t now_utc = std::chrono::duration_cast<std::chrono::seconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count();
    groups.refresh(model, now_utc);
    if (cl.goto_screen) {
        // As a tap would: the groups fill what the screen shows, then the model opens it.
        groups.handle(action::Open{*cl.goto_screen}, model, now_utc);
        model.apply(action::Open{*cl.goto_screen}, Clock::now());
    }
    if (cl.show_idle_prompt) {
        model.apply(action::Open{{ScreenId::Info, ""}}, Clock::now());
        model.force_idle_prompt(Clock::now());
    }

    FrameLoop* loop_ptr = nullptr;
    auto uploader = make_uploader(config, storage, [&loop_ptr] {
        if (loop_ptr)
            loop_ptr->sync_status_changed();
        platform::Window::wake();
    });
    FrameLoop loop(LoopParts{cl, config, model, storage, groups, *window, renderer, stop_signals,
                             device,
                             catalog.all_text() + all_keyboard_text() +
                                 (model.content() ? model.content()->all_text() : ""),
                             content_problems, uploader.get()});
    loop_ptr = &loop;
    // Declared after the loop, so it runs first however run() ends: the uploader thread
    // stops before the loop it wakes is destroyed.
    struct StopUploader {
        sync::UploadService* uploader;
        ~StopUploader() {
            if (uploader)
                uploader->stop();
        }
    } stop_uploader{uploader.get()};
    std::unique_ptr<platform::NetworkWatch> network;
    if (uploader) {
        uploader->start();
        network = std::make_unique<platform::NetworkWatch>([&] { uploader->network_changed(); });
        if (!network->problem().empty())
            std::fprintf(stderr, "kiosk: %s\n", network->problem().c_str());
    }
    const int exit_code = loop.run();
    network.reset();

    renderer.shutdown();
    ImGui::DestroyContext();
    return exit_code;
}

} // namespace kiosk::app
