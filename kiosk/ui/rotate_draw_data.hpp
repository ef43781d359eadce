// Rotates (and for right-to-left languages mirrors) a finished ImGui frame from logical to
// physical window coordinates, so the whole UI can be drawn turned by 90/180/270 degrees
// without help from the compositor.
#pragma once

#include "core/display_transform.hpp"

struct ImDrawData;

namespace kiosk::ui {

void rotate_draw_data(ImDrawData* draw_data, const DisplayTransform& transform);

} // namespace kiosk::ui
