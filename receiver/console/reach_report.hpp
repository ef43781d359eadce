// Reach: the kiosks' daily counters (stats.daily, and stats.days when a full outbox summed
// several days) added up per period bucket, per location and per key, for the Reach page
// (docs/console.md, "Reach"). Pure: rows in, sums out. Only what the kiosks counted as
// anonymous day totals (docs/privacy.md, "Reach statistics") is here; nothing per visit.
#pragma once

#include "event_store.hpp"
#include "period.hpp"
#include "texts.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace console {

// The counters a kiosk keeps (kiosk/core/reach_counters.hpp), in the order of the page.
struct ReachMetric {
    const char* id; // the metric in stats.daily
    Txt label;      // its column header
    bool keyed;     // counted per key (a language, a topic...): listed per key too
};
inline constexpr std::array kReachMetrics = {
    ReachMetric{"visit", Txt::MetricVisits, false},
    ReachMetric{"language", Txt::MetricLanguages, true},
    ReachMetric{"topic", Txt::MetricTopics, true},
    ReachMetric{"substance", Txt::MetricSubstances, true},
    ReachMetric{"mix", Txt::MetricMixes, true},
    ReachMetric{"referral", Txt::MetricReferrals, true},
    ReachMetric{"qr", Txt::MetricQrCodes, true},
    ReachMetric{"emergency", Txt::MetricEmergency, false},
    ReachMetric{"alert", Txt::MetricAlerts, true},
    ReachMetric{"listen", Txt::MetricListening, true},
};
inline constexpr std::size_t kMetricCount = kReachMetrics.size();

using MetricSums = std::array<std::int64_t, kMetricCount>;

struct ReachReport {
    MetricSums total{};
    std::map<std::string, MetricSums> by_bucket;                          // "2026-W49" -> sums
    std::map<std::string, MetricSums> by_kiosk;                           // kiosk id -> sums
    std::array<std::map<std::string, std::int64_t>, kMetricCount> by_key; // per metric
};

// The stats.daily and stats.days events in rows added up for the period, in one pass: each
// event's JSON is parsed once and added straight into the sums. Rows that occurred before
// the period began are skipped unread (a day is closed after it ended, so its event occurred
// later); a report that is not a day's counters is left out, and so is a metric this console
// does not know yet.
ReachReport reach_report(const std::vector<receiver::ExportRow>& rows, const Period& period);

} // namespace console
