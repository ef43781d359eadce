// The staff PIN pad: digits 1-9 and 0, delete and OK, with the entered digits shown as
// dots. Emits PinDigit / PinBackspace / PinSubmit actions.
#pragma once

#include "ui/ui_frame.hpp"

namespace kiosk::ui {

void pin_pad(UiFrame& frame, bool enabled);

} // namespace kiosk::ui
