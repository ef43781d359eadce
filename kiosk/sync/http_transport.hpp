// One HTTP exchange, as the uploader and the bundle updater see it. The real transport is
// libcurl (curl_transport.hpp); tests can put a scripted one in its place.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kiosk::sync {

struct HttpRequest {
    std::string method = "GET"; // "GET" or "POST"
    std::string url;
    std::vector<std::string> headers; // "Name: value"
    std::string body;
};

struct HttpResponse {
    // 0 when no HTTP answer arrived (time-out, DNS, refused, reset, TLS, cut short, stopped).
    long status = 0;
    std::map<std::string, std::string> headers; // names in lower case, last value wins
    std::string body;
    // Why there was no answer, in plain words for staff (empty when status != 0).
    std::string error;
    // The kind of failure when status == 0, for choosing the staff text.
    enum class Failure { None, Network, Timeout, Tls, Pin, Stopped, Other };
    Failure failure = Failure::None;

    std::string header(const std::string& lower_case_name) const {
        const auto it = headers.find(lower_case_name);
        return it == headers.end() ? std::string() : it->second;
    }
};

class HttpTransport {
  public:
    virtual ~HttpTransport() = default;
    virtual HttpResponse send(const HttpRequest& request) = 0;
};

} // namespace kiosk::sync
