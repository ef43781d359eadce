// Recording a signal from the field (common/signal_report.hpp) as one `signal.reported` event.
// Nothing else is stored: the report lives only in the outbox until it is delivered, and is
// deleted retention_days after that, like every delivered event (docs/privacy.md).
#pragma once

#include "common/signal_report.hpp"
#include "store/database.hpp"

#include <string>

namespace kiosk::store {

// Checks the report (signal_problem) and queues it in its own transaction. The event's
// occurred_at is the report's day at 00:00:00Z: a time of day is never recorded. Returns the
// event id; throws StoreError with the problem when the report is not allowed.
std::string record_signal(Database& db, const SignalReport& report);

} // namespace kiosk::store
