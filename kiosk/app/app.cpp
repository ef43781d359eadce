// The frame loop: wait for something to happen, feed input to ImGui, draw the UI through
// the FrameRunner, rotate and render, then apply the actions the screens returned.
#include "app.hpp"

#include "core/catalog.hpp"
#include "core/frame_scheduler.hpp"
#include "core/keyboard_layout.hpp"
#include "core/kiosk_model.hpp"
#include "core/utf8.hpp"
#include "platform/renderer.hpp"
#include "platform/stop_signals.hpp"
#include "platform/window.hpp"
#include "storage.hpp"
#include "ui/frame_runner.hpp"
#include "ui/kiosk_ui.hpp"
#include "ui/rotate_draw_data.hpp"
#include "ui/ui_dump.hpp"

#include <imgui.h>

#include <cfloat>
#include <cstdio>

namespace kiosk::app {

namespace {

using Clock = std::chrono::steady_clock;

Catalog load_catalog(const Config& config) {
    std::vector<Problem> problems;
    Catalog catalog = Catalog::load(config.assets_dir + "/i18n", config.languages, problems);
    for (const auto& p : problems)
        std::fprintf(stderr, "kiosk: %s\n", to_string(p).c_str());
    return catalog;
}

void feed_input(ImGuiIO& io, const platform::PointerFrame& input) {
    io.MousePos = input.present ? ImVec2(input.pos.x, input.pos.y) : ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = input.down;
}

// Keys from a physical keyboard (development, or a USB keyboard): type into the search.
void keyboard_actions(const platform::PointerFrame& input, const KioskModel& model,
                      std::vector<Action>& actions) {
    if (model.place().screen != ScreenId::Search)
        return;
    for (char32_t c : input.characters) {
        std::string text;
        utf8::append(text, c);
        actions.push_back(action::TypeText{text});
    }
    if (input.backspace)
        actions.push_back(action::Backspace{});
}

} // namespace

int run_kiosk(const Settings& settings) {
    platform::StopSignals stop_signals(platform::Window::wake);
    const Config& config = settings.config;
    const CommandLine& cl = settings.command_line;
    std::fprintf(stderr, "kiosk %s: config from %s\n", KIOSK_VERSION,
                 settings.config_source.c_str());

    const Catalog catalog = load_catalog(config);
    Storage storage(config.data_dir);
    KioskModel model(config, catalog, Clock::now());
    storage.refresh(model, KIOSK_VERSION);

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

    ui::KioskUi ui;
    const std::string glyph_text = catalog.all_text() + all_keyboard_text();
    ui::FrameRunner runner;
    FrameScheduler scheduler;

    if (cl.goto_screen)
        model.apply(action::Open{{*parse_screen_name(*cl.goto_screen), ""}}, Clock::now());
    if (cl.show_idle_prompt) {
        model.apply(action::Open{{ScreenId::Info, ""}}, Clock::now());
        model.force_idle_prompt(Clock::now());
    }

    bool animating = false;
    bool fonts_uploaded = false;
    std::uint64_t frame_number = 0;
    int screenshot_countdown = FrameScheduler::kSettleFrames;
    auto last_frame = Clock::now();
    int exit_code = 0;

    while (!window->should_close() && !stop_signals.stop_requested()) {
        const auto before_wait = Clock::now();
        std::optional<SteadyTime> deadline = model.next_deadline(before_wait);
        if (runner.recovering(before_wait) && (!deadline || runner.calm_until() < *deadline))
            deadline = runner.calm_until();
        window->wait(
            scheduler.wait_timeout(before_wait, animating || window->input().pending(), deadline));
        const auto now = Clock::now();
        if (stop_signals.stop_requested())
            break;

        bool activity = window->take_damage() || window->input().pending();
        if (window->take_resized()) {
            const auto& t = window->transform();
            ui.set_screen(t.logical_width(), t.logical_height(), glyph_text, error);
            if (!error.empty())
                std::fprintf(stderr, "kiosk: %s\n", error.c_str());
            if (fonts_uploaded)
                renderer.reload_fonts();
            activity = true;
        }
        if (model.tick(now))
            activity = true;
        if (const auto deadline = model.next_deadline(now); deadline && *deadline <= now)
            activity = true;
        if (runner.recovering(last_frame) && !runner.recovering(now))
            activity = true;
        if (activity)
            scheduler.on_activity();
        if (!scheduler.should_render(animating))
            continue;

        const auto& transform = window->transform();
        io.DisplaySize = ImVec2(transform.logical_width(), transform.logical_height());
        io.DeltaTime = std::max(1e-4f, std::chrono::duration<float>(now - last_frame).count());
        last_frame = now;
        const platform::PointerFrame input = window->input().next_frame();
        feed_input(io, input);
        if (input.had_input)
            model.on_input(now);

        renderer.begin_frame();
        fonts_uploaded = true;
        ui::FrameOutput out;
        const auto result = runner.run(
            now, [&] { out = ui.draw(model, now); }, [&] { ui.draw_recovering(model, now); });
        if (result == ui::FrameRunner::Result::GiveUp) {
            std::fprintf(stderr, "kiosk: too many failed frames in a row; exiting so the "
                                 "service manager restarts the kiosk\n");
            exit_code = 3;
            break;
        }
        if (result == ui::FrameRunner::Result::Failed) {
            model.reset_visit(now); // whatever the visit held may be what broke the frame
            scheduler.on_activity();
            continue;
        }

        ImDrawData* draw_data = ImGui::GetDrawData();
        ui::rotate_draw_data(draw_data, transform);
        const int fb_w = static_cast<int>(transform.physical_width());
        const int fb_h = static_cast<int>(transform.physical_height());
        renderer.clear(fb_w, fb_h);
        renderer.draw(draw_data);
        ++frame_number;

        if (cl.screenshot_path && --screenshot_countdown <= 0) {
            const std::string problem = renderer.screenshot(*cl.screenshot_path, fb_w, fb_h);
            if (!problem.empty()) {
                std::fprintf(stderr, "kiosk: %s\n", problem.c_str());
                exit_code = 1;
            }
            break;
        }
        window->swap();
        if (cl.ui_dump_path) {
            const std::string problem = ui::write_file_atomically(
                *cl.ui_dump_path,
                ui::ui_dump_json(frame_number, std::string(screen_name(model.place().screen)),
                                 model.language(), ui.taps(), transform));
            if (!problem.empty())
                std::fprintf(stderr, "kiosk: ui dump: %s\n", problem.c_str());
        }

        // Apply what the screens asked for, after the frame is drawn.
        keyboard_actions(input, model, out.actions);
        for (const Action& a : out.actions) {
            if (const auto* ack = std::get_if<action::AcknowledgeNotice>(&a))
                storage.acknowledge(ack->id);
            model.apply(a, now);
        }
        if (!out.actions.empty()) {
            storage.refresh(model, KIOSK_VERSION);
            scheduler.on_activity();
        }
        animating = out.wants_animation;
        scheduler.frame_rendered();
    }

    renderer.shutdown();
    ImGui::DestroyContext();
    return exit_code;
}

} // namespace kiosk::app
