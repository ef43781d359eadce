// Font atlas building from the system's Noto fonts.
#include "fonts.hpp"

#include "font_cache.hpp"

#include <cstdio>
#include <vector>

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
                   std::string& error, const std::string& cache_dir) {
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
    set.ranges = std::make_shared<ImVector<ImWchar>>();
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault()); // Basic Latin + Latin-1
    builder.AddText(text.c_str());
    builder.AddText("…–—•✓←→↑↓·");
    builder.BuildRanges(set.ranges.get());
    const ImWchar* ranges = set.ranges->Data;

    // The fonts in the order they go into the atlas: normal body, small, bold, title, then
    // the large-text ones when asked for.
    const Theme large = with_large_text(theme);
    struct Face {
        ImFont** slot;
        const char* file;
        float px;
    };
    std::vector<Face> faces = {{&fonts.body, kRegular, theme.body_px},
                               {&fonts.small, kRegular, theme.small_px},
                               {&fonts.bold, kBold, theme.body_px},
                               {&fonts.title, kBold, theme.title_px}};
    if (with_large) {
        faces.push_back({&set.large.body, kRegular, large.body_px});
        faces.push_back({&set.large.bold, kBold, large.body_px});
        faces.push_back({&set.large.title, kBold, large.title_px});
    }
    AtlasKey key;
    for (const Face& f : faces) {
        key.font_files.push_back(f.file);
        key.sizes.push_back(f.px);
    }
    key.ranges.assign(set.ranges->begin(), set.ranges->end());
    const bool cached = !cache_dir.empty() && load_cached_atlas(cache_dir, key, atlas);
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    for (std::size_t i = 0; i < faces.size(); ++i)
        *faces[i].slot = cached
                             ? atlas.Fonts[static_cast<int>(i)]
                             : atlas.AddFontFromFileTTF(faces[i].file, faces[i].px, &cfg, ranges);
    if (!with_large) {
        set.large = fonts; // until the large sizes are built
    } else {
        set.large.small = fonts.body; // "small" text in large mode is the normal body size
    }
    if (!cached) {
        atlas.Build();
        if (!cache_dir.empty())
            if (const std::string problem = save_cached_atlas(cache_dir, key, atlas);
                !problem.empty())
                std::fprintf(stderr, "kiosk: the font cache was not saved: %s\n", problem.c_str());
    }
    error.clear();
    return set;
}

} // namespace kiosk::ui
