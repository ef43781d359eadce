// Adding up the kiosks' day counters.
#include "reach_report.hpp"

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

void add(MetricSums& into, const MetricSums& from) {
    for (std::size_t i = 0; i < kMetricCount; ++i) {
        into[i] += from[i];
    }
}

} // namespace

ReachReport reach_report(const std::vector<receiver::ExportRow>& rows, const Period& period) {
    ReachReport report;
    // Every bucket of the period has a row, so a quiet week shows as 0, not as a gap.
    const auto first = kiosk::LocalDate::parse(period.from);
    const auto last = kiosk::LocalDate::parse(period.to);
    for (auto d = first.value_or(kiosk::LocalDate{}); first && last && d <= *last;
         d = d.add_days(1)) {
        report.by_bucket[bucket_of(d.format(), period.grain)];
    }
    for (const auto& row : rows) {
        if (row.occurred_at.compare(0, period.from.size(), period.from) < 0) {
            continue; // closed before the period began: its day is earlier still
        }
        const json data = json::parse(row.data_json, nullptr, false);
        const auto counters = data.is_object() ? data.find("counters") : data.end();
        if (!data.is_object() || counters == data.end() || !counters->is_object()) {
            continue;
        }
        const std::string day = day_of(data);
        if (day.size() != 10 || !in_period(period, day, row.kiosk_id)) {
            continue;
        }
        MetricSums sums{};
        for (const auto& [metric, keys] : counters->items()) {
            const int m = metric_index(metric);
            if (m < 0 || !keys.is_object()) {
                continue; // a metric this console does not know yet
            }
            const auto i = static_cast<std::size_t>(m);
            for (const auto& [key, count] : keys.items()) {
                if (count.is_number_integer() && count.get<std::int64_t>() > 0) {
                    sums[i] += count.get<std::int64_t>();
                    if (kReachMetrics[i].keyed) {
                        report.by_key[i][key] += count.get<std::int64_t>();
                    }
                }
            }
        }
        add(report.total, sums);
        add(report.by_bucket[bucket_of(day, period.grain)], sums);
        add(report.by_kiosk[row.kiosk_id], sums);
    }
    return report;
}

} // namespace console
