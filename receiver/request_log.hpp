// One stderr line per request: time, client, method, path, kiosk, status and counts.
// Never tokens, never event data.
#pragma once

#include <chrono>
#include <cstdint>
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

// Writes one whole line to stderr (lines from several threads never interleave). At most
// LogThrottle::kLinesPerSecond lines a second: a flood of requests cannot fill the disk; how
// many were left out is written with the next line after the second is over.
void log_message(const std::string& line);

class LogThrottle {
  public:
    static constexpr int kLinesPerSecond = 50;
    struct Verdict {
        bool write = false;
        std::uint64_t left_out = 0; // lines left out in the second before: say so first
    };
    Verdict admit(std::chrono::steady_clock::time_point now);

  private:
    std::chrono::steady_clock::time_point second_start_{};
    int written_ = 0;
    std::uint64_t left_out_ = 0;
};

} // namespace receiver
