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

std::vector<ReachDay> read_reach(const std::vector<receiver::ExportRow>& rows,
                                 const std::string& from) {
    std::vector<ReachDay> days;
    for (const auto& row : rows) {
        if (row.occurred_at.compare(0, from.size(), from) < 0) {
            continue; // closed before `from` began: its day is earlier still
        }
        const json data = json::parse(row.data_json, nullptr, false);
        const auto counters = data.is_object() ? data.find("counters") : data.end();
        if (!data.is_object() || counters == data.end() || !counters->is_object()) {
            continue;
        }
        ReachDay day;
        day.kiosk_id = row.kiosk_id;
        day.day = day_of(data);
        if (day.day.size() != 10) {
            continue;
        }
        for (const auto& [metric, keys] : counters->items()) {
            const int m = metric_index(metric);
            if (m < 0 || !keys.is_object()) {
                continue; // a metric this console does not know yet
            }
            for (const auto& [key, count] : keys.items()) {
                if (count.is_number_integer() && count.get<std::int64_t>() > 0) {
                    const auto n = count.get<std::int64_t>();
                    day.sums[static_cast<std::size_t>(m)] += n;
                    if (kReachMetrics[static_cast<std::size_t>(m)].keyed) {
                        day.by_key[metric][key] += n;
                    }
                }
            }
        }
        days.push_back(std::move(day));
    }
    return days;
}

ReachReport reach_report(const std::vector<ReachDay>& days, const Period& period) {
    ReachReport report;
    // Every bucket of the period has a row, so a quiet week shows as 0, not as a gap.
    const auto first = kiosk::LocalDate::parse(period.from);
    const auto last = kiosk::LocalDate::parse(period.to);
    for (auto d = first.value_or(kiosk::LocalDate{}); first && last && d <= *last;
         d = d.add_days(1)) {
        report.by_bucket[bucket_of(d.format(), period.grain)];
    }
    for (const auto& day : days) {
        if (!in_period(period, day.day, day.kiosk_id)) {
            continue;
        }
        add(report.total, day.sums);
        add(report.by_bucket[bucket_of(day.day, period.grain)], day.sums);
        add(report.by_kiosk[day.kiosk_id], day.sums);
        for (const auto& [metric, keys] : day.by_key) {
            auto& into = report.by_key[static_cast<std::size_t>(metric_index(metric))];
            for (const auto& [key, n] : keys) {
                into[key] += n;
            }
        }
    }
    return report;
}

} // namespace console
