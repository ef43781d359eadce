// Parsing the kiosks' day counters once, and adding them up for a period.
#include "reach_history.hpp"

#include "common/calendar.hpp"

#include <nlohmann/json.hpp>

namespace console {

namespace {

using nlohmann::json;

int metric_index(const std::string& id) {
    for (std::size_t i = 0; i < kMetricCount; ++i) {
        if (id == kReachMetrics[i].id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

// The day the counters are filed under: stats.daily's day, stats.days's last day.
std::string day_of(const json& data) {
    for (const char* name : {"day", "to"}) {
        const auto it = data.find(name);
        if (it != data.end() && it->is_string()) {
            return it->get<std::string>();
        }
    }
    return "";
}

void add_sums(MetricSums& into, const MetricSums& from) {
    for (std::size_t i = 0; i < kMetricCount; ++i) {
        into[i] += from[i];
    }
}

} // namespace

std::uint32_t ReachHistory::key_index(std::size_t metric, const std::string& key) {
    const auto [it, added] = key_of_.try_emplace(std::to_string(metric) + "\n" + key,
                                                 static_cast<std::uint32_t>(keys_.size()));
    if (added) {
        keys_.emplace_back(metric, key);
    }
    return it->second;
}

void ReachHistory::add(const receiver::ExportRow& row) {
    const json data = json::parse(row.data_json, nullptr, false);
    const auto counters = data.is_object() ? data.find("counters") : data.end();
    if (!data.is_object() || counters == data.end() || !counters->is_object()) {
        return;
    }
    Day d;
    d.day = day_of(data);
    if (d.day.size() != 10) {
        return;
    }
    d.kiosk_id = row.kiosk_id;
    d.occurred_on = row.occurred_at.substr(0, 10);
    for (const auto& [metric, keys] : counters->items()) {
        const int m = metric_index(metric);
        if (m < 0 || !keys.is_object()) {
            continue; // a metric this console does not know yet
        }
        const auto i = static_cast<std::size_t>(m);
        for (const auto& [key, count] : keys.items()) {
            if (count.is_number_integer() && count.get<std::int64_t>() > 0) {
                d.sums[i] += count.get<std::int64_t>();
                if (kReachMetrics[i].keyed) {
                    d.keyed.emplace_back(key_index(i, key), count.get<std::int64_t>());
                }
            }
        }
    }
    d.keyed.shrink_to_fit();
    days_.push_back(std::move(d));
}

ReachReport ReachHistory::report(const Period& period) const {
    ReachReport report;
    // Every bucket of the period has a row, so a quiet week shows as 0, not as a gap.
    const auto first = kiosk::LocalDate::parse(period.from);
    const auto last = kiosk::LocalDate::parse(period.to);
    for (auto d = first.value_or(kiosk::LocalDate{}); first && last && d <= *last;
         d = d.add_days(1)) {
        report.by_bucket[bucket_of(d.format(), period.grain)];
    }
    std::vector<std::int64_t> per_key(keys_.size(), 0);
    for (const Day& d : days_) {
        if (d.occurred_on.compare(0, period.from.size(), period.from) < 0) {
            continue; // closed before the period began: its day is earlier still
        }
        if (!in_period(period, d.day, d.kiosk_id)) {
            continue;
        }
        for (const auto& [key, count] : d.keyed) {
            per_key[key] += count;
        }
        add_sums(report.total, d.sums);
        add_sums(report.by_bucket[bucket_of(d.day, period.grain)], d.sums);
        add_sums(report.by_kiosk[d.kiosk_id], d.sums);
    }
    for (std::size_t k = 0; k < keys_.size(); ++k) {
        if (per_key[k] > 0) {
            report.by_key[keys_[k].first][keys_[k].second] = per_key[k];
        }
    }
    return report;
}

} // namespace console
