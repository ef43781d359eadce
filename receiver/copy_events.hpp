// Copying every event from one store to another (SQLite to PostgreSQL when an organisation
// grows): page by page in id order, each page one transaction, safe to run again.
#pragma once

#include "event_store.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace receiver {

struct CopyResult {
    std::size_t read = 0;     // events in the source
    std::size_t new_here = 0; // written to the target now
    std::size_t already = 0;  // the target had them, the same (an earlier copy or upload)
    std::vector<std::string> conflicting; // ids the target holds with other content: kept as is
};

// Copies everything in from into to, each event with its own times. Throws StoreFailure; what
// was committed before stays and a second run goes on from there.
CopyResult copy_events(EventStore& from, EventStore& to, std::size_t page_size = 1000);

} // namespace receiver
