// POST /v1/events: check the kiosk from the headers, then store the batch in the body.
#pragma once

#include "auth.hpp"
#include "event_retention.hpp"
#include "event_store.hpp"
#include "faults.hpp"
#include "http_request.hpp"
#include "reply.hpp"

#include <optional>

namespace receiver {

struct UploadContext {
    const Authorizer& auth;
    EventStore& store;
    FaultPicker& faults;
    const FaultOptions& fault_options;
    EventRetention& retention;
};

struct UploadStart {
    std::optional<Reply> answer; // the request is answered before its body is read
    Fault fault = Fault::None;   // the test-mode fault chosen for it
};

// Headers only: the test-mode delay and faults, the token, the media type and encoding.
UploadStart start_upload(UploadContext& ctx, const HttpRequest& req);
// The whole body (inflated, within the limit): the envelope, the kiosk match, the events.
Reply finish_upload(UploadContext& ctx, const HttpRequest& req, Fault fault);

} // namespace receiver
