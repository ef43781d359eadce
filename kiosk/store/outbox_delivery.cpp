// The uploader's side of the outbox: claim, settle, recover, summarise, prune.
#include "store/outbox_delivery.hpp"

namespace kiosk::store {

namespace {

// Rough bytes one row takes in the file besides its text columns (keys, state, index).
constexpr int kRowOverhead = 120;

void set_state(Database& db, const std::string& id, const char* state, const std::string& error,
               const std::string& now_utc) {
    Statement update =
        db.prepare("UPDATE events SET state = ?2, last_error = CASE WHEN ?3 = '' THEN last_error "
                   "ELSE ?3 END, delivered_at = CASE WHEN ?2 = 'delivered' THEN ?4 ELSE "
                   "delivered_at END WHERE id = ?1 AND state = 'in_flight'");
    update.bind(1, id);
    update.bind(2, state);
    update.bind(3, error);
    update.bind(4, now_utc);
    update.run();
}

} // namespace

std::vector<Event> claim_batch(Database& db, int limit) {
    Transaction transaction(db);
    std::vector<Event> batch = events_in_state(db, kQueued, limit);
    Statement mark =
        db.prepare("UPDATE events SET state = 'in_flight', attempts = attempts + 1 WHERE id = ?1");
    for (const Event& event : batch) {
        mark.reset();
        mark.bind(1, event.id);
        mark.run();
    }
    transaction.commit();
    return batch;
}

int requeue_in_flight(Database& db) {
    Transaction transaction(db);
    db.exec("UPDATE events SET state = 'queued' WHERE state = 'in_flight'");
    const int changed = sqlite3_changes(db.handle());
    transaction.commit();
    return changed;
}

void settle_batch(Database& db, const std::vector<std::string>& delivered,
                  const std::vector<Rejection>& rejected, const std::vector<std::string>& requeue,
                  const std::string& error, const std::string& now_utc) {
    Transaction transaction(db);
    for (const auto& id : delivered)
        set_state(db, id, kDelivered, "", now_utc);
    for (const auto& r : rejected)
        set_state(db, r.id, kQuarantined, r.reason.empty() ? "rejected" : r.reason, now_utc);
    for (const auto& id : requeue)
        set_state(db, id, kQueued, error, now_utc);
    transaction.commit();
}

OutboxSummary outbox_summary(Database& db) {
    OutboxSummary summary;
    Statement counts = db.prepare("SELECT state, COUNT(*) FROM events GROUP BY state");
    while (counts.step()) {
        const std::string state = counts.column_text(0);
        const std::int64_t n = counts.column_int64(1);
        if (state == kQueued)
            summary.queued = n;
        else if (state == kInFlight)
            summary.in_flight = n;
        else if (state == kDelivered)
            summary.delivered = n;
        else if (state == kQuarantined)
            summary.quarantined = n;
    }
    Statement oldest = db.prepare("SELECT occurred_at FROM events WHERE state IN ('queued', "
                                  "'in_flight') ORDER BY seq LIMIT 1");
    if (oldest.step())
        summary.oldest_undelivered_at = oldest.column_text(0);
    Statement last = db.prepare("SELECT MAX(delivered_at) FROM events");
    if (last.step() && !last.column_is_null(0))
        summary.last_delivered_at = last.column_text(0);
    Statement bytes =
        db.prepare("SELECT COALESCE(SUM(length(data) + length(type) + length(id) + "
                   "length(occurred_at) + COALESCE(length(last_error), 0) + ?1), 0) FROM events");
    bytes.bind(1, kRowOverhead);
    bytes.step();
    summary.bytes = bytes.column_int64(0);
    return summary;
}

std::vector<QuarantinedEvent> quarantined_events(Database& db, int limit) {
    Statement query = db.prepare("SELECT id, type, occurred_at, COALESCE(last_error, '') FROM "
                                 "events WHERE state = 'quarantined' ORDER BY seq DESC LIMIT ?1");
    query.bind(1, limit);
    std::vector<QuarantinedEvent> events;
    while (query.step())
        events.push_back({query.column_text(0), query.column_text(1), query.column_text(2),
                          query.column_text(3)});
    return events;
}

int prune_delivered(Database& db, const std::string& before_utc) {
    Transaction transaction(db);
    Statement remove =
        db.prepare("DELETE FROM events WHERE state = 'delivered' AND delivered_at < ?1");
    remove.bind(1, before_utc);
    remove.run();
    const int changed = sqlite3_changes(db.handle());
    transaction.commit();
    return changed;
}

} // namespace kiosk::store
