// A handler's answer as a value, sent by the server at the end (whole, or cut short by the
// close-mid-response test fault).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace receiver {

struct Reply {
    int status = 200;
    std::string body;
    std::string content_type = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
    bool close_connection = false; // the request body was not (fully) read
    // The close fault: the headers promise the whole body, only its first half is written,
    // then the connection is dropped.
    bool cut_short = false;
};

// {"error":"<message>"} with status; the message also goes to the request's log line.
Reply error_reply(int status, const std::string& message);

// reply, with the connection closed after it (sent before the request body was read whole).
Reply closing(Reply reply);

} // namespace receiver
