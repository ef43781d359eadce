// Which events of some types are new in the store since the last look, for the console's
// caches (groups_cache, reach_cache): each event is read and parsed once, not per request.
// First the store's change stamp: the same as last time, nothing was stored. Else a count per
// type: events are never changed once stored and these types are never deleted (retention
// only removes kiosk.health and interest.submitted), so a count that did not change means
// nothing new; when it grew, the ids (the index alone) tell which rows to read: only those of
// the last days seen when the count of those days grew by as much (new events are mostly
// recent), else all of them.
#pragma once

#include "event_store.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace console {

class EventFeed {
  public:
    // max_events: at most this many ids kept (about 100 bytes each); beyond it, too_many.
    EventFeed(std::vector<std::string> types, std::size_t max_events);

    struct News {
        bool restart = false;  // fewer stored than seen: forget all; rows hold every event
        bool too_many = false; // more than max_events stored: nothing kept, rows empty
        std::vector<std::pair<std::size_t, receiver::ExportRow>> rows; // (type index, row)
    };

    // The events of the types stored since the last call (all of them the first time).
    News next(receiver::EventStore& store);

    // Forgets every id: the next call hands out every event again.
    void forget();

  private:
    struct Seen {
        std::unordered_set<std::string> ids;         // handed out already
        std::map<std::string, std::int64_t> per_day; // how many of them occurred on each day
    };

    void read_new(receiver::EventStore& store, std::size_t type, std::int64_t count, News& news);

    std::vector<std::string> types_;
    std::size_t max_events_;
    std::vector<Seen> seen_; // per type
    std::string stamp_;      // the store's change stamp when all was handed out; "" none yet
};

} // namespace console
