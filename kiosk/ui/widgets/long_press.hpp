// A control that acts only after being held, with a filling ring as feedback. Used for
// the hidden staff entry on the logo, so a visitor's tap does nothing surprising.
#pragma once

#include "ui/ui_frame.hpp"

#include <string>

namespace kiosk::ui {

// Returns true once, when the press has lasted `seconds`. Draws only the progress ring;
// the caller draws the face.
bool long_press_area(UiFrame& frame, const std::string& id, ImVec2 size, float seconds);

} // namespace kiosk::ui
