// Keeping the Groups, Reach and Signals pages' events between requests, and the way round the cache
// when the store holds more than it may keep.
#include "report_caches.hpp"

namespace console {

namespace {

std::vector<std::string> group_types_stored() {
    std::vector<std::string> types;
    for (const GroupEventKind kind : kGroupEventKinds) {
        types.emplace_back(group_event_type(kind));
    }
    return types;
}

const std::vector<std::string> kReachTypes = {"stats.daily", "stats.days"};
const char* const kSignalType = "signal.reported";

} // namespace

GroupsCache::GroupsCache(std::size_t max_events) : feed_(group_types_stored(), max_events) {}

GroupsReport GroupsCache::report(receiver::EventStore& store, const Period& period,
                                 const GroupTypes& types) {
    std::lock_guard<std::mutex> lock(mutex_);
    try {
        EventFeed::News news = feed_.next(store);
        if (news.too_many) {
            history_.reset();
            held_ = 0;
            return groups_report(load_group_events(store), period, types);
        }
        if (news.restart || !history_) {
            history_ = std::make_unique<GroupsHistory>();
            held_ = 0;
        }
        std::vector<GroupEvent> events;
        for (auto& [type, row] : news.rows) {
            if (auto e = read_group_event(kGroupEventKinds[type], std::move(row))) {
                events.push_back(std::move(*e));
            }
        }
        held_ += events.size();
        history_->add(std::move(events));
        return groups_report(*history_, period, types);
    } catch (...) {
        feed_.forget(); // what was read may be half in: read everything again next time
        history_.reset();
        held_ = 0;
        throw;
    }
}

std::size_t GroupsCache::held() {
    std::lock_guard<std::mutex> lock(mutex_);
    return held_;
}

ReachCache::ReachCache(std::size_t max_events) : feed_(kReachTypes, max_events) {}

ReachReport ReachCache::report(receiver::EventStore& store, const Period& period) {
    std::lock_guard<std::mutex> lock(mutex_);
    try {
        EventFeed::News news = feed_.next(store);
        if (news.too_many) {
            history_.reset();
            // A day's event is written after the day ended, so none before the period holds it.
            std::vector<receiver::ExportRow> rows;
            for (const auto& type : kReachTypes) {
                auto more = store.rows_of_type_from(type, period.from);
                rows.insert(rows.end(), more.begin(), more.end());
            }
            return reach_report(rows, period);
        }
        if (news.restart || !history_) {
            history_ = std::make_unique<ReachHistory>();
        }
        for (const auto& [type, row] : news.rows) {
            history_->add(row);
        }
        return history_->report(period);
    } catch (...) {
        feed_.forget(); // what was read may be half in: read everything again next time
        history_.reset();
        throw;
    }
}

std::size_t ReachCache::held() {
    std::lock_guard<std::mutex> lock(mutex_);
    return history_ ? history_->size() : 0;
}

SignalsCache::SignalsCache(std::size_t max_events) : feed_({kSignalType}, max_events) {}

std::shared_ptr<const std::vector<SignalRow>> SignalsCache::signals(receiver::EventStore& store) {
    std::lock_guard<std::mutex> lock(mutex_);
    try {
        EventFeed::News news = feed_.next(store);
        if (news.too_many) {
            signals_.reset();
            return std::make_shared<const std::vector<SignalRow>>(
                read_signals(store.rows_of_type(kSignalType)));
        }
        if (!news.restart && signals_ && news.rows.empty()) {
            return signals_;
        }
        std::vector<receiver::ExportRow> rows;
        for (auto& [type, row] : news.rows) {
            rows.push_back(std::move(row));
        }
        std::vector<SignalRow> all = read_signals(rows);
        if (!news.restart && signals_) {
            all.insert(all.end(), signals_->begin(), signals_->end());
            sort_signals(all);
        }
        signals_ = std::make_shared<const std::vector<SignalRow>>(std::move(all));
        return signals_;
    } catch (...) {
        feed_.forget(); // what was read may be half in: read everything again next time
        signals_.reset();
        throw;
    }
}

} // namespace console
