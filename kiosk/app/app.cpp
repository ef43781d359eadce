// Start-up: settings are checked already; load translations, open storage, create the
// window, GL ES renderer and ImGui, then hand over to the frame loop.
#include "app.hpp"

#include "core/catalog.hpp"
#include "core/content/pack_loader.hpp"
#include "core/keyboard_layout.hpp"
#include "core/kiosk_model.hpp"
#include "frame_loop.hpp"
#include "platform/renderer.hpp"
#include "platform/stop_signals.hpp"
#include "platform/window.hpp"
#include "storage.hpp"

#include <imgui.h>

#include <cstdio>

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

// The configured pack, or — if it has problems — the built-in one, so visitors always
// see good content; every problem goes to staff.
content::PackPtr load_content(const Config& config, std::vector<std::string>& problem_lines) {
    auto report = [&](const std::vector<Problem>& problems) {
        for (const auto& p : problems) {
            problem_lines.push_back(to_string(p));
            std::fprintf(stderr, "kiosk: %s\n", problem_lines.back().c_str());
        }
    };
    auto result = content::load_pack(config.content_dir, config.languages);
    report(result.problems);
    if (result.pack)
        return result.pack;
    const std::string builtin = config.assets_dir + "/content";
    if (builtin != config.content_dir) {
        std::fprintf(stderr, "kiosk: content pack %s cannot be used; showing the built-in pack\n",
                     config.content_dir.c_str());
        auto fallback = content::load_pack(builtin, config.languages);
        report(fallback.problems);
        return fallback.pack;
    }
    return nullptr;
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
    model.set_content(load_content(config, content_problems));

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

    GroupsService groups(config.assets_dir + "/groups/schedule.toml",
                         storage.ok() ? &storage.db() : nullptr, content_problems);
    groups.set_export_info(config.data_dir, config.kiosk_id);
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

    FrameLoop loop(LoopParts{cl, config, model, storage, groups, *window, renderer, stop_signals,
                             catalog.all_text() + all_keyboard_text() +
                                 (model.content() ? model.content()->all_text() : ""),
                             content_problems});
    const int exit_code = loop.run();

    renderer.shutdown();
    ImGui::DestroyContext();
    return exit_code;
}

} // namespace kiosk::app
