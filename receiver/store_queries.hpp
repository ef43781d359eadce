// SQL text that both stores run as it is: the same dialect subset, and $1 names the first
// parameter in SQLite as it does in PostgreSQL.
#pragma once

namespace receiver {

// Per kiosk, its newest event of type $1 (a tie in occurred_at gives both, by id). The kiosks
// are found by skipping through the index on kiosk_id (one seek per kiosk, however many
// events each has), and each kiosk's newest by the (kiosk_id, type, occurred_at) index: the
// cost grows with the number of kiosks, not with the reports kept.
inline constexpr const char* kLatestPerKioskSql =
    "WITH RECURSIVE k(kiosk_id) AS (SELECT min(kiosk_id) FROM events UNION ALL "
    "SELECT (SELECT min(kiosk_id) FROM events WHERE kiosk_id > k.kiosk_id) FROM k "
    "WHERE k.kiosk_id IS NOT NULL) "
    "SELECT e.id, e.kiosk_id, e.occurred_at, e.received_at, e.data FROM k "
    "JOIN events e ON e.kiosk_id = k.kiosk_id AND e.type = $1 AND e.occurred_at = "
    "(SELECT max(occurred_at) FROM events WHERE kiosk_id = k.kiosk_id AND type = $1) "
    "ORDER BY e.kiosk_id, e.id";

} // namespace receiver
