// The event store in PostgreSQL: for an organisation with many kiosks, years of data and the
// usual tools around the database (pg_dump, a streaming standby, reports in SQL).
#pragma once

#include "event_store.hpp"

#include <memory>
#include <string>

namespace receiver {

// See open_event_store. uri is a libpq URI ("postgresql://user@/db?host=/run/postgresql").
std::unique_ptr<EventStore> open_postgres_store(const std::string& uri, bool read_only);

} // namespace receiver
