// The Unicode bidirectional algorithm for one line, by GNU FriBiDi: which stretches of the
// line run left to right or right to left, in the order they appear on screen.
#pragma once

#include <string>
#include <vector>

namespace kiosk::ui::text {

enum class BaseDirection { LeftToRight, RightToLeft };

struct BidiRun {
    std::size_t start = 0; // code point index in the line (logical order)
    std::size_t end = 0;
    bool right_to_left = false;
};

// The line's runs from left to right on screen, for a paragraph of direction `base` (a line
// that starts with "112" in an Arabic paragraph still reads right to left).
std::vector<BidiRun> visual_runs(const std::u32string& line, BaseDirection base);
// For a right-to-left paragraph: wraps each stretch of Latin letters and digits (with the
// spaces and separators inside it: "020 000 0000", "3-MMC", "1,8 mg", "20:00-08:00") in a
// left-to-right isolate (U+2066 ... U+2069). Plain bidi would turn "3-MMC" after an Arabic
// word into "MMC-3" and show a phone number's groups in reverse order.
std::u32string isolate_left_to_right(const std::u32string& line);
// True for the invisible bidi controls (drawn as nothing).
bool is_bidi_control(char32_t c);
// The direction the line's first strong letter gives, or `fallback`; with a right-to-left
// `fallback` (a mirrored screen), right to left as soon as the line has an Arabic letter.
BaseDirection paragraph_direction(const std::u32string& line, BaseDirection fallback);
// The mirrored form of a character drawn right to left ("(" -> ")"), or the character.
char32_t mirrored(char32_t c);

} // namespace kiosk::ui::text
