// Counting failures per address and the pauses they lead to.
#include "address_guard.hpp"

#include <algorithm>

namespace receiver {

int AddressGuard::paused_for(const std::string& address, Clock::time_point now) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = entries_.find(address);
    if (it == entries_.end() || it->second.paused_until <= now)
        return 0;
    const auto left = std::chrono::ceil<std::chrono::seconds>(it->second.paused_until - now);
    return std::max(1, static_cast<int>(left.count()));
}

bool AddressGuard::record_failure(const std::string& address, Clock::time_point now) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!entries_.count(address) && entries_.size() >= kMaxAddresses)
        forget_oldest();
    Entry& e = entries_[address];
    e.last_seen = now;
    if (e.failures == 0 || now - e.window_start > limits_.window) {
        e.window_start = now;
        e.failures = 0;
    }
    if (++e.failures < limits_.failures)
        return false;
    e.failures = 0;
    e.paused_until = now + limits_.pause;
    return true;
}

void AddressGuard::forget_oldest() {
    auto oldest = entries_.begin();
    for (auto it = entries_.begin(); it != entries_.end(); ++it)
        if (it->second.last_seen < oldest->second.last_seen)
            oldest = it;
    if (oldest != entries_.end())
        entries_.erase(oldest);
}

} // namespace receiver
