// Draws the screen for a ScreenId: the one place that knows which function draws which
// screen. Its table is checked against the screen table (core/screen_id.hpp) when compiled,
// so a screen without a draw function does not compile.
#pragma once

#include "ui_frame.hpp"

namespace kiosk::ui {

void draw_screen(UiFrame& frame, ScreenId screen);

} // namespace kiosk::ui
