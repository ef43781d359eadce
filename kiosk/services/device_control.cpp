// Watchdog pings, readiness, clock trust and the screen schedule, driven by the loop.
#include "device_control.hpp"

#include "core/opening_hours.hpp"

#include <cstdio>

namespace kiosk::services {

namespace {

std::int64_t unix_seconds(WallTime wall) {
    return std::chrono::duration_cast<std::chrono::seconds>(wall.time_since_epoch()).count();
}

std::string local_minute_text(const TimeZone& zone, WallTime wall) {
    const auto local = zone.local(unix_seconds(wall));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s %02d:%02d", local.date.format().c_str(), local.minutes / 60,
                  local.minutes % 60);
    return buf;
}

// Steady time until the wall clock's next whole minute.
SteadyTime next_minute(SteadyTime now, WallTime wall) {
    const auto into_minute = unix_seconds(wall) % 60;
    return now + std::chrono::seconds(60 - (into_minute < 0 ? into_minute + 60 : into_minute));
}

} // namespace

DeviceControl::DeviceControl(DeviceParts parts, SteadyTime now, WallTime wall)
    : watchdog_(parts.watchdog), screen_(parts.screen), clock_(parts.clock),
      schedule_(parts.schedule), zone_(parts.zone), pacer_(parts.watchdog.interval()),
      trust_(parts.check_clock, parts.build_time_unix), last_touch_(now),
      next_clock_check_(now + kClockCheck), next_schedule_check_(now) {
    trust_.update(clock_.synchronised(), unix_seconds(wall));
    if (schedule_.open) {
        status_.screen_switch = screen_.can_switch() ? screen_.describe() : "none (black picture)";
        switch_screen(true); // a previous run may have left it off
    }
    refresh_status(wall);
}

DeviceControl::Changes DeviceControl::tick(SteadyTime now, WallTime wall) {
    Changes changes;
    if (pacer_.take_due(now))
        watchdog_.notify("WATCHDOG=1");
    if (!trust_.trusted() && now >= next_clock_check_) {
        next_clock_check_ = now + kClockCheck;
        changes.clock_trusted = trust_.update(clock_.synchronised(), unix_seconds(wall));
        if (changes.clock_trusted)
            std::fprintf(stderr, "kiosk: the clock is synchronised; times are recorded again\n");
    }
    if (schedule_.open && (now >= next_schedule_check_ || changes.clock_trusted)) {
        // Every minute, and when the minutes awake after the last touch are over.
        next_schedule_check_ = next_minute(now, wall);
        const SteadyTime awake_until = last_touch_ + std::chrono::minutes(schedule_.awake_minutes);
        if (awake_until > now && awake_until < next_schedule_check_)
            next_schedule_check_ = awake_until;
        apply_schedule(now, wall, changes);
    }
    if (const std::string problem = screen_.poll(); !problem.empty())
        note_problem(problem);
    changes.status = refresh_status(wall) || changes.clock_trusted;
    return changes;
}

std::optional<SteadyTime> DeviceControl::next_deadline() const {
    std::optional<SteadyTime> next = pacer_.next_ping();
    auto take = [&](SteadyTime t) { next = next ? std::min(*next, t) : t; };
    if (!trust_.trusted())
        take(next_clock_check_);
    if (schedule_.open)
        take(next_schedule_check_);
    return next;
}

bool DeviceControl::touch(SteadyTime now) {
    last_touch_ = now;
    if (on_)
        return false;
    switch_screen(true);
    return true;
}

DeviceControl::Changes DeviceControl::confirm_clock(WallTime wall) {
    Changes changes;
    changes.clock_trusted = trust_.confirm(unix_seconds(wall));
    if (changes.clock_trusted)
        std::fprintf(stderr, "kiosk: staff confirmed the clock (%s); times are recorded again\n",
                     local_minute_text(zone_, wall).c_str());
    changes.status = refresh_status(wall) || changes.clock_trusted;
    return changes;
}

void DeviceControl::frame_presented() {
    if (ready_)
        return;
    ready_ = true;
    watchdog_.notify("READY=1");
    watchdog_.notify("STATUS=" + systemd_status_);
}

void DeviceControl::stopping() {
    watchdog_.notify("STOPPING=1");
    if (!on_)
        switch_screen(true);
}

void DeviceControl::switch_screen(bool on) {
    on_ = on;
    const std::string problem = screen_.set_on(on);
    if (problem.empty())
        problem_.clear();
    else
        note_problem(problem);
}

void DeviceControl::apply_schedule(SteadyTime now, WallTime wall, Changes& changes) {
    // An untrusted clock may say it is night at noon: keep the screen on until it is right.
    const bool want =
        !trust_.trusted() ||
        screen_should_be_on(local_clock(zone_, wall), *schedule_.open,
                            std::chrono::duration_cast<std::chrono::seconds>(now - last_touch_),
                            std::chrono::minutes(schedule_.awake_minutes));
    if (want == on_)
        return;
    switch_screen(want);
    (want ? changes.screen_on : changes.screen_off) = true;
}

void DeviceControl::note_problem(const std::string& problem) {
    if (problem != problem_)
        std::fprintf(stderr, "kiosk: screen schedule: %s\n", problem.c_str());
    problem_ = problem;
}

bool DeviceControl::refresh_status(WallTime wall) {
    DeviceStatus next = status_;
    next.clock_trusted = trust_.trusted();
    next.clock_before_build = trust_.before_build();
    next.clock_text = trust_.trusted() ? "" : local_minute_text(zone_, wall);
    next.problems.clear();
    if (!problem_.empty())
        next.problems.push_back(problem_);
    const std::string text =
        std::string(on_ ? "screen on" : "screen off outside opening hours") +
        (trust_.trusted() ? "; clock synchronised" : "; waiting for the clock to be synchronised");
    if (text != systemd_status_) {
        systemd_status_ = text;
        if (ready_)
            watchdog_.notify("STATUS=" + text);
    }
    const bool changed = next.clock_trusted != status_.clock_trusted ||
                         next.clock_before_build != status_.clock_before_build ||
                         next.clock_text != status_.clock_text || next.problems != status_.problems;
    status_ = std::move(next);
    return changed;
}

} // namespace kiosk::services
