// A handler's answer as a value, sent at the end (whole, or cut short by the close fault).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace httplib {
struct Response;
}

namespace receiver {

struct Reply {
    int status = 200;
    std::string body;
    std::string content_type = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
    bool close_connection = false; // the request body was not (fully) read
};

// {"error":"<message>"} with status; the message also goes to the request's log line.
Reply error_reply(int status, const std::string& message);

// Puts reply into res. With cut_short the headers promise the whole body but only the first
// half is written before the connection is dropped (the close-mid-response test mode).
void send_reply(httplib::Response& res, Reply reply, bool cut_short);

} // namespace receiver
