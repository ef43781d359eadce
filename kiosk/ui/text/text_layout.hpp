// Lays out a paragraph that needs bidi or shaping: breaks it into lines at spaces (measured on
// shaped words), orders each line's runs by the bidi algorithm, shapes Arabic-script runs
// with HarfBuzz, and gives glyphs at positions, ready to draw from the font's atlas. Layouts
// are cached: content does not change between frames, so a screen is shaped once.
#pragma once

#include "arabic_font.hpp"
#include "bidi_runs.hpp"

#include <imgui.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui::text {

// The Arabic face that goes with an ImGui font, and its scale at the font's FontSize.
struct FontShaping {
    const ArabicFace* face = nullptr;
    float units_to_px = 0;
};
using ShapingTable = std::map<const ImFont*, FontShaping>;

struct PlacedGlyph {
    ImWchar ch; // a character of the font, or glyph_char() of an Arabic glyph
    float x;    // from the left end of the line
    float y;    // from the line's top
};

struct LaidLine {
    std::vector<PlacedGlyph> glyphs;
    float width = 0;
    bool right_to_left = false; // the paragraph's direction
};

struct Layout {
    std::vector<LaidLine> lines;
    float width = 0;        // of the widest line
    float widest_word = 0;  // of the widest word
    float line_advance = 0; // from one line's top to the next
    float height() const;
};

// Wrapped lines are drawn this far apart, as a multiple of the font size.
inline constexpr float kShapedLineSpacing = 1.3f;

// Makes `table` the fonts' shaping from now on and forgets cached layouts (call when the atlas
// was built again: its fonts are new).
void use_shaping(ShapingTable table);
// The layout of `text` in `font` at `px`, wrapped to `wrap_width` (0: no wrapping). The
// paragraph's direction comes from its first letter, else from `fallback`. The reference is
// valid until the next call.
const Layout& layout_text(ImFont* font, float px, std::string_view text, float wrap_width,
                          BaseDirection fallback);
// Number of layouts cached (for tests and the benchmark).
std::size_t cached_layouts();

} // namespace kiosk::ui::text
