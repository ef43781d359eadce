// A QR code drawn with ImGui's draw list (libqrencode makes the matrix), dark on white
// with a quiet zone, so a visitor can scan it with their own phone.
#pragma once

#include "ui/ui_frame.hpp"

#include <string>

namespace kiosk::ui {

// Draws the code for `text` at the cursor, `size` pixels square. Returns false (and
// draws nothing) if the text cannot be encoded.
bool qr_code(const std::string& text, float size);

} // namespace kiosk::ui
