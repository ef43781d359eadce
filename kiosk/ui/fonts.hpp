// Loads Noto Sans (Debian fonts-noto-core) at the theme's sizes, with only the glyphs the
// enabled languages and the keyboard need. Falls back to ImGui's built-in font, with a
// message, if the font files are missing.
#pragma once

#include "theme.hpp"

#include <imgui.h>

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
    const Fonts& pick(bool large_text) const { return large_text ? large : normal; }
};

// `text` holds every string the UI may show; glyph ranges are built from it.
// Returns an empty `error` on success.
// `with_large` adds the large-text sizes; they are built only once a visitor asks for
// large text, which keeps start-up fast.
FontSet load_fonts(ImFontAtlas& atlas, const Theme& theme, const std::string& text, bool with_large,
                   std::string& error);

} // namespace kiosk::ui
