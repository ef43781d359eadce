// Opening time between two moments, day by day on the local calendar.
#include "open_time.hpp"

#include <algorithm>

namespace kiosk {

namespace {

constexpr std::int64_t kDaysLookedAt = 15;

// Unix seconds of `minutes` (0-1440) past local midnight on `date`.
std::int64_t at(const TimeZone& zone, const LocalDate& date, int minutes) {
    return minutes >= 1440 ? zone.to_utc(date.add_days(1), minutes - 1440)
                           : zone.to_utc(date, minutes);
}

} // namespace

std::int64_t open_seconds_between(const OpeningHours& hours, const TimeZone& zone,
                                  std::int64_t from, std::int64_t to, std::int64_t enough) {
    from = std::max(from, to - kDaysLookedAt * 86400);
    if (from >= to)
        return 0;
    std::int64_t open = 0;
    // From the day before: its range past midnight may reach into the first day.
    const LocalDate last = zone.date_at(to);
    for (LocalDate day = zone.date_at(from).add_days(-1); !(last < day); day = day.add_days(1)) {
        for (const TimeRange& r : hours.days[static_cast<std::size_t>(day.weekday())]) {
            const std::int64_t start = at(zone, day, r.start_min);
            const std::int64_t end =
                at(zone, r.crosses_midnight() ? day.add_days(1) : day, r.end_min);
            open += std::max<std::int64_t>(0, std::min(end, to) - std::max(start, from));
            if (open >= enough)
                return enough;
        }
    }
    return open;
}

} // namespace kiosk
