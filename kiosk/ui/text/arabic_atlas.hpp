// Arabic glyphs in ImGui's font atlas. ImGui keys glyphs by character, but shaped Arabic is a
// list of glyph indices (a letter has up to four forms, lam-alef is one glyph for two
// letters), so glyph index g of the Arabic face becomes the private-use character
// U+E000 + g of an ImGui font. The glyphs are rasterised with stb_truetype, as ImGui
// rasterises its own, into custom rectangles of the same atlas texture.
#pragma once

#include "arabic_font.hpp"

#include <imgui.h>

#include <vector>

namespace kiosk::ui::text {

inline constexpr unsigned kGlyphCharBase = 0xE000;
inline constexpr unsigned kGlyphCharLimit = 0xF8FF; // the end of the private use area
inline ImWchar glyph_char(unsigned glyph) {
    return static_cast<ImWchar>(kGlyphCharBase + glyph);
}

// How large an Arabic face is drawn beside an ImGui font built from a Latin file at `px`:
// the same em size as the Latin font, times `kArabicEmScale` (Arabic letters are small for
// their em; at the same em they read a size smaller than Latin).
inline constexpr float kArabicEmScale = 1.12f;
float arabic_units_to_px(const char* latin_file, float px, const ArabicFace& arabic);

// Adds glyphs to fonts of an atlas before ImFontAtlas::Build(); render() draws them into the
// texture after it.
class ArabicAtlasGlyphs {
  public:
    void add(ImFontAtlas& atlas, ImFont* font, const ArabicFace& face, float units_to_px,
             const std::vector<unsigned>& glyphs);
    // After Build(): rasterises every added glyph and puts it on the font's baseline.
    void render(ImFontAtlas& atlas);

  private:
    struct Pending {
        ImFont* font;
        const ArabicFace* face;
        float scale;
        unsigned glyph;
        int rect;
        bool empty;
    };
    std::vector<Pending> pending_;
};

} // namespace kiosk::ui::text
