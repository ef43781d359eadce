// Text on screens: headings and wrapped paragraphs in the theme's fonts.
#pragma once

#include "icons.hpp"
#include "ui/text/text_draw.hpp"
#include "ui/ui_frame.hpp"

#include <imgui_internal.h>

#include <string>

namespace kiosk::ui {

// Wrapped text in `font` at `px` as one item, wrapped at the window's wrap position.
// Returns where it is (also when scrolled out of view).
ImRect text_block(ImFont* font, float px, ImU32 colour, const std::string& text);
void heading(UiFrame& frame, const std::string& text);
void paragraph(UiFrame& frame, const std::string& text, bool muted = false);
void bold_line(UiFrame& frame, const std::string& text);
// A boxed message with an icon (notices, warnings).
void callout(UiFrame& frame, Icon icon, const std::string& text, ImU32 border);

} // namespace kiosk::ui
