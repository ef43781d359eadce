// One HTTP request as the handlers see it: what the server read off the wire, the body
// already whole (and inflated) and within the limit. Independent of the HTTP library.
#pragma once

#include <map>
#include <string>

namespace receiver {

struct HttpRequest {
    std::string method;
    std::string path;
    std::string remote;                         // the client's address, for the log
    std::map<std::string, std::string> headers; // names in lower case
    std::string capture;                        // the route's one variable part (kiosk id, type)
    std::string body;

    // The header's value, or "" when it was not sent; `name` in any case.
    std::string header(const std::string& name) const;
};

// text with A-Z made a-z (header names and values compared without regard to case).
std::string lower_case(std::string text);

} // namespace receiver
