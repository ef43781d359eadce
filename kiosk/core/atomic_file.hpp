// Writes a whole file so readers see the old or the new content, never half: write to
// "<path>.tmp", flush, then rename over the path.
#pragma once

#include <string>

namespace kiosk {

// Returns an empty string, or what went wrong (with the path and the OS reason).
std::string write_file_atomically(const std::string& path, const std::string& content);

} // namespace kiosk
