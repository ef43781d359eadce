// What both stores share: choosing one from the config, and turning a batch into rows.
#include "event_store.hpp"

#include "postgres_event_store.hpp"
#include "sqlite_event_store.hpp"

namespace receiver {

bool is_postgresql_uri(const std::string& database) {
    return database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0;
}

std::unique_ptr<EventStore> open_event_store(const std::string& database, bool read_only) {
    if (is_postgresql_uri(database)) {
        return open_postgres_store(database, read_only);
    }
    return open_sqlite_store(database, read_only);
}

std::vector<StoredEvent> events_to_store(const Batch& batch, const std::string& received_at) {
    std::vector<StoredEvent> rows;
    for (const auto& event : batch.events) {
        if (event.rejection) {
            continue;
        }
        const bool day_only = event.type == "signal.reported";
        rows.push_back({event.id, batch.kiosk_id, event.type, event.occurred_at, event.schema,
                        event.data_json, event.canonical,
                        day_only ? batch.sent_at.substr(0, 10) : batch.sent_at,
                        day_only ? received_at.substr(0, 10) : received_at});
    }
    return rows;
}

std::vector<StoreOutcome> EventStore::store(const Batch& batch, const std::string& received_at) {
    const std::vector<StoreOutcome> written = insert(events_to_store(batch, received_at));
    std::vector<StoreOutcome> outcomes;
    outcomes.reserve(batch.events.size());
    auto next = written.begin();
    for (const auto& event : batch.events) {
        outcomes.push_back(event.rejection ? StoreOutcome::Skipped : *next++);
    }
    return outcomes;
}

} // namespace receiver
