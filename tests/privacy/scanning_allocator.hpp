// For the privacy tests only: global operator new and delete that, while a scan is on, look
// into every block as it is freed for any of a few marker strings (typed text that must have
// been wiped first).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>

namespace kiosk::test {

struct ScanResult {
    std::size_t blocks_freed = 0;
    std::size_t blocks_with_marker = 0;
    std::string first_found; // the marker found first, if any
};

// Markers must be string literals (they are not copied).
void scan_frees_for(std::initializer_list<const char*> markers);
ScanResult stop_scanning();

} // namespace kiosk::test
