// Reach statistics in SQLite: anonymous counters per local day (table reach_counters), and
// closing finished days into one "stats.daily" outbox event each (table reach_days_closed).
#pragma once

#include "core/reach_counters.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::store {

// Adds the deltas to their (day, metric, key) rows in one Transaction of its own (so it must
// not be called inside another). A mix key is stored sorted ("b+a" as "a+b"); zero counts are
// skipped. A bad day, unknown metric, refused key (kiosk::normalise_key) or negative count
// throws StoreError and writes nothing.
//
// Late deltas: a delta for a day that is already closed is still added to that day's row, so
// nothing counted is lost locally, but it is not sent: the day's stats.daily event is the
// snapshot taken when the day closed and is never re-sent. Days close only when strictly
// before today, and the app writes its pending counts (add_counts(counters.take())) at least
// once an hour and always just before close_finished_days, so a late delta needs the clock to
// go back across midnight.
void add_counts(Database& db, const std::vector<CounterDelta>& deltas);

// Closes every day before today (both "YYYY-MM-DD" local dates) that has counters and is not
// closed yet, oldest first, each in its own Transaction: appends one "stats.daily" event
// (schema 1, occurred_at now_utc) with data
//   {"counters":{"language":{"en":7,"nl":5},"visit":{"":12},...},"day":"2026-11-20",
//    "kiosk_id":"..."}
// and records the day in reach_days_closed with the event id. Returns how many days it
// closed; today is never closed, and a second call closes nothing. A failure throws
// StoreError: days closed before it stay closed, the failing day keeps neither its event nor
// its mark, and the next call tries it again.
int close_finished_days(Database& db, const std::string& today, const std::string& kiosk_id,
                        const std::string& now_utc);

// The counters of one day, sorted by metric and key (for the staff screen and tests).
std::vector<CounterDelta> counts_for_day(Database& db, const std::string& day);

// The id of the stats.daily event that closed day, or nothing while the day is open.
std::optional<std::string> closing_event_id(Database& db, const std::string& day);

} // namespace kiosk::store
