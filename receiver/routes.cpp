// Matching the request line against the five endpoints.
#include "routes.hpp"

namespace receiver {

namespace {

// `path` is prefix + one segment + suffix; the segment (no '/', not empty) goes to `capture`.
bool one_segment(const std::string& path, const std::string& prefix, const std::string& suffix,
                 std::string& capture) {
    if (path.size() <= prefix.size() + suffix.size() || path.rfind(prefix, 0) != 0 ||
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    capture = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    return capture.find('/') == std::string::npos;
}

} // namespace

RouteMatch match_route(const std::string& method, const std::string& path) {
    RouteMatch m;
    std::string capture;
    std::optional<Route> route;
    if (path == "/health")
        route = Route::Health;
    else if (path == "/v1/events")
        route = Route::Upload;
    else if (one_segment(path, "/v1/export/", ".csv", capture))
        route = Route::Export;
    else if (one_segment(path, "/v1/kiosks/", "/bundle", capture))
        route = Route::Bundle;
    else if (one_segment(path, "/v1/kiosks/", "/alerts", capture))
        route = Route::Alerts;
    if (!route) {
        m.refusal = 404;
        return m;
    }
    const char* wanted = takes_body(*route) ? "POST" : "GET";
    if (method != wanted) {
        m.refusal = 405;
        m.allow = wanted;
        return m;
    }
    m.route = route;
    m.capture = std::move(capture);
    return m;
}

} // namespace receiver
