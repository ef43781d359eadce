// GET /v1/export/<type>.csv: every stored event of one type as CSV, for the admin token only.
#pragma once

#include "auth.hpp"
#include "event_store.hpp"
#include "http_request.hpp"
#include "reply.hpp"

namespace receiver {

// req.capture is the event type.
Reply export_reply(const Authorizer& auth, EventStore& store, const HttpRequest& req);

} // namespace receiver
