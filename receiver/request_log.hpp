// One stderr line per request: time, client, method, path, kiosk, status and counts.
// Never tokens, never event data.
#pragma once

#include <string>

namespace receiver {

// What a handler learned about its request, for the log line written after the answer.
// Kept per worker thread: a handler and the log line of its request run on the same thread.
struct RequestNote {
    std::string kiosk_id; // from X-Kiosk-Id, as sent (made printable)
    int accepted = -1;    // -1: no counts (the request did not get that far)
    int duplicates = 0;
    int rejected = 0;
    std::string fault; // test-mode fault applied, if any
    std::string error; // short reason of a 4xx/5xx
};

RequestNote& request_note();

// Printable ASCII only (others become '?'), at most max characters, for text from clients.
std::string printable(const std::string& text, std::size_t max);

std::string log_line(const std::string& remote, const std::string& method, const std::string& path,
                     int status, const RequestNote& note);

// Writes one whole line to stderr (lines from several threads never interleave).
void log_message(const std::string& line);

} // namespace receiver
