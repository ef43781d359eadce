// The receiver's endpoints (docs/upload-protocol.md, docs/bundles.md): which one a method and
// a path ask for, decided from the request line alone, so that a request for anything else is
// answered (404, 405) before a byte of its body is read.
#pragma once

#include <optional>
#include <string>

namespace receiver {

enum class Route {
    Health, // GET /health
    Upload, // POST /v1/events (the only one with a body)
    Export, // GET /v1/export/<type>.csv
    Bundle, // GET /v1/kiosks/<kiosk_id>/bundle
    Alerts, // GET /v1/kiosks/<kiosk_id>/alerts (the console's alert bundle)
};

struct RouteMatch {
    std::optional<Route> route;
    std::string capture; // the <type> or <kiosk_id>: never empty, never holds a '/'
    int refusal = 0;     // 404 (no such path) or 405 (path known, method not)
    std::string allow;   // the method the path takes, for a 405's Allow header
};

RouteMatch match_route(const std::string& method, const std::string& path);

constexpr bool takes_body(Route route) {
    return route == Route::Upload;
}

} // namespace receiver
