// Header lookup without regard to case.
#include "http_request.hpp"

#include <algorithm>
#include <cctype>

namespace receiver {

std::string lower_case(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string HttpRequest::header(const std::string& name) const {
    const auto it = headers.find(lower_case(name));
    return it == headers.end() ? "" : it->second;
}

} // namespace receiver
