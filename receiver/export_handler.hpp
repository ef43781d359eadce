// GET /v1/export/<type>.csv: every stored event of one type as CSV, for the admin token only.
#pragma once

#include "auth.hpp"
#include "event_store.hpp"

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace receiver {

void handle_export(const Authorizer& auth, EventStore& store, const httplib::Request& req,
                   httplib::Response& res);

} // namespace receiver
