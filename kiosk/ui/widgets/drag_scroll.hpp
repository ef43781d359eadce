// A scrolling area driven by touch: drag to scroll, fling with inertia, a visible bar
// that shows there is more. A press that turns into a drag never taps a button.
#pragma once

#include "ui/ui_frame.hpp"

namespace kiosk::ui {

void begin_drag_scroll(UiFrame& frame, const char* id, ImVec2 size);
void end_drag_scroll(UiFrame& frame);

// Movement (in px, scaled) before a press counts as a drag rather than a tap.
float drag_slop(const Theme& theme);

} // namespace kiosk::ui
