// Formatting and writing the request log.
#include "request_log.hpp"

#include "common/rfc3339.hpp"

#include <cstdio>
#include <mutex>

namespace receiver {

RequestNote& request_note() {
    thread_local RequestNote note;
    return note;
}

std::string printable(const std::string& text, std::size_t max) {
    std::string out;
    for (char c : text) {
        if (out.size() >= max) {
            return out + "...";
        }
        out += (c >= 0x21 && c <= 0x7e) ? c : '?';
    }
    return out;
}

std::string log_line(const std::string& remote, const std::string& method, const std::string& path,
                     int status, const RequestNote& note) {
    std::string line = kiosk::utc_now() + " " + printable(remote, 64) + " " +
                       printable(method, 16) + " " + printable(path, 200);
    if (!note.kiosk_id.empty()) {
        line += " kiosk=" + note.kiosk_id;
    }
    line += " status=" + std::to_string(status);
    if (note.accepted >= 0) {
        line += " accepted=" + std::to_string(note.accepted) +
                " duplicates=" + std::to_string(note.duplicates) +
                " rejected=" + std::to_string(note.rejected);
    }
    if (!note.fault.empty()) {
        line += " fault=" + note.fault;
    }
    if (!note.error.empty()) {
        line += " error=\"" + note.error + "\"";
    }
    return line;
}

void log_message(const std::string& line) {
    static std::mutex mutex;
    static LogThrottle throttle;
    std::lock_guard<std::mutex> lock(mutex);
    const LogThrottle::Verdict verdict = throttle.admit(std::chrono::steady_clock::now());
    if (verdict.left_out > 0)
        std::fprintf(stderr, "%s %llu log lines left out (more than %d a second)\n",
                     kiosk::utc_now().c_str(), static_cast<unsigned long long>(verdict.left_out),
                     LogThrottle::kLinesPerSecond);
    if (verdict.write)
        std::fprintf(stderr, "%s\n", line.c_str());
    std::fflush(stderr);
}

LogThrottle::Verdict LogThrottle::admit(std::chrono::steady_clock::time_point now) {
    Verdict verdict;
    if (now - second_start_ >= std::chrono::seconds(1)) {
        second_start_ = now;
        written_ = 0;
        verdict.left_out = left_out_;
        left_out_ = 0;
    }
    verdict.write = written_ < kLinesPerSecond;
    if (verdict.write)
        ++written_;
    else
        ++left_out_;
    return verdict;
}

} // namespace receiver
