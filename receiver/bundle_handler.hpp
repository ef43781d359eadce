// GET /v1/kiosks/<kiosk_id>/bundle: the signed bundle for that kiosk from bundles_dir
// (<kiosk_id>.bundle, else all.bundle), and GET /v1/kiosks/<kiosk_id>/alerts: the alert
// bundle the coordinator console wrote (alerts/all.bundle), each with a strong ETag and
// If-None-Match (docs/bundles.md, docs/alerts.md). The receiver never checks or holds a
// signing key: it serves the files as they are.
#pragma once

#include "auth.hpp"
#include "http_request.hpp"
#include "reply.hpp"

#include <string>

namespace receiver {

// "\"<SHA-256 of bytes, lower-case hex>\"" — strong: it changes with every byte.
std::string bundle_etag(const std::string& bytes);

// If-None-Match against our ETag: "*", or a comma-separated list of entity tags compared
// weakly (a W/ prefix is ignored), as RFC 9110 section 13.1.2 asks.
bool etag_matches(const std::string& if_none_match, const std::string& etag);

// req.capture is the kiosk id. bundles_dir empty: the server offers no bundles (404).
Reply bundle_reply(const Authorizer& auth, const std::string& bundles_dir, const HttpRequest& req);

// Where the console puts the alert bundle, under bundles_dir: a kiosk id holds no '/', so it
// can never be mistaken for one kiosk's bundle.
inline constexpr const char* kAlertBundlePath = "alerts/all.bundle";

// req.capture is the kiosk id; the same file for every kiosk.
Reply alerts_reply(const Authorizer& auth, const std::string& bundles_dir, const HttpRequest& req);

} // namespace receiver
