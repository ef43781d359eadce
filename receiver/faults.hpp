// Test modes: a seeded, repeatable choice of which uploads fail and how (docs/receiver.md).
#pragma once

#include <cstdint>
#include <mutex>
#include <string>

namespace receiver {

enum class Fault {
    None,
    Fail,     // 500, before storing
    Throttle, // 429 with Retry-After, before storing
    Html,     // 200 with a captive-portal HTML page, before storing
    Close,    // stored, then the connection is dropped part-way through the answer
};

const char* fault_name(Fault fault);

struct FaultOptions {
    double fail_share = 0;
    double throttle_share = 0;
    double html_share = 0;
    double close_share = 0;
    int retry_after_seconds = 1;
    bool retry_after_date = false; // Retry-After as an HTTP-date instead of seconds
    int delay_ms = 0;
    std::uint64_t seed = 0;

    bool any() const {
        return fail_share > 0 || throttle_share > 0 || html_share > 0 || close_share > 0 ||
               delay_ms > 0;
    }
};

// Draws one fault per upload from a splitmix64 stream: the same seed gives the same sequence.
// Each draw u in [0, 1) falls into bands in this order: fail, throttle, html, close, none.
// Thread-safe; the sequence follows the order in which uploads arrive.
class FaultPicker {
  public:
    explicit FaultPicker(const FaultOptions& options) : options_(options), state_(options.seed) {}
    Fault next();

  private:
    FaultOptions options_;
    std::uint64_t state_;
    std::mutex mutex_;
};

// The page a captive portal (hotel or café Wi-Fi login) answers with instead of the server.
std::string captive_portal_html();

} // namespace receiver
