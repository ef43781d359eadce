// ALSA's own error messages, caught per thread instead of printed (alsa_messages.hpp).
#include "alsa_messages.hpp"

#include <alsa/asoundlib.h>

#include <cstdarg>
#include <cstdio>
#include <mutex>

namespace kiosk::platform {

namespace {

thread_local std::string first_message;

// libasound's handler type is variadic (printf-like); it may be called from any thread
// that calls into ALSA, so each thread keeps its own first message.
void catch_message(const char*, int, const char*, int, const char* format, ...) {
    if (!first_message.empty())
        return;
    char text[256];
    va_list args;
    va_start(args, format);
    std::vsnprintf(text, sizeof text, format, args);
    va_end(args);
    first_message = text;
}

} // namespace

void start_catching_alsa_messages() {
    static std::once_flag installed;
    std::call_once(installed, [] { snd_lib_error_set_handler(catch_message); });
    first_message.clear();
}

std::string first_alsa_message() {
    return first_message;
}

} // namespace kiosk::platform
