// Font atlas building from the system's Noto fonts.
#include "fonts.hpp"

#include "core/utf8.hpp"
#include "font_cache.hpp"
#include "text/arabic_atlas.hpp"
#include "text/script.hpp"

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

// The Arabic-script letters of `text`, each once, and the space: HarfBuzz draws the invisible
// joining controls (the Persian zero-width non-joiner) as the face's space glyph.
std::u32string arabic_letters(const std::string& text) {
    std::u32string out = U" ";
    for (char32_t c : utf8::decode(text))
        if ((text::is_arabic_script(c) || c == 0x200C || c == 0x200D) &&
            out.find(c) == std::u32string::npos)
            out += c;
    return out;
}

// Arabic glyphs for the fonts added from Latin files (regular or bold) and their scales.
struct ArabicPlan {
    const text::ArabicFace* face[2] = {nullptr, nullptr};
    std::vector<unsigned> glyphs[2];

    explicit ArabicPlan(const std::string& text) {
        const std::u32string letters = arabic_letters(text);
        if (letters.size() == 1)
            return; // only the space: no Arabic-script text at all
        for (int bold = 0; bold < 2; ++bold) {
            face[bold] = text::ArabicFace::get(bold == 1);
            if (face[bold])
                glyphs[bold] = face[bold]->glyph_closure(letters);
        }
    }
    // Registers `font`'s shaping and, unless it came from the cache, its glyphs.
    void add(ImFontAtlas& atlas, ImFont* font, const char* latin_file, float px, bool from_cache,
             text::ArabicAtlasGlyphs& pending, text::ShapingTable& shaping) const {
        const int bold = std::string(latin_file) == kBold ? 1 : 0;
        if (!face[bold] || glyphs[bold].empty())
            return;
        const float units = text::arabic_units_to_px(latin_file, px, *face[bold]);
        shaping[font] = {face[bold], units};
        if (!from_cache)
            pending.add(atlas, font, *face[bold], units, glyphs[bold]);
    }
};

// The fonts in the order they go into the atlas: normal body, small, bold, title, then the
// large-text ones when asked for.
struct Face {
    ImFont** slot;
    const char* file;
    float px;
};

std::vector<Face> faces_for(FontSet& set, const Theme& theme, bool with_large) {
    Fonts& fonts = set.normal;
    std::vector<Face> faces = {{&fonts.body, kRegular, theme.body_px},
                               {&fonts.small, kRegular, theme.small_px},
                               {&fonts.bold, kBold, theme.body_px},
                               {&fonts.title, kBold, theme.title_px}};
    if (with_large) {
        const Theme large = with_large_text(theme);
        faces.push_back({&set.large.body, kRegular, large.body_px});
        faces.push_back({&set.large.bold, kBold, large.body_px});
        faces.push_back({&set.large.title, kBold, large.title_px});
    }
    return faces;
}

AtlasKey key_for(const std::vector<Face>& faces, const ImVector<ImWchar>& ranges,
                 const ArabicPlan& arabic) {
    AtlasKey key;
    for (const Face& f : faces) {
        key.font_files.push_back(f.file);
        key.sizes.push_back(f.px);
    }
    key.ranges.assign(ranges.begin(), ranges.end());
    for (int bold = 0; bold < 2; ++bold) {
        if (!arabic.face[bold])
            continue;
        key.font_files.push_back(arabic.face[bold]->file());
        key.arabic_glyphs.insert(key.arabic_glyphs.end(), arabic.glyphs[bold].begin(),
                                 arabic.glyphs[bold].end());
    }
    return key;
}

FontSet basic_font(ImFontAtlas& atlas, const Theme& theme, std::string& error) {
    error = std::string("font ") + kRegular +
            " not found: install Debian's fonts-noto-core (scripts/install-deps.sh); "
            "using a basic font without accents or Cyrillic";
    FontSet set;
    ImFontConfig cfg;
    cfg.SizePixels = theme.body_px;
    Fonts& fonts = set.normal;
    fonts.body = fonts.title = fonts.small = fonts.bold = atlas.AddFontDefault(&cfg);
    atlas.Build();
    set.large = set.normal;
    return set;
}

} // namespace

FontSet load_fonts(ImFontAtlas& atlas, const Theme& theme, const GlyphText& text, FontNeeds needs,
                   std::string& error, const std::string& cache_dir) {
    atlas.Clear();
    if (!exists(kRegular) || !exists(kBold))
        return basic_font(atlas, theme, error);
    FontSet set;
    set.ranges = std::make_shared<ImVector<ImWchar>>();
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault()); // Basic Latin + Latin-1
    builder.AddText(text.all.c_str());
    builder.AddText("…–—•✓←→↑↓·");
    builder.BuildRanges(set.ranges.get());
    const std::vector<Face> faces = faces_for(set, theme, needs.large);
    const ArabicPlan arabic(needs.arabic ? text.all : text.always_shaped);
    set.arabic = needs.arabic;
    const AtlasKey key = key_for(faces, *set.ranges, arabic);
    const bool cached = !cache_dir.empty() && load_cached_atlas(cache_dir, key, atlas);
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    text::ArabicAtlasGlyphs arabic_glyphs;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        *faces[i].slot =
            cached ? atlas.Fonts[static_cast<int>(i)]
                   : atlas.AddFontFromFileTTF(faces[i].file, faces[i].px, &cfg, set.ranges->Data);
        arabic.add(atlas, *faces[i].slot, faces[i].file, faces[i].px, cached, arabic_glyphs,
                   set.shaping);
    }
    if (!needs.large)
        set.large = set.normal; // until the large sizes are built
    else
        set.large.small = set.normal.body; // "small" text in large mode is the normal body size
    if (!cached) {
        atlas.Build();
        arabic_glyphs.render(atlas);
        if (!cache_dir.empty())
            if (const std::string problem = save_cached_atlas(cache_dir, key, atlas);
                !problem.empty())
                std::fprintf(stderr, "kiosk: the font cache was not saved: %s\n", problem.c_str());
    }
    error.clear();
    return set;
}

} // namespace kiosk::ui
