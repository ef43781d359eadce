// Reading the Reach, Groups and Signals pages' events once when the console starts, before it
// listens, so the first coordinator to open a page does not wait for a year of events to be
// read (docs/performance.md, "Console"). A store that fails here is read again when asked.
#include "console_app.hpp"

#include "common/rfc3339.hpp"
#include "request_log.hpp"

#include <chrono>
#include <malloc.h>

namespace console {

void ConsoleApp::warm_up(std::int64_t now_unix) {
    const auto start = std::chrono::steady_clock::now();
    const Period period = period_from({}, console_today(now_unix));
    try {
        reach_cache_.report(store_, period);
        groups_cache_.report(store_, period, group_types_);
        signals_cache_.signals(store_);
    } catch (const std::exception& err) {
        receiver::log_message(kiosk::utc_now() + " console: reading the events ahead failed (" +
                              err.what() + "); the pages will read them when asked");
        return;
    }
    malloc_trim(0); // give back what reading a year of rows took for a moment (glibc)
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start)
                        .count();
    receiver::log_message(kiosk::utc_now() + " console: Reach, Groups and Signals events read in " +
                          std::to_string(ms) + " ms");
}

} // namespace console
