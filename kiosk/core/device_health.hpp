// What the kiosk can say about its own machine for the hourly kiosk.health report
// (docs/upload-protocol.md): the readings the hardware gives (platform/hardware_health.hpp)
// and what the UI thread knows (the screen, failed frames, content fallbacks, the bundle in
// use). Plain data, nothing about visitors; a value the machine does not give stays empty.
#pragma once

#include <cstdint>
#include <optional>

namespace kiosk {

// The Raspberry Pi firmware's get_throttled bits: 0-3 now, 16-19 since boot.
struct Throttling {
    bool under_voltage_now = false;          // bit 0
    bool freq_capped_now = false;            // bit 1: ARM frequency capped
    bool throttled_now = false;              // bit 2
    bool soft_temp_limit_now = false;        // bit 3
    bool under_voltage_since_boot = false;   // bit 16
    bool freq_capped_since_boot = false;     // bit 17
    bool throttled_since_boot = false;       // bit 18
    bool soft_temp_limit_since_boot = false; // bit 19
};
struct HardwareHealth {
    std::optional<double> cpu_temp_c;            // thermal zone 0
    std::optional<Throttling> throttling;        // only on a Raspberry Pi
    std::optional<std::int64_t> free_disk_bytes; // on the data folder's file system
};

// Set by the UI thread, read by the uploader's.
struct AppHealth {
    bool clock_trusted = false; // no report while the clock may be wrong
    bool screen_on = true;
    std::int64_t frame_failures = 0;    // frames that failed to draw since the start
    std::int64_t content_fallbacks = 0; // texts shown in another language or built-in content
    std::optional<std::int64_t> bundle_version; // the bundle whose content is shown
    bool operator==(const AppHealth&) const = default;
};

inline Throttling throttling_from_bits(std::uint32_t bits) {
    const auto bit = [bits](int n) { return (bits >> n & 1u) != 0; };
    return {bit(0), bit(1), bit(2), bit(3), bit(16), bit(17), bit(18), bit(19)};
}

} // namespace kiosk
