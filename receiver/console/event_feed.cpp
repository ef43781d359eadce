// Finding the events stored since the last look: a stamp, a count per type, ids, then rows.
#include "event_feed.hpp"

namespace console {

namespace {

// Up to this many new events are read one by one (by primary key); more, and the whole type
// is read once (the first look, or after a long quiet time).
constexpr std::size_t kReadOneByOne = 2000;

// New events are looked for first among those of the last days seen: this many.
constexpr int kRecentDays = 3;

} // namespace

EventFeed::EventFeed(std::vector<std::string> types, std::size_t max_events)
    : types_(std::move(types)), max_events_(max_events), seen_(types_.size()) {}

EventFeed::News EventFeed::next(receiver::EventStore& store) {
    News news;
    const std::string stamp = store.change_stamp();
    if (!stamp_.empty() && stamp == stamp_) {
        return news; // nothing stored since the last look
    }
    std::vector<std::int64_t> counts;
    std::int64_t total = 0;
    for (std::size_t t = 0; t < types_.size(); ++t) {
        counts.push_back(store.count_of_type_from(types_[t], ""));
        total += counts.back();
        news.restart =
            news.restart || counts.back() < static_cast<std::int64_t>(seen_[t].ids.size());
    }
    news.too_many = total > static_cast<std::int64_t>(max_events_);
    if (news.restart || news.too_many) {
        forget();
    }
    if (news.too_many) {
        return news;
    }
    for (std::size_t t = 0; t < types_.size(); ++t) {
        if (counts[t] != static_cast<std::int64_t>(seen_[t].ids.size())) {
            read_new(store, t, counts[t], news);
        }
    }
    stamp_ = stamp; // read before the counts: whatever came since moves it again
    return news;
}

void EventFeed::forget() {
    stamp_.clear();
    for (auto& seen : seen_) {
        seen = {};
    }
}

void EventFeed::read_new(receiver::EventStore& store, std::size_t type, std::int64_t count,
                         News& news) {
    Seen& seen = seen_[type];
    const std::string& name = types_[type];
    std::vector<receiver::ExportRow> rows;
    if (seen.ids.empty()) {
        rows = store.rows_of_type(name);
    } else {
        // The last days seen: when their count grew by all that is new, only their ids.
        std::string from;
        std::int64_t seen_from = 0;
        int days = 0;
        for (auto day = seen.per_day.rbegin(); day != seen.per_day.rend() && days < kRecentDays;
             ++day, ++days) {
            from = day->first;
            seen_from += day->second;
        }
        const auto added = count - static_cast<std::int64_t>(seen.ids.size());
        if (store.count_of_type_from(name, from) - seen_from != added) {
            from.clear(); // some are older: look at every id
        }
        std::vector<std::string> missing;
        for (auto& id : store.ids_of_type_from(name, from)) {
            if (seen.ids.count(id) == 0) {
                missing.push_back(std::move(id));
            }
        }
        rows = missing.size() <= kReadOneByOne ? store.rows_with_ids(missing)
                                               : store.rows_of_type(name);
    }
    for (auto& row : rows) {
        if (seen.ids.insert(row.id).second) {
            ++seen.per_day[row.occurred_at.substr(0, 10)];
            news.rows.emplace_back(type, std::move(row));
        }
    }
}

} // namespace console
