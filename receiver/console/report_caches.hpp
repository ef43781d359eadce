// What the Reach, Groups and Signals pages keep between requests (docs/performance.md, "Console"):
// each event read and parsed once, then only what the store gained since the last request.
// Thread-safe: the console answers on two threads. Bounded: beyond max events, a page reads
// the store per request as it did without a cache (slower, the same figures).
#pragma once

#include "event_feed.hpp"
#include "groups_history.hpp"
#include "groups_report.hpp"
#include "reach_history.hpp"
#include "signals.hpp"

#include <memory>
#include <mutex>

namespace console {

class GroupsCache {
  public:
    // Group events kept at most (about 0.6 KB each in memory, with the feed's id).
    static constexpr std::size_t kMaxEvents = 600'000;
    explicit GroupsCache(std::size_t max_events = kMaxEvents);

    // The figures of the period, from the store as it is now.
    GroupsReport report(receiver::EventStore& store, const Period& period, const GroupTypes& types);

    // Group events held now (for the tests of the bound).
    std::size_t held();

  private:
    std::mutex mutex_;
    EventFeed feed_;
    std::unique_ptr<GroupsHistory> history_;
    std::size_t held_ = 0;
};

class ReachCache {
  public:
    // Day-counter events kept at most (about 1.2 KB each in memory).
    static constexpr std::size_t kMaxEvents = 100'000;
    explicit ReachCache(std::size_t max_events = kMaxEvents);

    // The sums of the period, from the store as it is now.
    ReachReport report(receiver::EventStore& store, const Period& period);

    // Day-counter events held now (for the tests of the bound).
    std::size_t held();

  private:
    std::mutex mutex_;
    EventFeed feed_;
    std::unique_ptr<ReachHistory> history_;
};

class SignalsCache {
  public:
    // Reports kept at most (about 1 KB each in memory, with the feed's id).
    static constexpr std::size_t kMaxEvents = 200'000;
    explicit SignalsCache(std::size_t max_events = kMaxEvents);

    // Every report in the store as it is now, as read_signals gives them (newest first).
    // Shared, never changed: a request keeps its list while a later one makes a new one.
    std::shared_ptr<const std::vector<SignalRow>> signals(receiver::EventStore& store);

  private:
    std::mutex mutex_;
    EventFeed feed_;
    std::shared_ptr<const std::vector<SignalRow>> signals_;
};

} // namespace console
