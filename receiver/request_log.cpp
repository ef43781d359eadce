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
    std::lock_guard<std::mutex> lock(mutex);
    std::fprintf(stderr, "%s\n", line.c_str());
    std::fflush(stderr);
}

} // namespace receiver
