// Replacing the waiting health report, and the queue it reports on.
#include "store/health_store.hpp"

#include "store/outbox.hpp"

namespace kiosk::store {

HealthRecorded record_health(Database& db, const std::string& data_json,
                             const std::string& occurred_at) {
    const std::string type(type_of(EventKind::KioskHealth));
    Transaction transaction(db);
    Statement remove = db.prepare("DELETE FROM events WHERE type = ?1 AND state = 'queued'");
    remove.bind(1, type);
    remove.run();
    HealthRecorded recorded;
    recorded.replaced = sqlite3_changes(db.handle());
    recorded.id = append_event(db, EventKind::KioskHealth, data_json, occurred_at);
    transaction.commit();
    return recorded;
}

WaitingEvents waiting_besides_health(Database& db) {
    Statement query = db.prepare("SELECT COUNT(*), MIN(occurred_at) FROM events "
                                 "WHERE state IN ('queued', 'in_flight') AND type <> ?1");
    query.bind(1, std::string(type_of(EventKind::KioskHealth)));
    query.step();
    WaitingEvents waiting;
    waiting.count = query.column_int64(0);
    if (!query.column_is_null(1))
        waiting.oldest_occurred_at = query.column_text(1);
    return waiting;
}

} // namespace kiosk::store
