// A year of one location, recorded by the kiosk's own store code (kiosk/store): the data of
// console_year_bench. The events are the ones the kiosk really writes, because the kiosk's
// functions write them: reach counters closed into stats.daily, members, sign-ups, waiting
// lists, marks, walk-ins and closed sessions, signals from the field and interest forms. Only
// kiosk.health is built here (from the fields of docs/upload-protocol.md that
// receiver/console/fleet.cpp reads), since this kiosk does not record it yet.
#pragma once

#include "common/calendar.hpp"
#include "common/time_zone.hpp"
#include "store/database.hpp"
#include "store/outbox.hpp"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace year_bench {

// One of a location's weekly groups (the same ids at every location, as the console's
// [group_types] expects).
struct GroupDef {
    const char* id;
    const char* type; // experience | coaching | work | training: the steps of the track
    int weekday;      // Monday = 0
    int start_minutes;
    int capacity;
};
const std::vector<GroupDef>& bench_groups();

// What a location's simulation works with: its kiosk database, time zone and dice.
struct Location {
    std::string kiosk_id;
    kiosk::store::Database db;
    kiosk::TimeZone zone;
    std::mt19937 rng;
    std::int64_t now_unix = 0; // nothing happens after this
    double size = 1.0;         // busier (>1) or quieter than the average location

    int uniform(int lo, int hi); // lo..hi, both included
    bool chance(double p);
    // Unix seconds of local minutes past midnight on day.
    std::int64_t unix_at(const kiosk::LocalDate& day, int minutes) const;
};

// RFC 3339 UTC ("2026-12-04T13:05:09Z").
std::string utc(std::int64_t unix_seconds);

// The visitors' counters of one day (add_counts), and the day closed into stats.daily just
// after midnight the next day (close_finished_days).
void record_reach_day(Location& loc, const kiosk::LocalDate& day);
// About three signals a week: a day's signal, if any (record_signal).
void record_signal_day(Location& loc, const kiosk::LocalDate& day);
// A few interest forms a month over the last 30 days (submit_interest).
void record_interest(Location& loc);
// Hourly kiosk.health reports over the last `days` days before now.
std::vector<kiosk::store::Event> health_reports(Location& loc, int index, int days);

// The location's peer groups: members on the track (docs/groups.md), each weekly session with
// about 8 sign-ups made up to 6 days before (some waiting lists, cancellations and moves up),
// marks for everyone booked, walk-ins with and without a code, now and then an undone mark, and
// the session closed by staff. Members move on to the next step after 4-10 sessions (half of
// them), others drop out; newcomers make a code at the experience group.
class GroupsYear {
  public:
    explicit GroupsYear(Location& loc);
    // The sessions of groups meeting on day; what would happen after loc.now_unix does not.
    void day(const kiosk::LocalDate& day);

  private:
    struct Member {
        std::string code;     // "" until the first sign-up makes it
        std::size_t step = 0; // index into bench_groups(), in the order of the track
        int attended = 0;     // sessions come to at this step
        int needed = 0;       // sessions before maybe moving on
        bool active = true;
    };
    std::size_t new_member(std::size_t step);
    void create(Member& m, std::int64_t at);
    std::int64_t sign_up_time(const kiosk::LocalDate& day, std::int64_t start);
    std::vector<std::size_t> choose(std::size_t step, int wanted);
    void sign_ups(const GroupDef& g, const kiosk::LocalDate& day, std::int64_t start,
                  const std::vector<std::size_t>& chosen);
    void attendance(const GroupDef& g, const std::string& session, std::int64_t start,
                    const std::vector<std::size_t>& chosen);
    void progress(std::size_t step, const std::string& session,
                  const std::vector<std::size_t>& chosen);

    Location& loc_;
    std::vector<Member> members_;
    std::string staff_;
};

// Every event of one location's `days` days up to today: the kiosk database is made in
// data_dir (removed afterwards by the caller), and its whole outbox returned, with the health
// reports. index (1..) picks the location's size and dice.
std::vector<kiosk::store::Event> simulate_location(const std::string& kiosk_id, int index,
                                                   const std::string& data_dir,
                                                   const kiosk::LocalDate& today, int days,
                                                   std::int64_t now_unix);

} // namespace year_bench
