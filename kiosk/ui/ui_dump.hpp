// --ui-dump: the tappable items on screen as JSON, in physical window pixels, written
// atomically after every frame so tests and tools can find and tap them.
#pragma once

#include "core/display_transform.hpp"
#include "ui_frame.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::ui {

std::string ui_dump_json(std::uint64_t frame, const std::string& screen, const std::string& lang,
                         const std::vector<TapItem>& taps, const DisplayTransform& transform);

// Writes to `path`.tmp, then renames over `path`. Returns an empty string or the error.
std::string write_file_atomically(const std::string& path, const std::string& content);

} // namespace kiosk::ui
