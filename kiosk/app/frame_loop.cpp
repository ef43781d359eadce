// One iteration: wait_for_work → input → FrameRunner(draw) → present → apply actions.
#include "frame_loop.hpp"

#include "core/keyboard_layout.hpp"
#include "core/utf8.hpp"
#include "sync/bundle_store.hpp"
#include "ui/rotate_draw_data.hpp"
#include "ui/ui_dump.hpp"

#include <imgui.h>

#include <cfloat>
#include <cstdio>

#ifndef KIOSK_VERSION
#define KIOSK_VERSION "0.0.0"
#endif

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

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void take_earlier(std::optional<SteadyTime>& deadline, std::optional<SteadyTime> other) {
    if (other && (!deadline || *other < *deadline))
        deadline = other;
}

} // namespace

bool FrameLoop::wait_for_work() {
    const auto before = Clock::now();
    const bool screen_on = p_.device.screen_on();
    std::optional<SteadyTime> deadline;
    if (screen_on) { // while off the visit is wiped: no timers of the model run
        deadline = p_.model.next_deadline(before);
        if (runner_.recovering(before))
            take_earlier(deadline, runner_.calm_until());
    }
    take_earlier(deadline, next_reach_flush_); // once an hour, so counts reach the disk
    take_earlier(deadline, p_.device.next_deadline());
    if (screen_on && p_.model.place().screen == ScreenId::StaffSync)
        take_earlier(deadline, before + std::chrono::seconds(1)); // ages and countdown move on
    p_.window.wait(scheduler_.wait_timeout(
        before, (screen_on && animating_) || p_.window.input().pending(), deadline));
    if (p_.stop_signals.stop_requested() || p_.window.should_close())
        return false;

    const auto now = Clock::now();
    on_device(p_.device.tick(now, std::chrono::system_clock::now()), now);
    flush_reach_if_due(now, false);
    if (!p_.device.screen_on()) {
        wake_on_touch(now);
        if (p_.window.take_damage() && p_.device.blackout())
            black_frame_due_ = true;
        if (!p_.device.screen_on())
            return true;
    }
    bool activity = p_.window.take_damage() || p_.window.input().pending();
    if (p_.window.take_resized()) {
        rebuild_fonts_if_resized();
        activity = true;
    }
    activity = p_.model.tick(now) || activity;
    if (sync_changed_.exchange(false)) {
        bundle_read_ = false; // the uploader may have installed one
        if (p_.uploader)
            content_updates_.installed_count(p_.uploader->bundles_installed());
        activity = activity || staff_sees_sync();
    }
    if (content_updates_.pending() && apply_content_updates())
        activity = true;
    if (p_.model.place().screen == ScreenId::StaffSync)
        activity = true; // redrawn once a second (see above) while staff watch it
    if (const auto due = p_.model.next_deadline(now); due && *due <= now)
        activity = true;
    if (runner_.recovering(last_frame_) && !runner_.recovering(now))
        activity = true; // the calm time is over: try the normal UI again
    if (activity)
        scheduler_.on_activity();
    return true;
}

void FrameLoop::on_device(const DeviceControl::Changes& changes, SteadyTime now) {
    if (changes.screen_off) {
        p_.model.reset_visit(now); // privacy: nobody's visit waits behind a dark screen
        animating_ = false;
        black_frame_due_ = p_.device.blackout();
    }
    if (changes.clock_trusted) {
        p_.groups.set_clock_trusted(true);
        p_.model.counters().date_unknown_day(local_day(p_.groups.zone(), std::chrono::system_clock::now()));
        p_.groups.refresh(p_.model, unix_now());
        flush_reach_if_due(now, true);
    }
    if (changes.status)
        p_.model.set_device(p_.device.status());
    if (!p_.device.screen_on())
        scheduler_.rest(); // the loop sleeps until a touch or the next check
    else if (changes.screen_on || changes.clock_trusted || changes.status)
        scheduler_.on_activity();
}

void FrameLoop::wake_on_touch(SteadyTime now) {
    platform::InputQueue& input = p_.window.input();
    while (input.pending()) {
        if (input.next_frame().down && p_.device.touch(now)) {
            swallow_touch_ = true; // the rest of this touch is dropped as it arrives
            scheduler_.on_activity();
            return;
        }
    }
}

void FrameLoop::rebuild_fonts_if_resized() {
    const auto& t = p_.window.transform();
    std::string error;
    ui_.set_screen(t.logical_width(), t.logical_height(), p_.glyph_text, error);
    if (!error.empty())
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
    if (fonts_uploaded_)
        p_.renderer.reload_fonts();
}

void FrameLoop::present(std::uint64_t frame_number) {
    const auto& transform = p_.window.transform();
    ImDrawData* draw_data = ImGui::GetDrawData();
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
    const bool staff_before = p_.model.place().screen == ScreenId::Staff;
    bool acknowledged = false;
    for (const Action& a : actions) {
        if (const auto* ack = std::get_if<action::AcknowledgeNotice>(&a)) {
            p_.storage.acknowledge(ack->id);
            acknowledged = true;
        }
        if (std::holds_alternative<action::ConfirmClock>(a))
            on_device(p_.device.confirm_clock(std::chrono::system_clock::now()), now);
        p_.groups.handle(a, p_.model, unix_now());
        if (std::holds_alternative<action::SendNow>(a) && p_.uploader)
            p_.uploader->send_now();
        if (std::holds_alternative<action::RollBackBundle>(a)) {
            rollback_message_ = content_updates_.roll_back();
            bundle_read_ = false;
        }
        p_.model.apply(a, now);
    }
    // Any action may have recorded events (sign-ups, marks, ...): the uploader gathers them
    // for a moment and sends them together.
    if (p_.uploader && !actions.empty())
        p_.uploader->events_recorded();
    // The database is read only when staff can see the result.
    const bool staff_now = p_.model.place().screen == ScreenId::Staff;
    if (acknowledged || (staff_now && !staff_before))
        refresh_staff_view();
    if (!actions.empty())
        scheduler_.on_activity();
}

void FrameLoop::flush_reach_if_due(SteadyTime now, bool force) {
    if (!force && now < next_reach_flush_)
        return;
    next_reach_flush_ = now + std::chrono::hours(1);
    if (!p_.device.clock_trusted())
        return; // no day to file counts under, and retention must not run on a wrong date
    p_.storage.flush_reach(p_.model.counters(), local_day(p_.groups.zone(), std::chrono::system_clock::now()),
                           p_.config.kiosk_id);
    const bool uploading = p_.uploader != nullptr;
    // Without uploads nothing is ever delivered, so retention must not wait for delivery
    // (docs/privacy.md); with them, local data goes only once the server has it.
    p_.groups.apply_retention(unix_now(), p_.config.retention_days,
                              p_.config.retention_interest_days, uploading);
    if (uploading) {
        p_.storage.prune_delivered(std::chrono::system_clock::now() -
                                   std::chrono::hours(24) * p_.config.retention_days);
        p_.uploader->events_recorded(); // a finished day became a stats.daily event
    }
}

bool FrameLoop::staff_sees_sync() const {
    const ScreenId screen = p_.model.place().screen;
    return screen == ScreenId::StaffSync || screen == ScreenId::Staff;
}

bool FrameLoop::apply_content_updates() {
    if (!content_updates_.apply_if_quiet(p_.model, p_.groups, p_.content_problems, unix_now()))
        return false;
    p_.glyph_text = p_.model.catalog().all_text() + all_keyboard_text() +
                    (p_.model.content() ? p_.model.content()->all_text() : "");
    rebuild_fonts_if_resized(); // the new text may need glyphs the atlas does not have
    refresh_staff_view();
    return true;
}

void FrameLoop::show_sync_status() {
    if (!staff_sees_sync())
        return;
    SyncStatusView status = p_.uploader ? p_.uploader->status() : SyncStatusView{};
    // What is in use now (a rollback changes it without the uploader knowing).
    if (!bundle_read_) {
        bundle_read_ = true;
        try {
            const sync::BundleState state = sync::read_bundle_state(p_.config.data_dir).state;
            bundle_in_use_ = state.current;
            bundle_previous_ = state.previous;
            bundle_switchable_ = state.current || state.previous;
        } catch (const std::exception&) {
            bundle_in_use_ = bundle_previous_ = std::nullopt; // no bundle can be used either
            bundle_switchable_ = false;
        }
    }
    status.bundle_version = bundle_in_use_;
    status.bundle_previous = bundle_previous_;
    status.bundle_can_roll_back = bundle_switchable_;
    status.bundle_message = rollback_message_;
    status.now_unix = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
    p_.model.set_sync_status(std::move(status));
}

void FrameLoop::refresh_staff_view() {
    p_.storage.refresh(p_.model, KIOSK_VERSION, p_.content_problems);
}

int FrameLoop::run() {
    ImGuiIO& io = ImGui::GetIO();
    rebuild_fonts_if_resized();
    p_.window.take_resized();
    refresh_staff_view();
    std::uint64_t frame_number = 0;
    int screenshot_frames_left = FrameScheduler::kSettleFrames;

    while (wait_for_work()) {
        if (!p_.device.screen_on()) {
            if (black_frame_due_)
                present_black();
            continue;
        }
        if (!scheduler_.should_render(animating_))
            continue;
        const auto now = Clock::now();
        const auto& transform = p_.window.transform();
        io.DisplaySize = ImVec2(transform.logical_width(), transform.logical_height());
        io.DeltaTime = std::max(1e-4f, std::chrono::duration<float>(now - last_frame_).count());
        last_frame_ = now;
        p_.model.set_day(p_.device.clock_trusted() ? local_day(p_.groups.zone(), std::chrono::system_clock::now())
                                                   : ReachCounters::kUnknownDay);
        platform::PointerFrame input = p_.window.input().next_frame();
        if (swallow_touch_) { // the touch that woke the screen presses nothing
            swallow_touch_ = input.down;
            input = platform::PointerFrame{};
        }
        feed_input(io, input);
        if (input.had_input) {
            p_.model.on_input(now);
            p_.device.touch(now);
        }

        show_sync_status();
        if (ui_.prepare_frame(p_.model) && fonts_uploaded_)
            p_.renderer.reload_fonts();
        p_.renderer.begin_frame();
        fonts_uploaded_ = true;
        ui::FrameOutput out;
        const auto result = runner_.run(
            now, [&] { out = ui_.draw(p_.model, now); },
            [&] { ui_.draw_recovering(p_.model, now); });
        if (result == ui::FrameRunner::Result::GiveUp) {
            flush_reach_if_due(now, true);
            std::fprintf(stderr, "kiosk: too many failed frames in a row; exiting so the "
                                 "service manager restarts the kiosk\n");
            return 3;
        }
        if (result == ui::FrameRunner::Result::Failed) {
            p_.model.reset_visit(now); // whatever the visit held may be what broke the frame
            scheduler_.on_activity();
            continue;
        }
        present(++frame_number);
        p_.device.frame_presented();
        if (p_.command_line.screenshot_path && --screenshot_frames_left <= 0) {
            const std::string problem = p_.renderer.screenshot(
                *p_.command_line.screenshot_path, static_cast<int>(transform.physical_width()),
                static_cast<int>(transform.physical_height()));
            if (problem.empty())
                return 0;
            std::fprintf(stderr, "kiosk: %s\n", problem.c_str());
            return 1;
        }
        apply(out.actions, input, now);
        animating_ = out.wants_animation;
        scheduler_.frame_rendered();
    }
    flush_reach_if_due(Clock::now(), true);
    p_.device.stopping();
    return 0;
}

} // namespace kiosk::app
