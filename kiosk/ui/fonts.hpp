// Loads Noto Sans (Debian fonts-noto-core) at the theme's sizes, with only the glyphs the
// enabled languages and the keyboard need. Falls back to ImGui's built-in font, with a
// message, if the font files are missing.
#pragma once

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
    const Fonts& pick(bool large_text) const { return large_text ? large : normal; }
};

// `text` holds every string the UI may show; glyph ranges are built from it.
// Returns an empty `error` on success.
// `with_large` adds the large-text sizes; they are built only once a visitor asks for
// large text, which keeps start-up fast. With a `cache_dir` a built atlas is kept on disk and
// used again when nothing it was built from has changed (font_cache.hpp).
FontSet load_fonts(ImFontAtlas& atlas, const Theme& theme, const std::string& text, bool with_large,
                   std::string& error, const std::string& cache_dir = "");

} // namespace kiosk::ui
