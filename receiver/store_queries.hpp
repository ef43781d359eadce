// SQL text that both stores run as it is: the same dialect subset, and $1 names the first
// parameter in SQLite as it does in PostgreSQL.
#pragma once

namespace receiver {

// Per kiosk, its newest event of type $1 (a tie in occurred_at gives both, by id).
inline constexpr const char* kLatestPerKioskSql =
    "SELECT e.id, e.kiosk_id, e.occurred_at, e.received_at, e.data FROM events e "
    "JOIN (SELECT kiosk_id, max(occurred_at) AS newest FROM events WHERE type = $1 "
    "GROUP BY kiosk_id) n ON e.kiosk_id = n.kiosk_id AND e.occurred_at = n.newest "
    "WHERE e.type = $1 ORDER BY e.kiosk_id, e.id";

} // namespace receiver
