// Fakes of the platform's device parts (platform/watchdog.hpp, screen_power.hpp,
// clock_status.hpp): they record what the kiosk asked and answer what a test sets.
#pragma once

#include "platform/clock_status.hpp"
#include "platform/screen_power.hpp"
#include "platform/watchdog.hpp"

#include <string>
#include <utility>
#include <vector>

namespace kiosk::test {

class FakeWatchdog : public platform::Watchdog {
  public:
    explicit FakeWatchdog(std::optional<std::chrono::microseconds> interval = std::nullopt)
        : interval_(interval) {}
    std::optional<std::chrono::microseconds> interval() const override { return interval_; }
    void notify(const std::string& message) override { messages.push_back(message); }
    int count(const std::string& message) const {
        int n = 0;
        for (const auto& m : messages)
            n += m == message ? 1 : 0;
        return n;
    }
    std::vector<std::string> messages;

  private:
    std::optional<std::chrono::microseconds> interval_;
};

class FakeScreenPower : public platform::ScreenPower {
  public:
    bool can_switch() const override { return switchable; }
    std::string describe() const override { return switchable ? "fake backlight" : ""; }
    std::string set_on(bool on) override {
        calls.push_back(on);
        return failure;
    }
    std::string poll() override { return std::exchange(later_failure, ""); }

    bool switchable = true;
    std::string failure;       // what set_on answers
    std::string later_failure; // what the next poll answers
    std::vector<bool> calls;   // every set_on, in order
};

class FakeClockStatus : public platform::ClockStatus {
  public:
    bool synchronised() override {
        ++asked;
        return synced;
    }
    bool synced = true;
    int asked = 0;
};

} // namespace kiosk::test
