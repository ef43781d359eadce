// The hourly forgetting of old kiosk health reports.
#include "health_retention.hpp"

#include "common/rfc3339.hpp"
#include "request_log.hpp"

namespace receiver {

void HealthRetention::tidy(std::int64_t now_unix) {
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (last_ && now - *last_ < std::chrono::hours(1)) {
            return;
        }
        last_ = now;
    }
    const std::string cutoff = kiosk::format_utc_unix(now_unix - kHealthKeptDays * 86400);
    try {
        const std::size_t forgotten = store_.forget_before(kHealthEventType, cutoff);
        if (forgotten > 0) {
            log_message(kiosk::utc_now() + " forgot " + std::to_string(forgotten) +
                        " kiosk.health event(s) from before " + cutoff);
        }
    } catch (const StoreFailure& err) {
        log_message(kiosk::utc_now() + " could not forget old kiosk.health events: " + err.what());
    }
}

} // namespace receiver
