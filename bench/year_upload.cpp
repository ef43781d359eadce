// Batching a bench location's outbox as its uploads would, through the kiosk's body builder
// and the receiver's own parsing (year_upload.hpp).
#include "year_upload.hpp"

#include "batch.hpp"
#include "common/rfc3339.hpp"
#include "sync/upload_batch.hpp"

#include <algorithm>
#include <stdexcept>

namespace year_bench {

namespace {

constexpr std::size_t kMaxBatch = 200;

std::int64_t unix_of(const std::string& rfc3339) {
    return kiosk::parse_utc(rfc3339, kiosk::Fraction::Allowed).value_or(0);
}

struct Queued {
    std::int64_t at; // when the kiosk had it queued
    kiosk::store::Event event;
};

// One upload: its body through parse_batch, the rows through events_to_store.
void upload(const std::string& kiosk_id, const std::vector<kiosk::store::Event>& batch,
            std::int64_t sent, std::int64_t received, std::vector<receiver::StoredEvent>& rows) {
    const receiver::Batch parsed = receiver::parse_batch(
        kiosk::sync::batch_body(kiosk_id, kiosk::format_utc_unix(sent), batch));
    for (const auto& event : parsed.events) {
        if (event.rejection) {
            throw std::runtime_error("the receiver would reject " + event.type + " " + event.id +
                                     ": " + *event.rejection);
        }
    }
    for (auto& row : receiver::events_to_store(parsed, kiosk::format_utc_unix(received))) {
        rows.push_back(std::move(row));
    }
}

} // namespace

std::vector<receiver::StoredEvent> as_uploaded(const std::string& kiosk_id,
                                               std::vector<kiosk::store::Event> events,
                                               std::int64_t now_unix, std::mt19937& rng) {
    auto between = [&rng](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    std::vector<Queued> queue;
    queue.reserve(events.size());
    for (auto& e : events) {
        std::int64_t at = unix_of(e.occurred_at);
        if (e.type == "signal.reported") {
            at += between(9 * 3600, 19 * 3600);
        }
        queue.push_back({at, std::move(e)});
    }
    std::stable_sort(queue.begin(), queue.end(),
                     [](const Queued& a, const Queued& b) { return a.at < b.at; });
    std::vector<receiver::StoredEvent> rows;
    rows.reserve(queue.size());
    for (std::size_t i = 0; i < queue.size();) {
        const std::int64_t sent =
            std::max(queue[i].at, std::min(now_unix, queue[i].at + between(5, 300)));
        std::vector<kiosk::store::Event> batch;
        for (; i < queue.size() && queue[i].at <= sent && batch.size() < kMaxBatch; ++i) {
            batch.push_back(std::move(queue[i].event));
        }
        upload(kiosk_id, batch, sent, sent + between(0, 2), rows);
    }
    return rows;
}

} // namespace year_bench
