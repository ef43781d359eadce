// Loads Noto Sans (Debian fonts-noto-core) at the theme's sizes, with only the glyphs the
// enabled languages and the keyboard need; Arabic and Persian letters come from Noto Sans
// Arabic, in every form they can take (text/arabic_atlas.hpp). Falls back to ImGui's built-in font,
// with a message, if the font files are missing.
#pragma once

#include "text/text_layout.hpp"
#include "theme.hpp"

#include <imgui.h>

#include <memory>
#include <string>

namespace kiosk::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    ImFont* small = nullptr;
    ImFont* bold = nullptr;
};

// Normal and large-text sizes, built into one atlas.
struct FontSet {
    Fonts normal;
    Fonts large;
    // The glyph ranges the atlas was built with: they must live as long as the atlas may be
    // built again from its fonts (ImGui keeps only a pointer).
    std::shared_ptr<ImVector<ImWchar>> ranges;
    // Each font's Arabic face and scale, for shaping (text/text_layout.hpp).
    text::ShapingTable shaping;
    bool arabic = false; // built with every Arabic form (FontNeeds::arabic)
    const Fonts& pick(bool large_text) const { return large_text ? large : normal; }
};

// What the atlas must be able to draw.
struct GlyphText {
    GlyphText(std::string all_ = "", std::string always_shaped_ = "")
        : all(std::move(all_)), always_shaped(std::move(always_shaped_)) {}
    GlyphText(const char* all_) : all(all_) {}
    std::string all;           // every string the UI may show
    std::string always_shaped; // Arabic-script text shown in every language (language names)
};

// What to build beyond the normal sizes: the large-text sizes, and every form of the
// Arabic-script letters in the text (only the language names' otherwise).
struct FontNeeds {
    FontNeeds(bool large_ = false, bool arabic_ = false) : large(large_), arabic(arabic_) {}
    bool large;
    bool arabic;
};

// `text.all` holds every string the UI may show; glyph ranges are built from it.
// Returns an empty `error` on success.
// `needs.large` adds the large-text sizes, `needs.arabic` the Arabic glyphs; each is built
// only once a visitor asks for large text or a right-to-left language, which keeps start-up
// fast and the atlas small. With a `cache_dir` a built atlas is kept on disk and
// used again when nothing it was built from has changed (font_cache.hpp).
FontSet load_fonts(ImFontAtlas& atlas, const Theme& theme, const GlyphText& text, FontNeeds needs,
                   std::string& error, const std::string& cache_dir = "");

} // namespace kiosk::ui
