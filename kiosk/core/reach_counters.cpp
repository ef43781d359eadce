// Reach counters: the metric vocabulary, key checks, local days and pending increments.
#include "reach_counters.hpp"

#include <algorithm>
#include <array>

namespace kiosk {

namespace {

constexpr std::array<const char*, 10> kMetrics = {"visit",  "language", "topic", "substance",
                                                  "mix",    "referral", "qr",    "emergency",
                                                  "listen", "alert"};

constexpr std::size_t kMaxIdLength = 64;

bool is_id(const std::string& text) {
    if (text.empty() || text.size() > kMaxIdLength) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-' || c == '.';
    });
}

std::vector<std::string> split_plus(const std::string& text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t plus = text.find('+', start);
        parts.push_back(text.substr(start, plus - start));
        if (plus == std::string::npos) {
            return parts;
        }
        start = plus + 1;
    }
}

bool normalise_mix(const std::string& key, std::string& out) {
    std::vector<std::string> ids = split_plus(key);
    if (ids.size() < 2 || !std::all_of(ids.begin(), ids.end(), is_id)) {
        return false;
    }
    std::sort(ids.begin(), ids.end());
    out = ids.front();
    for (std::size_t i = 1; i < ids.size(); ++i) {
        out += '+' + ids[i];
    }
    return true;
}

bool two_digits_between(const std::string& text, std::size_t at, int low, int high) {
    const char tens = text[at];
    const char ones = text[at + 1];
    if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
        return false;
    }
    const int value = (tens - '0') * 10 + (ones - '0');
    return value >= low && value <= high;
}

} // namespace

bool is_known_metric(const std::string& metric) {
    return std::any_of(kMetrics.begin(), kMetrics.end(),
                       [&metric](const char* known) { return metric == known; });
}

bool is_day(const std::string& day) {
    if (day.size() != 10 || day[4] != '-' || day[7] != '-') {
        return false;
    }
    const bool year =
        std::all_of(day.begin(), day.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
    return year && two_digits_between(day, 5, 1, 12) && two_digits_between(day, 8, 1, 31);
}

std::string mix_key(const std::string& a, const std::string& b) {
    return a < b ? a + '+' + b : b + '+' + a;
}

bool normalise_key(const std::string& metric, const std::string& key, std::string& out) {
    if (metric == "visit") {
        out.clear();
        return key.empty();
    }
    if (metric == "mix") {
        return normalise_mix(key, out);
    }
    if (metric == "emergency" && key.empty()) {
        out.clear();
        return true;
    }
    if (!is_known_metric(metric) || !is_id(key)) {
        return false;
    }
    out = key;
    return true;
}

std::string local_day(const TimeZone& zone, std::chrono::system_clock::time_point time) {
    return zone.date_at(std::chrono::floor<std::chrono::seconds>(time.time_since_epoch()).count())
        .format();
}

bool ReachCounters::count(const std::string& day, const std::string& metric,
                          const std::string& key) {
    std::string counted_key;
    if ((!is_day(day) && day != kUnknownDay) || !is_known_metric(metric) ||
        !normalise_key(metric, key, counted_key)) {
        return false;
    }
    ++pending_[std::make_tuple(day, metric, std::move(counted_key))];
    return true;
}

void ReachCounters::date_unknown_day(const std::string& day) {
    if (!is_day(day))
        return;
    for (auto it = pending_.begin(); it != pending_.end();) {
        if (std::get<0>(it->first) == kUnknownDay) {
            pending_[std::make_tuple(day, std::get<1>(it->first), std::get<2>(it->first))] +=
                it->second;
            it = pending_.erase(it);
        } else {
            ++it;
        }
    }
}

std::vector<CounterDelta> ReachCounters::take() {
    std::vector<CounterDelta> deltas;
    for (auto it = pending_.begin(); it != pending_.end();) {
        const auto& [day, metric, key] = it->first;
        if (day == kUnknownDay) {
            ++it;
            continue;
        }
        deltas.push_back(CounterDelta{day, metric, key, it->second});
        it = pending_.erase(it);
    }
    return deltas;
}

} // namespace kiosk
