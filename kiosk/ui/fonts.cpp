// Font atlas building from the system's Noto fonts.
#include "fonts.hpp"

#include <sys/stat.h>

namespace kiosk::ui {

namespace {
const char* kRegular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
const char* kBold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";

bool exists(const char* path) {
    struct stat st {};
    return stat(path, &st) == 0;
}
} // namespace

FontSet load_fonts(ImFontAtlas& atlas, const Theme& theme, const std::string& text, bool with_large,
                   std::string& error) {
    atlas.Clear();
    FontSet set;
    Fonts& fonts = set.normal;
    if (!exists(kRegular) || !exists(kBold)) {
        error = std::string("font ") + kRegular +
                " not found: install Debian's fonts-noto-core (scripts/install-deps.sh); "
                "using a basic font without accents or Cyrillic";
        ImFontConfig cfg;
        cfg.SizePixels = theme.body_px;
        fonts.body = fonts.title = fonts.small = fonts.bold = atlas.AddFontDefault(&cfg);
        atlas.Build();
        set.large = set.normal;
        return set;
    }
    static ImVector<ImWchar> ranges; // must outlive the atlas build
    ranges.clear();
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault()); // Basic Latin + Latin-1
    builder.AddText(text.c_str());
    builder.AddText("…–—•✓←→↑↓·");
    builder.BuildRanges(&ranges);

    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    fonts.body = atlas.AddFontFromFileTTF(kRegular, theme.body_px, &cfg, ranges.Data);
    fonts.small = atlas.AddFontFromFileTTF(kRegular, theme.small_px, &cfg, ranges.Data);
    fonts.bold = atlas.AddFontFromFileTTF(kBold, theme.body_px, &cfg, ranges.Data);
    fonts.title = atlas.AddFontFromFileTTF(kBold, theme.title_px, &cfg, ranges.Data);
    set.large = fonts; // until the large sizes are built
    if (with_large) {
        const Theme large = with_large_text(theme);
        set.large.body = atlas.AddFontFromFileTTF(kRegular, large.body_px, &cfg, ranges.Data);
        set.large.bold = atlas.AddFontFromFileTTF(kBold, large.body_px, &cfg, ranges.Data);
        set.large.title = atlas.AddFontFromFileTTF(kBold, large.title_px, &cfg, ranges.Data);
        set.large.small = fonts.body; // "small" text in large mode is the normal body size
    }
    atlas.Build();
    error.clear();
    return set;
}

} // namespace kiosk::ui
