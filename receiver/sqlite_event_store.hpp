// The event store in one SQLite file: the embedded default, for one small organisation.
#pragma once

#include "event_store.hpp"

#include <memory>
#include <string>

namespace receiver {

// See open_event_store. The file is opened in WAL mode with full sync when written.
std::unique_ptr<EventStore> open_sqlite_store(const std::string& path, bool read_only);

} // namespace receiver
