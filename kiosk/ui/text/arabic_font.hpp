// Noto Sans Arabic (Debian's fonts-noto-core), regular and bold, for HarfBuzz: shaping runs
// of Arabic-script text into glyphs at their positions, and finding every glyph a set of
// letters can turn into (contextual forms, lam-alef and other ligatures, marks).
#pragma once

#include <memory>
#include <string>
#include <vector>

struct hb_font_t;

namespace kiosk::ui::text {

// One glyph of shaped text, in font units, in visual (left to right) order.
struct ShapedGlyph {
    unsigned glyph = 0; // the font's glyph index
    float advance = 0;
    float offset_x = 0, offset_y = 0; // y up, as in the font
};

class ArabicFace {
  public:
    // The shared regular or bold face; null (with `error` set) when the file is missing.
    static const ArabicFace* get(bool bold, std::string* error = nullptr);
    ~ArabicFace();
    ArabicFace(const ArabicFace&) = delete;
    ArabicFace& operator=(const ArabicFace&) = delete;

    const std::string& file() const { return file_; }
    // Units per em: glyph sizes in pixels are units * px_per_em / units_per_em.
    float units_per_em() const { return upem_; }
    bool has(char32_t c) const;
    // Shapes a run of one direction; glyphs come in visual order (left to right).
    std::vector<ShapedGlyph> shape(const char32_t* text, std::size_t length,
                                   bool right_to_left) const;
    // Every glyph the given characters can become through the font's usual substitutions
    // (the forms and ligatures HarfBuzz uses for Arabic and Persian), sorted.
    std::vector<unsigned> glyph_closure(const std::u32string& characters) const;
    // The raw font file, for rasterising glyphs.
    const std::vector<unsigned char>& data() const { return data_; }

  private:
    explicit ArabicFace(std::string file);
    std::string file_;
    std::vector<unsigned char> data_;
    hb_font_t* font_ = nullptr;
    float upem_ = 1000;
};

} // namespace kiosk::ui::text
