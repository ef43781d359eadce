// sd_notify-based watchdog (libsystemd).
#include "watchdog.hpp"

#include <systemd/sd-daemon.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <unistd.h>

namespace kiosk::platform {

namespace {

std::optional<long long> parse_positive(const char* text) {
    if (!text || !*text)
        return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const long long value = std::strtoll(text, &end, 10);
    if (errno != 0 || *end != '\0' || value <= 0)
        return std::nullopt;
    return value;
}

class SystemdWatchdog : public Watchdog {
  public:
    SystemdWatchdog() {
        std::uint64_t usec = 0;
        if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0)
            interval_ = std::chrono::microseconds(usec);
        else // not ours: perhaps cage's, the process that started us
            interval_ = watchdog_interval(std::getenv("WATCHDOG_USEC"), std::getenv("WATCHDOG_PID"),
                                          getpid(), getppid());
    }
    std::optional<std::chrono::microseconds> interval() const override { return interval_; }
    void notify(const std::string& message) override { sd_notify(0, message.c_str()); }

  private:
    std::optional<std::chrono::microseconds> interval_;
};

} // namespace

std::optional<std::chrono::microseconds> watchdog_interval(const char* usec, const char* pid,
                                                           pid_t self, pid_t parent) {
    const auto interval = parse_positive(usec);
    if (!interval)
        return std::nullopt;
    if (pid && *pid) {
        const auto owner = parse_positive(pid);
        if (!owner || (*owner != self && *owner != parent))
            return std::nullopt;
    }
    return std::chrono::microseconds(*interval);
}

std::unique_ptr<Watchdog> systemd_watchdog() {
    return std::make_unique<SystemdWatchdog>();
}

} // namespace kiosk::platform
