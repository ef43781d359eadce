// --ui-dump: the tappable items on screen as JSON, in physical window pixels, and the text
// blocks drawn, written atomically after every frame so tests and tools can find and tap
// them and read what the screen says.
#pragma once

#include "core/atomic_file.hpp"
#include "core/display_transform.hpp"
#include "ui_frame.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::ui {

std::string ui_dump_json(std::uint64_t frame, const std::string& screen, const std::string& lang,
                         const std::vector<TapItem>& taps, const DisplayTransform& transform,
                         const std::vector<ScreenText>& drawn = {});

} // namespace kiosk::ui
