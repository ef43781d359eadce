// A box showing what is being typed on the on-screen keyboard (or a grey placeholder),
// with a caret at the end; long text scrolls so the end stays in view.
#pragma once

#include "ui/ui_frame.hpp"
#include "ui/widgets/icons.hpp"

#include <string>
#include <string_view>

namespace kiosk::ui {

void text_field_box(UiFrame& frame, std::string_view text, const std::string& placeholder,
                    float width);

// A typed-text box with its button (Sign up, Look up, Send ...): side by side on wide
// screens, the button under the field on narrow ones. Returns true when the button fired.
bool field_with_button(UiFrame& frame, std::string_view text, const std::string& placeholder,
                       const std::string& button_id, const std::string& button_label, Icon icon,
                       bool enabled = true);

} // namespace kiosk::ui
