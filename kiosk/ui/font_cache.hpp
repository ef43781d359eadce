// A built font atlas on disk, so a start does not rasterise the same glyphs again: the
// atlas's 8-bit pixels, its fonts' metrics and glyphs, and what it was built from (ImGui's
// version, the font files' sizes and times, the pixel sizes, the glyph ranges). A file that
// does not match exactly is not used; a new one replaces it (written aside, then renamed).
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace kiosk::ui {

// What an atlas is built from; equal keys give equal atlases.
struct AtlasKey {
    std::vector<std::string> font_files; // in the order the fonts were added
    std::vector<float> sizes;            // the pixel size of each font, same order
    std::vector<ImWchar> ranges;         // the glyph ranges (pairs, 0-terminated)
    std::vector<unsigned> arabic_glyphs; // glyph indices of the Arabic face added to each font
    // The key as bytes (includes the files' sizes and modification times).
    std::string bytes() const;
    // The file for this key in `dir`.
    std::string file_in(const std::string& dir) const;
};

// Fills an empty `atlas` from the cache; false when there is no file for the key or it does
// not match. The fonts are in `atlas.Fonts`, in the order of the key.
bool load_cached_atlas(const std::string& dir, const AtlasKey& key, ImFontAtlas& atlas);
// Saves a built atlas (with its pixels) for the key; returns "" or what went wrong.
std::string save_cached_atlas(const std::string& dir, const AtlasKey& key,
                              const ImFontAtlas& atlas);

} // namespace kiosk::ui
