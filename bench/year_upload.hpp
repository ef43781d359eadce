// A bench location's events as the receiver stores them (console_year_bench): in the upload
// batches a kiosk would send, each body made by the kiosk's own batch_body
// (kiosk/sync/upload_batch.hpp), read by the receiver's parse_batch and turned into rows by its
// events_to_store, so ids, sent_at, received_at and canonical are what an upload would store.
#pragma once

#include "event_store.hpp"
#include "store/outbox.hpp"

#include <random>
#include <string>
#include <vector>

namespace year_bench {

// The kiosk uploads what is queued a few seconds to minutes after an event (a signal: during
// its day; its occurred_at is the day's midnight), never after now_unix. Throws std::runtime_error
// when the receiver would reject an event: then the bench's data is not what a kiosk sends.
std::vector<receiver::StoredEvent> as_uploaded(const std::string& kiosk_id,
                                               std::vector<kiosk::store::Event> events,
                                               std::int64_t now_unix, std::mt19937& rng);

} // namespace year_bench
