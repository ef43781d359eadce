// Custom atlas rectangles for Arabic glyphs, filled with stb_truetype (Debian's libstb).
#include "arabic_atlas.hpp"

#include <stb/stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>

namespace kiosk::ui::text {

namespace {

// Blank pixels round each glyph in the atlas.
constexpr int kGlyphBorder = 1;

// stb_truetype's view of a face (parsed once per font file).
const stbtt_fontinfo* info_for(const std::vector<unsigned char>& data) {
    static std::mutex mutex;
    static std::map<const unsigned char*, stbtt_fontinfo> infos;
    const std::lock_guard lock(mutex);
    auto it = infos.find(data.data());
    if (it == infos.end()) {
        stbtt_fontinfo info{};
        if (!stbtt_InitFont(&info, data.data(), stbtt_GetFontOffsetForIndex(data.data(), 0)))
            return nullptr;
        it = infos.emplace(data.data(), info).first;
    }
    return &it->second;
}

// ImGui sizes a font so that ascent minus descent is `px`; its em is then this many pixels.
float latin_em_px(const char* latin_file, float px) {
    static std::mutex mutex;
    static std::map<std::string, std::vector<unsigned char>> files;
    const std::lock_guard lock(mutex);
    auto& data = files[latin_file];
    if (data.empty()) {
        std::ifstream in(latin_file, std::ios::binary);
        data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    stbtt_fontinfo info{};
    if (data.empty() || !stbtt_InitFont(&info, data.data(), 0))
        return px * 0.75f; // typical for Noto; only if the file went missing meanwhile
    const float scale = stbtt_ScaleForPixelHeight(&info, px);
    return scale / stbtt_ScaleForMappingEmToPixels(&info, 1.0f);
}

} // namespace

float arabic_units_to_px(const char* latin_file, float px, const ArabicFace& arabic) {
    return latin_em_px(latin_file, px) * kArabicEmScale / arabic.units_per_em();
}

void ArabicAtlasGlyphs::add(ImFontAtlas& atlas, ImFont* font, const ArabicFace& face,
                            float units_to_px, const std::vector<unsigned>& glyphs) {
    const stbtt_fontinfo* info = info_for(face.data());
    if (!info)
        return;
    for (unsigned g : glyphs) {
        if (kGlyphCharBase + g > kGlyphCharLimit)
            continue;
        int x0 = 0, y0 = 0, x1 = 0, y1 = 0, advance = 0, bearing = 0;
        stbtt_GetGlyphBitmapBox(info, static_cast<int>(g), units_to_px, units_to_px, &x0, &y0, &x1,
                                &y1);
        stbtt_GetGlyphHMetrics(info, static_cast<int>(g), &advance, &bearing);
        const bool empty = x1 <= x0 || y1 <= y0;
        // ImGui packs custom rectangles edge to edge; a blank pixel round each glyph keeps
        // its neighbours out when it is drawn at a fraction of a pixel (HarfBuzz positions).
        const int rect = atlas.AddCustomRectFontGlyph(
            font, glyph_char(g), empty ? 1 : x1 - x0 + 2 * kGlyphBorder,
            empty ? 1 : y1 - y0 + 2 * kGlyphBorder, static_cast<float>(advance) * units_to_px,
            ImVec2(static_cast<float>(x0 - kGlyphBorder), static_cast<float>(y0 - kGlyphBorder)));
        pending_.push_back({font, &face, units_to_px, g, rect, empty});
    }
}

void ArabicAtlasGlyphs::render(ImFontAtlas& atlas) {
    for (const Pending& p : pending_) {
        const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(p.rect);
        const stbtt_fontinfo* info = info_for(p.face->data());
        if (!r || !info || !atlas.TexPixelsAlpha8)
            continue;
        unsigned char* dst = atlas.TexPixelsAlpha8 + r->Y * atlas.TexWidth + r->X;
        if (p.empty) {
            *dst = 0;
        } else {
            for (int y = 0; y < r->Height; ++y) // the border stays blank
                std::fill_n(dst + y * atlas.TexWidth, r->Width, static_cast<unsigned char>(0));
            stbtt_MakeGlyphBitmap(info, dst + kGlyphBorder * atlas.TexWidth + kGlyphBorder,
                                  r->Width - 2 * kGlyphBorder, r->Height - 2 * kGlyphBorder,
                                  atlas.TexWidth, p.scale, p.scale, static_cast<int>(p.glyph));
        }
        // Custom glyphs are placed from the line's top; the outline's box is from the
        // baseline, which is the font's ascent below the top.
        auto* glyph = const_cast<ImFontGlyph*>(p.font->FindGlyphNoFallback(glyph_char(p.glyph)));
        if (glyph) {
            const float ascent = std::round(p.font->Ascent);
            glyph->Y0 += ascent;
            glyph->Y1 += ascent;
        }
    }
    pending_.clear();
}

} // namespace kiosk::ui::text
