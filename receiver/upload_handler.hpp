// POST /v1/events: check the kiosk, read the (gzip) body within the limit, store, answer.
#pragma once

#include "auth.hpp"
#include "event_store.hpp"
#include "faults.hpp"

#include <cstddef>

namespace httplib {
struct Request;
struct Response;
class ContentReader;
} // namespace httplib

namespace receiver {

struct UploadContext {
    const Authorizer& auth;
    EventStore& store;
    FaultPicker& faults;
    const FaultOptions& fault_options;
    std::size_t max_body_bytes;
};

void handle_upload(UploadContext& ctx, const httplib::Request& req, httplib::Response& res,
                   const httplib::ContentReader& read_body);

} // namespace receiver
