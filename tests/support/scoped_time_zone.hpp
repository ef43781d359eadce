// Test helpers for local time: utc() makes a moment from a UTC date and time, and
// ScopedTimeZone sets TZ (e.g. "Europe/Amsterdam") for one test and puts the old value
// back afterwards, so local-time code is tested in the kiosk's time zone on any machine.
#pragma once

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace kiosk::test {

class ScopedTimeZone {
  public:
    explicit ScopedTimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) {
            old_ = old;
        }
        setenv("TZ", zone, 1);
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;
    ~ScopedTimeZone() {
        if (old_) {
            setenv("TZ", old_->c_str(), 1);
        } else {
            unsetenv("TZ");
        }
        tzset();
    }

  private:
    std::optional<std::string> old_;
};

// The moment of a UTC date and time.
inline std::chrono::system_clock::time_point utc(int year, int month, int day, int hour,
                                                 int minute) {
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    return std::chrono::system_clock::from_time_t(timegm(&tm));
}

} // namespace kiosk::test
