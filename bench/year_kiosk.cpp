// One bench location's year from start to end: a kiosk database of its own, every day's
// reach, groups and signals in order, the interest forms and health reports of the last 30
// days, and then the whole outbox (year_kiosk.hpp).
#include "year_kiosk.hpp"

#include "store/open_store.hpp"

#include <climits>

namespace year_bench {

std::vector<kiosk::store::Event> simulate_location(const std::string& kiosk_id, int index,
                                                   const std::string& data_dir,
                                                   const kiosk::LocalDate& today, int days,
                                                   std::int64_t now_unix) {
    Location loc{kiosk_id,
                 kiosk::store::open_store(data_dir, utc(now_unix)).db,
                 *kiosk::TimeZone::named("Europe/Amsterdam"),
                 std::mt19937(static_cast<std::uint32_t>(index) * 7919u),
                 now_unix,
                 0.6 + 0.8 * static_cast<double>(index % 9) / 8.0};
    // The kiosk's own durability is not what is measured: its database lives in memory.
    loc.db.exec("PRAGMA synchronous = OFF");
    GroupsYear groups(loc);
    const kiosk::LocalDate first = today.add_days(-(days - 1));
    // Sign-ups reach a week ahead, so the groups run on past today (nothing after now).
    for (kiosk::LocalDate day = first; day <= today.add_days(6); day = day.add_days(1)) {
        if (day < today) {
            record_reach_day(loc, day);
            record_signal_day(loc, day);
        }
        groups.day(day);
    }
    record_interest(loc);
    std::vector<kiosk::store::Event> events =
        kiosk::store::events_in_state(loc.db, kiosk::store::kQueued, INT_MAX);
    for (auto& report : health_reports(loc, index, 30)) {
        events.push_back(std::move(report));
    }
    return events;
}

} // namespace year_bench
