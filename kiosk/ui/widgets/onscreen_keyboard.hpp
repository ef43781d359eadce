// The built-in on-screen keyboard (no system keyboard reaches a full-screen X11 app).
// Emits TypeText / Backspace actions; its layout and shift state live in UiState.
#pragma once

#include "ui/ui_frame.hpp"

namespace kiosk::ui {

// Height the keyboard needs at the available width.
float keyboard_height(const UiFrame& frame);
void onscreen_keyboard(UiFrame& frame);

} // namespace kiosk::ui
