// Which text needs more than ImGui's left-to-right, one-glyph-per-character drawing: text
// with right-to-left letters needs bidi ordering, Arabic-script letters need shaping.
#pragma once

#include <string_view>

namespace kiosk::ui::text {

// Arabic-script letters, marks and punctuation (Arabic, Persian, Urdu): drawn with the Arabic
// font through HarfBuzz.
bool is_arabic_script(char32_t c);
// Right-to-left letters or marks (Hebrew, Arabic script, RLM and the right-to-left
// embeddings). Only such text goes through bidi and shaping; everything else is drawn by
// ImGui as it always was.
bool is_right_to_left(char32_t c);
// A quick scan of UTF-8 text for any right-to-left character.
bool has_right_to_left(std::string_view utf8);

} // namespace kiosk::ui::text
