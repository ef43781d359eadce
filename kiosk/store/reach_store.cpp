// Reach statistics in SQLite: adding counts, closing finished days into stats.daily events.
#include "store/reach_store.hpp"

#include "store/outbox.hpp"

#include <nlohmann/json.hpp>

namespace kiosk::store {

namespace {

constexpr const char* kFixIt = "; this is a fault in the kiosk software, report it to the "
                               "kiosk maintainer";

// The delta as stored (mix key sorted), or StoreError when it must not be counted.
CounterDelta checked(const CounterDelta& delta) {
    CounterDelta stored = delta;
    const bool ok = is_day(delta.day) && is_known_metric(delta.metric) &&
                    normalise_key(delta.metric, delta.key, stored.key) && delta.count >= 0;
    if (!ok) {
        throw StoreError(SQLITE_MISUSE, "add_counts: refused counter (day '" + delta.day +
                                            "', metric '" + delta.metric + "', count " +
                                            std::to_string(delta.count) + ")" + kFixIt);
    }
    return stored;
}

std::vector<CounterDelta> checked_all(const std::vector<CounterDelta>& deltas) {
    std::vector<CounterDelta> stored;
    stored.reserve(deltas.size());
    for (const CounterDelta& delta : deltas) {
        CounterDelta one = checked(delta);
        if (one.count > 0) {
            stored.push_back(std::move(one));
        }
    }
    return stored;
}

void require_day(const std::string& day, const char* caller) {
    if (!is_day(day)) {
        throw StoreError(SQLITE_MISUSE, std::string(caller) + ": '" + day +
                                            "' is not a local date like 2026-11-22" + kFixIt);
    }
}

// Days before today with counters and no closing event yet, oldest first.
std::vector<std::string> finished_open_days(Database& db, const std::string& today) {
    Statement query = db.prepare("SELECT DISTINCT day FROM reach_counters WHERE day < ?1 AND "
                                 "day NOT IN (SELECT day FROM reach_days_closed) ORDER BY day");
    query.bind(1, today);
    std::vector<std::string> days;
    while (query.step()) {
        days.push_back(query.column_text(0));
    }
    return days;
}

std::string daily_data(Database& db, const std::string& day, const std::string& kiosk_id) {
    nlohmann::json data = {{"day", day}, {"kiosk_id", kiosk_id}};
    nlohmann::json counters = nlohmann::json::object();
    for (const CounterDelta& counter : counts_for_day(db, day)) {
        counters[counter.metric][counter.key] = counter.count;
    }
    data["counters"] = std::move(counters);
    return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Closes one day in its own transaction; false when another connection closed it first.
bool close_day(Database& db, const std::string& day, const std::string& kiosk_id,
               const std::string& now_utc) {
    Transaction transaction(db);
    if (closing_event_id(db, day)) {
        return false;
    }
    const std::string event_id =
        append_event(db, EventKind::StatsDaily, daily_data(db, day, kiosk_id), now_utc, 1);
    Statement mark = db.prepare("INSERT INTO reach_days_closed (day, event_id) VALUES (?1, ?2)");
    mark.bind(1, day);
    mark.bind(2, event_id);
    mark.run();
    transaction.commit();
    return true;
}

} // namespace

void add_counts(Database& db, const std::vector<CounterDelta>& deltas) {
    const std::vector<CounterDelta> stored = checked_all(deltas);
    if (stored.empty()) {
        return;
    }
    Transaction transaction(db);
    Statement upsert =
        db.prepare("INSERT INTO reach_counters (day, metric, key, count) VALUES (?1, ?2, ?3, ?4) "
                   "ON CONFLICT (day, metric, key) DO UPDATE SET count = reach_counters.count + "
                   "excluded.count");
    for (const CounterDelta& delta : stored) {
        upsert.bind(1, delta.day);
        upsert.bind(2, delta.metric);
        upsert.bind(3, delta.key);
        upsert.bind(4, delta.count);
        upsert.run();
        upsert.reset();
    }
    transaction.commit();
}

int close_finished_days(Database& db, const std::string& today, const std::string& kiosk_id,
                        const std::string& now_utc) {
    require_day(today, "close_finished_days");
    int closed = 0;
    for (const std::string& day : finished_open_days(db, today)) {
        if (close_day(db, day, kiosk_id, now_utc)) {
            ++closed;
        }
    }
    return closed;
}

std::vector<CounterDelta> counts_for_day(Database& db, const std::string& day) {
    Statement query = db.prepare("SELECT metric, key, count FROM reach_counters WHERE day = ?1 "
                                 "ORDER BY metric, key");
    query.bind(1, day);
    std::vector<CounterDelta> counters;
    while (query.step()) {
        counters.push_back(
            CounterDelta{day, query.column_text(0), query.column_text(1), query.column_int64(2)});
    }
    return counters;
}

std::optional<std::string> closing_event_id(Database& db, const std::string& day) {
    Statement query = db.prepare("SELECT event_id FROM reach_days_closed WHERE day = ?1");
    query.bind(1, day);
    if (!query.step()) {
        return std::nullopt;
    }
    return query.column_text(0);
}

} // namespace kiosk::store
