// One iteration: wait_for_work → news (device, worker, uploads, content) → input →
// FrameRunner(draw) → present → the action path applies the actions.
#include "frame_loop.hpp"

#include "core/atomic_file.hpp"
#include "core/utf8.hpp"
#include "platform/free_memory.hpp"
#include "start_trace.hpp"
#include "ui/rotate_draw_data.hpp"
#include "ui/ui_dump.hpp"

#include <imgui.h>

#include <cfloat>
#include <cstdio>

namespace kiosk::app {

namespace {

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

void take_earlier(std::optional<SteadyTime>& deadline, std::optional<SteadyTime> other) {
    if (other && (!deadline || *other < *deadline))
        deadline = other;
}

} // namespace

std::optional<SteadyTime> FrameLoop::next_deadline(SteadyTime now, bool screen_on) const {
    std::optional<SteadyTime> deadline;
    if (screen_on) { // while off the visit is wiped: no timers of the model run
        deadline = p_.model.next_deadline(now);
        if (runner_.recovering(now))
            take_earlier(deadline, runner_.calm_until());
        if (staff_sees_sync())
            take_earlier(deadline, now + std::chrono::seconds(1)); // ages and countdown move on
    }
    take_earlier(deadline, next_upkeep_); // once an hour, so counts reach the disk
    take_earlier(deadline, device().next_deadline());
    return deadline;
}

bool FrameLoop::wait_for_work() {
    const auto before = Clock::now();
    const bool screen_on = device().screen_on();
    p_.window.wait(scheduler_.wait_timeout(before,
                                           (screen_on && animating_) || p_.window.input().pending(),
                                           next_deadline(before, screen_on)));
    if (p_.stop_signals.stop_requested() || p_.window.should_close())
        return false;

    const auto now = Clock::now();
    on_device(device().tick(now, std::chrono::system_clock::now()), now);
    maintain_if_due(now);
    share_health();
    if (!device().screen_on()) {
        wake_on_touch(now);
        if (p_.window.take_damage() && device().blackout())
            black_frame_due_ = true;
        if (!device().screen_on())
            return true;
    }
    if (take_news(now))
        scheduler_.on_activity();
    if (s_->speech) {
        s_->speech->check_visit(p_.model); // the visit ended: silence at once
        if (s_->speech->take_changed()) {
            ui_.set_spoken_line(s_->speech->spoken_line()); // the highlight follows
            scheduler_.on_activity();
        }
    }
    return true;
}

bool FrameLoop::take_news(SteadyTime now) {
    bool activity = p_.window.take_damage() || p_.window.input().pending();
    if (p_.window.take_resized()) {
        rebuild_fonts();
        activity = true;
    }
    activity = p_.model.tick(now) || activity;
    activity = s_->actions.deliver(now) || activity; // a PIN checked, content loaded
    if (sync_changed_.exchange(false)) {
        auto& context = s_->actions.context();
        context.bundle_state.reset(); // the uploader may have installed one
        context.parts.content.installed_count(s_->bundles_installed());
        activity = activity || staff_sees_sync();
    }
    if (s_->actions.update_content(now)) {
        rebuild_fonts(); // the new text may need glyphs the atlas does not have
        activity = true;
    }
    if (staff_sees_sync()) {
        s_->actions.refresh_live_view(); // redrawn once a second while staff watch it
        activity = true;
    }
    if (const auto due = p_.model.next_deadline(now); due && *due <= now)
        activity = true;
    if (runner_.recovering(last_frame_) && !runner_.recovering(now))
        activity = true; // the calm time is over: try the normal UI again
    return activity;
}

void FrameLoop::on_device(const services::DeviceControl::Changes& changes, SteadyTime now) {
    if (changes.screen_off) {
        animating_ = false;
        black_frame_due_ = device().blackout();
    }
    if (changes.screen_off || changes.clock_trusted || changes.status)
        s_->actions.device_changed(changes, now);
    if (!device().screen_on())
        scheduler_.rest(); // the loop sleeps until a touch or the next check
    else if (changes.screen_on || changes.clock_trusted || changes.status)
        scheduler_.on_activity();
}

void FrameLoop::wake_on_touch(SteadyTime now) {
    platform::InputQueue& input = p_.window.input();
    while (input.pending()) {
        if (input.next_frame().down && device().touch(now)) {
            swallow_touch_ = true; // the rest of this touch is dropped as it arrives
            scheduler_.on_activity();
            return;
        }
    }
}

void FrameLoop::rebuild_fonts() {
    const auto& t = p_.window.transform();
    std::string error;
    ui_.set_screen(t.logical_width(), t.logical_height(), p_.glyph_text(), error);
    if (!error.empty())
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
    if (fonts_uploaded_)
        p_.renderer.reload_fonts();
}

void FrameLoop::present(std::uint64_t frame_number) {
    const auto& transform = p_.window.transform();
    ImDrawData* draw_data = ImGui::GetDrawData();
    p_.window.set_mirrored(ui_.drew_mirrored()); // touches from now on land where it is drawn
    ui::rotate_draw_data(draw_data, transform);
    p_.renderer.clear(static_cast<int>(transform.physical_width()),
                      static_cast<int>(transform.physical_height()));
    p_.renderer.draw(draw_data);
    if (p_.command_line.screenshot_path)
        return; // the caller saves the back buffer instead of showing it
    p_.window.swap();
    if (p_.command_line.ui_dump_path) {
        const std::string problem = write_file_atomically(
            *p_.command_line.ui_dump_path,
            ui::ui_dump_json(frame_number, std::string(screen_name(p_.model.place().screen)),
                             p_.model.language(), ui_.taps(), transform, ui_.texts()));
        if (!problem.empty())
            std::fprintf(stderr, "kiosk: ui dump: %s\n", problem.c_str());
    }
}

void FrameLoop::present_black() {
    black_frame_due_ = false;
    const auto& transform = p_.window.transform();
    p_.renderer.clear(static_cast<int>(transform.physical_width()),
                      static_cast<int>(transform.physical_height()), true);
    p_.window.swap();
}

void FrameLoop::apply(std::vector<Action>& actions, const platform::PointerFrame& input,
                      SteadyTime now) {
    keyboard_actions(input, p_.model, actions);
    for (const Action& a : actions)
        s_->actions.apply(a, now);
    if (!actions.empty())
        scheduler_.on_activity();
}

void FrameLoop::maintain_if_due(SteadyTime now) {
    if (now < next_upkeep_)
        return;
    next_upkeep_ = now + std::chrono::hours(1);
    s_->actions.maintain(now);
}

void FrameLoop::share_health() {
    if (!s_->health)
        return;
    const auto& parts = s_->actions.context().parts;
    AppHealth health;
    health.clock_trusted = device().clock_trusted();
    health.screen_on = device().screen_on();
    health.frame_failures = static_cast<std::int64_t>(runner_.failed_frames());
    // Each text shown in another language, and the built-in content standing in for a pack
    // with problems: counts only, no language named.
    health.content_fallbacks = static_cast<std::int64_t>(p_.model.content_fallbacks().size()) +
                               (parts.content_fell_back ? 1 : 0);
    health.bundle_version = parts.bundle_in_use;
    if (shared_health_ != health) {
        shared_health_ = health;
        s_->health(health);
    }
}

bool FrameLoop::staff_sees_sync() const {
    const ScreenId screen = p_.model.place().screen;
    return device().screen_on() && (screen == ScreenId::StaffSync || screen == ScreenId::Staff);
}

std::optional<int> FrameLoop::frame(std::uint64_t& frame_number) {
    ImGuiIO& io = ImGui::GetIO();
    const auto now = Clock::now();
    const auto& transform = p_.window.transform();
    io.DisplaySize = ImVec2(transform.logical_width(), transform.logical_height());
    io.DeltaTime = std::max(1e-4f, std::chrono::duration<float>(now - last_frame_).count());
    last_frame_ = now;
    platform::PointerFrame input = p_.window.input().next_frame();
    if (swallow_touch_) { // the touch that woke the screen presses nothing
        swallow_touch_ = input.down;
        input = platform::PointerFrame{};
    }
    feed_input(io, input);
    if (input.had_input) {
        p_.model.on_input(now);
        device().touch(now);
    }
    if (input.down && !was_down_ && s_->speech)
        s_->speech->touched(); // any touch silences read aloud
    was_down_ = input.down;
    if (ui_.prepare_frame(p_.model) && fonts_uploaded_)
        p_.renderer.reload_fonts();
    p_.renderer.begin_frame();
    fonts_uploaded_ = true;
    ui::FrameOutput out;
    const auto result = runner_.run(
        now, [&] { out = ui_.draw(p_.model, now); }, [&] { ui_.draw_recovering(p_.model, now); });
    if (result == ui::FrameRunner::Result::GiveUp) {
        std::fprintf(stderr, "kiosk: too many failed frames in a row; exiting so the "
                             "service manager restarts the kiosk\n");
        return 3;
    }
    if (result == ui::FrameRunner::Result::Failed) {
        p_.model.reset_visit(now); // whatever the visit held may be what broke the frame
        scheduler_.on_activity();
        return std::nullopt;
    }
    present(++frame_number);
    device().frame_presented();
    if (p_.model.visit_generation() != trimmed_visit_) {
        trimmed_visit_ = p_.model.visit_generation(); // this frame dropped the old visit's state
        platform::give_back_free_memory();
    }
    StartTrace::get().frame_presented();
    if (p_.command_line.screenshot_path && --screenshot_frames_left_ <= 0) {
        const std::string problem = p_.renderer.screenshot(
            *p_.command_line.screenshot_path, static_cast<int>(transform.physical_width()),
            static_cast<int>(transform.physical_height()));
        if (problem.empty())
            return 0;
        std::fprintf(stderr, "kiosk: %s\n", problem.c_str());
        return 1;
    }
    apply(out.actions, input, now);
    if (s_->speech) {
        s_->speech->after_frame(p_.model, ui_);
        ui_.set_spoken_line(s_->speech->spoken_line());
        ui_.set_speech_status(s_->speech->staff_view());
    }
    animating_ = out.wants_animation;
    scheduler_.frame_rendered();
    return std::nullopt;
}

void FrameLoop::take_fonts() {
    const auto& t = p_.window.transform();
    if (p_.fonts && p_.fonts->logical_w == t.logical_width() &&
        p_.fonts->logical_h == t.logical_height()) {
        ui_.adopt(*p_.fonts);
        if (!p_.fonts->error.empty())
            std::fprintf(stderr, "kiosk: %s\n", p_.fonts->error.c_str());
    } else {
        rebuild_fonts(); // the window is not the size the loader expected
    }
    p_.fonts.reset();
    p_.window.take_resized();
    fonts_taken_ = true;
    StartTrace::get().mark("fonts taken over from the loader");
}

void FrameLoop::first_frame() {
    take_fonts();
    ImGuiIO& io = ImGui::GetIO();
    const auto now = Clock::now();
    const auto& transform = p_.window.transform();
    io.DisplaySize = ImVec2(transform.logical_width(), transform.logical_height());
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    p_.renderer.begin_frame();
    fonts_uploaded_ = true;
    StartTrace::get().mark("first frame: shaders compiled, font texture uploaded");
    const auto result = runner_.run(
        now, [&] { ui_.draw(p_.model, now); }, [&] { ui_.draw_recovering(p_.model, now); });
    if (result != ui::FrameRunner::Result::Drawn)
        return; // the loop draws it again
    StartTrace::get().mark("first frame: screen laid out and drawn (ImGui, CPU)");
    present(0);
    StartTrace::get().frame_presented();
    last_frame_ = now;
}

int FrameLoop::run() {
    if (!fonts_taken_)
        take_fonts();
    std::uint64_t frame_number = 0;
    int exit_code = 0;
    while (wait_for_work()) {
        if (!device().screen_on()) {
            if (black_frame_due_)
                present_black();
            continue;
        }
        if (!scheduler_.should_render(animating_))
            continue;
        if (const auto done = frame(frame_number)) {
            exit_code = *done;
            break;
        }
    }
    // The counts of this run reach the disk before the process ends.
    s_->actions.maintain(Clock::now());
    s_->background.wait_idle();
    if (exit_code == 0)
        device().stopping();
    return exit_code;
}

} // namespace kiosk::app
