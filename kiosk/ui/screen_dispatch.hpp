// Draws the screen for a ScreenId: the one place that knows which function draws which
// screen. The switch has no default, so a screen added to the table (core/screen_id.hpp)
// without a draw function does not compile.
#pragma once

#include "ui_frame.hpp"

namespace kiosk::ui {

void draw_screen(UiFrame& frame, ScreenId screen);

} // namespace kiosk::ui
