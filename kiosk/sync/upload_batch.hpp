// The upload's wire format (docs/upload-protocol.md): the request body for a batch of
// events, optionally gzip-compressed, and the reading of the one success answer.
#pragma once

#include "store/outbox.hpp"
#include "store/outbox_delivery.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::sync {

// {"kiosk_id":..., "sent_at":..., "events":[{"id","type","occurred_at","schema","data"}]}.
// Each event's data is embedded as the JSON object stored in the outbox.
std::string batch_body(const std::string& kiosk_id, const std::string& sent_at,
                       const std::vector<store::Event>& events);

// Whether the event can go into a body: its data parses as JSON and every text is UTF-8.
bool sendable_json(const store::Event& event);

// gzip (RFC 1952) of text; throws std::runtime_error if zlib fails.
std::string gzip(const std::string& text);

struct UploadReply {
    std::vector<std::string> accepted;
    std::vector<std::string> duplicates;
    std::vector<store::Rejection> rejected;
};

// The success body: a JSON object with the lists "accepted", "duplicates" (text ids) and
// "rejected" ({"id","reason"} objects). Nothing when the body is anything else (an HTML
// login page, a cut-off answer, a missing list): the caller then treats it as a failure.
std::optional<UploadReply> parse_upload_reply(const std::string& body);

} // namespace kiosk::sync
