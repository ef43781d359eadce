// A box showing what is being typed on the on-screen keyboard (or a grey placeholder),
// with a caret at the end; long text scrolls so the end stays in view.
#pragma once

#include "ui/ui_frame.hpp"

#include <string>

namespace kiosk::ui {

void text_field_box(UiFrame& frame, const std::string& text, const std::string& placeholder,
                    float width);

} // namespace kiosk::ui
