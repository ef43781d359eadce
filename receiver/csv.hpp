// CSV text of exported events (RFC 4180: CRLF lines, fields quoted when needed).
#pragma once

#include "event_store.hpp"

#include <string>
#include <vector>

namespace receiver {

// The header "id,kiosk_id,occurred_at,received_at,data" and one line per row.
std::string events_csv(const std::vector<ExportRow>& rows);

} // namespace receiver
