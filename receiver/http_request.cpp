// Header lookup without regard to case.
#include "http_request.hpp"

#include <algorithm>
#include <cctype>

namespace receiver {

std::string HttpRequest::header(const std::string& name) const {
    std::string key = name;
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto it = headers.find(key);
    return it == headers.end() ? "" : it->second;
}

} // namespace receiver
