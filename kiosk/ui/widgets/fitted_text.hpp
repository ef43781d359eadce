// Labels that fit by wrapping, not by shrinking: a label is drawn at the size its caller asks
// for, wrapped at spaces to the width it has. It is made smaller only where the caller allows
// it (never for visitors' labels), and the result says when it still did not fit, so the UI
// dump (and a test over every screen and language) can catch a label that was cut.
#pragma once

#include "ui/text/text_draw.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace kiosk::ui {

// Wrapped lines are drawn this far apart, as a multiple of the font size.
inline constexpr float kLineSpacing = 1.15f;

// What drawing a label did: the size it was drawn at, and whether it did not fit (a word
// wider than the box, broken inside, or more lines than the box is high).
struct TextFit {
    float px = 0;
    bool clipped = false;
};

// Width of the widest word of `text` (words are kept whole when they fit a line).
inline float longest_word(ImFont* font, float px, std::string_view text) {
    return widest_word(font, px, text);
}
// Height of `text` wrapped at spaces to `width`.
inline float wrapped_height(ImFont* font, float px, float width, std::string_view text) {
    return measure_text(font, px, text, width, kLineSpacing).y;
}

// Draws `text` in [min, max] at `size`, wrapped to the width and centred in the height; only
// if it does not fit is the size lowered, step by step, down to `min_size` (pass `size` for
// no shrinking). Nothing is drawn outside the box.
TextFit draw_fitted_text(ImDrawList* draw, ImFont* font, float size, float min_size, ImVec2 min,
                         ImVec2 max, ImU32 colour, const std::string& text,
                         TextAlign align = TextAlign::Centre);

} // namespace kiosk::ui
