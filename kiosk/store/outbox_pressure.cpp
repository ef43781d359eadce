// Making room in a full outbox: prune delivered events, then merge queued daily counters.
#include "store/outbox_pressure.hpp"

#include "store/outbox.hpp"
#include "store/outbox_delivery.hpp"

#include <nlohmann/json.hpp>

namespace kiosk::store {

namespace {

PressureLevel level_of(std::int64_t bytes, std::int64_t cap) {
    if (bytes >= cap)
        return PressureLevel::Full;
    if (bytes * 5 >= cap * 4)
        return PressureLevel::Near;
    return PressureLevel::Ok;
}

void add_counters(nlohmann::json& sum, const nlohmann::json& counters) {
    if (!counters.is_object())
        return;
    for (const auto& [metric, keys] : counters.items()) {
        if (!keys.is_object())
            continue;
        for (const auto& [key, count] : keys.items()) {
            if (!count.is_number_integer())
                continue;
            auto& slot = sum[metric][key];
            slot = (slot.is_null() ? 0 : slot.get<std::int64_t>()) + count.get<std::int64_t>();
        }
    }
}

int merge_queued_daily_stats(Database& db, const std::string& kiosk_id,
                             const std::string& now_utc) {
    Transaction transaction(db);
    Statement query =
        db.prepare("SELECT id, data FROM events WHERE state = 'queued' AND type = "
                   "'stats.daily' AND json_valid(data) ORDER BY json_extract(data, '$.day'), seq");
    std::vector<std::string> ids;
    std::vector<std::string> days;
    nlohmann::json counters = nlohmann::json::object();
    while (query.step()) {
        const auto data = nlohmann::json::parse(query.column_text(1), nullptr, false);
        if (!data.is_object() || !data.contains("day") || !data["day"].is_string())
            continue; // not ours to merge: leave it queued as it is
        ids.push_back(query.column_text(0));
        days.push_back(data["day"].get<std::string>());
        if (data.contains("counters"))
            add_counters(counters, data["counters"]);
    }
    if (ids.size() < 2)
        return 0;
    nlohmann::json merged = {{"kiosk_id", kiosk_id},
                             {"from", days.front()},
                             {"to", days.back()},
                             {"days", days},
                             {"counters", counters}};
    const std::string new_id = append_event(db, EventKind::StatsDays, merged.dump(), now_utc, 1);
    Statement remove = db.prepare("DELETE FROM events WHERE id = ?1 AND state = 'queued'");
    Statement repoint =
        db.prepare("UPDATE reach_days_closed SET event_id = ?2 WHERE event_id = ?1");
    for (const auto& id : ids) {
        remove.reset();
        remove.bind(1, id);
        remove.run();
        repoint.reset();
        repoint.bind(1, id);
        repoint.bind(2, new_id);
        repoint.run();
    }
    transaction.commit();
    return static_cast<int>(ids.size());
}

} // namespace

PressureResult relieve_pressure(Database& db, std::int64_t cap_bytes, const std::string& kiosk_id,
                                const std::string& now_utc) {
    PressureResult result;
    result.bytes_before = outbox_summary(db).bytes;
    result.bytes_after = result.bytes_before;
    result.level = level_of(result.bytes_before, cap_bytes);
    if (result.level == PressureLevel::Ok)
        return result;
    result.pruned = prune_delivered(db, "9999-12-31T23:59:59Z");
    result.bytes_after = outbox_summary(db).bytes;
    if (level_of(result.bytes_after, cap_bytes) != PressureLevel::Ok) {
        result.merged = merge_queued_daily_stats(db, kiosk_id, now_utc);
        result.bytes_after = outbox_summary(db).bytes;
    }
    result.level = level_of(result.bytes_after, cap_bytes);
    return result;
}

} // namespace kiosk::store
