// Every text on screen is measured and drawn here. Text without right-to-left letters, on a
// screen that is not mirrored, goes to ImGui as before; everything else is laid out by
// text_layout (bidi order, Arabic shaping, wrapping on shaped words) and drawn glyph by glyph
// from the same atlas. Lines are aligned to their start: the left, or on a mirrored
// (right-to-left) screen the right.
#pragma once

#include <imgui.h>

#include <string_view>

namespace kiosk::ui {

enum class TextAlign { Centre, Start };

// The size of `text` wrapped at spaces to `wrap_width` (0: only at line breaks), with lines
// `line_spacing` font sizes apart (shaped text keeps a little more room for its marks).
ImVec2 measure_text(ImFont* font, float px, std::string_view text, float wrap_width = 0,
                    float line_spacing = 1.0f);
// Whether `text` reads right to left: its first letter's direction, or the frame's when it has
// no letters (where its caret goes, for one).
bool reads_right_to_left(std::string_view text);
// The width of the widest word (words are kept whole when they fit a line).
float widest_word(ImFont* font, float px, std::string_view text);
// Draws `text` from `pos`, wrapped to `width` (0: no wrapping); each line is aligned within
// `width` (or the text's own width when 0). Returns the size drawn.
ImVec2 draw_text(ImDrawList* draw, ImFont* font, float px, ImVec2 pos, ImU32 colour,
                 std::string_view text, float width, TextAlign align = TextAlign::Start,
                 float line_spacing = 1.0f);

} // namespace kiosk::ui
