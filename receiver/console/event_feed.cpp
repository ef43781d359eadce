// Finding the events stored since the last look: a count per type, then ids, then rows.
#include "event_feed.hpp"

namespace console {

namespace {

// Up to this many new events are read one by one (by primary key); more, and the whole type
// is read once (the first look, or after a long quiet time).
constexpr std::size_t kReadOneByOne = 2000;

} // namespace

EventFeed::EventFeed(std::vector<std::string> types, std::size_t max_events)
    : types_(std::move(types)), max_events_(max_events), seen_(types_.size()) {}

EventFeed::News EventFeed::next(receiver::EventStore& store) {
    News news;
    std::vector<std::int64_t> counts;
    std::int64_t total = 0;
    for (std::size_t t = 0; t < types_.size(); ++t) {
        counts.push_back(store.count_of_type(types_[t]));
        total += counts.back();
        news.restart = news.restart || counts.back() < static_cast<std::int64_t>(seen_[t].size());
    }
    news.too_many = total > static_cast<std::int64_t>(max_events_);
    if (news.restart || news.too_many) {
        forget();
    }
    if (news.too_many) {
        return news;
    }
    for (std::size_t t = 0; t < types_.size(); ++t) {
        if (counts[t] != static_cast<std::int64_t>(seen_[t].size())) {
            read_new(store, t, news);
        }
    }
    return news;
}

void EventFeed::forget() {
    for (auto& seen : seen_) {
        seen = {};
    }
}

void EventFeed::read_new(receiver::EventStore& store, std::size_t type, News& news) {
    std::unordered_set<std::string>& seen = seen_[type];
    std::vector<receiver::ExportRow> rows;
    if (seen.empty()) {
        rows = store.rows_of_type(types_[type]);
    } else {
        std::vector<std::string> missing;
        for (auto& id : store.ids_of_type(types_[type])) {
            if (seen.count(id) == 0) {
                missing.push_back(std::move(id));
            }
        }
        rows = missing.size() <= kReadOneByOne ? store.rows_with_ids(missing)
                                               : store.rows_of_type(types_[type]);
    }
    for (auto& row : rows) {
        if (seen.insert(row.id).second) {
            news.rows.emplace_back(type, std::move(row));
        }
    }
}

} // namespace console
