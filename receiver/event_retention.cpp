// The hourly forgetting of health reports and interest forms past their time.
#include "event_retention.hpp"

#include "common/rfc3339.hpp"
#include "request_log.hpp"

namespace receiver {

std::vector<KeptFor> kept_types(std::int64_t interest_kept_days) {
    return {{kHealthEventType, kHealthKeptDays}, {kInterestEventType, interest_kept_days}};
}

void EventRetention::tidy(std::int64_t now_unix) {
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (last_ && now - *last_ < std::chrono::hours(1)) {
            return;
        }
        last_ = now;
    }
    for (const auto& kept : kept_) {
        const std::string cutoff = kiosk::format_utc_unix(now_unix - kept.days * 86400);
        try {
            const std::size_t forgotten = store_.forget_before(kept.type, cutoff);
            if (forgotten > 0) {
                log_message(kiosk::utc_now() + " forgot " + std::to_string(forgotten) + " " +
                            kept.type + " event(s) from before " + cutoff);
            }
        } catch (const StoreFailure& err) {
            log_message(kiosk::utc_now() + " could not forget old " + kept.type +
                        " events: " + err.what());
        }
    }
}

} // namespace receiver
