// The font atlas cache: a second build with the same fonts, sizes and glyphs comes from disk
// and is the same atlas; new text makes a new one; a damaged file is built again.
#include "ui/font_cache.hpp"
#include "ui/fonts.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>

using namespace kiosk::ui;

namespace {

struct TempDir {
    TempDir() {
        char pattern[] = "/tmp/kiosk-font-cache-XXXXXX";
        path = mkdtemp(pattern);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string path;
};

std::size_t files_in(const std::string& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir))
        ++n;
    return n;
}

void require_same(const ImFontAtlas& a, const ImFontAtlas& b) {
    REQUIRE(a.TexWidth == b.TexWidth);
    REQUIRE(a.TexHeight == b.TexHeight);
    REQUIRE(a.TexPixelsAlpha8);
    REQUIRE(b.TexPixelsAlpha8);
    CHECK(std::memcmp(a.TexPixelsAlpha8, b.TexPixelsAlpha8,
                      static_cast<std::size_t>(a.TexWidth) * a.TexHeight) == 0);
    CHECK(a.TexUvWhitePixel.x == b.TexUvWhitePixel.x);
    CHECK(a.TexUvLines[5].z == b.TexUvLines[5].z);
    REQUIRE(a.Fonts.Size == b.Fonts.Size);
    for (int f = 0; f < a.Fonts.Size; ++f) {
        const ImFont& x = *a.Fonts[f];
        const ImFont& y = *b.Fonts[f];
        CHECK(x.FontSize == y.FontSize);
        CHECK(x.Ascent == y.Ascent);
        REQUIRE(x.Glyphs.Size == y.Glyphs.Size);
        for (ImWchar c : {ImWchar('A'), ImWchar(0x0416), ImWchar(0x011F), ImWchar(' ')}) {
            const ImFontGlyph* gx = x.FindGlyphNoFallback(c);
            const ImFontGlyph* gy = y.FindGlyphNoFallback(c);
            REQUIRE(gx);
            REQUIRE(gy);
            CHECK(gx->AdvanceX == gy->AdvanceX);
            CHECK(gx->U0 == gy->U0);
            CHECK(gx->V1 == gy->V1);
            CHECK(gx->Visible == gy->Visible);
        }
        CHECK(x.FallbackChar == y.FallbackChar);
    }
}

} // namespace

TEST_CASE("a built font atlas is kept on disk and comes back the same") {
    TempDir cache;
    const Theme theme = make_theme(800, 480);
    const std::string text = "Жизнь ğüş Ämter";
    std::string error;
    ImFontAtlas built;
    load_fonts(built, theme, text, false, error, cache.path);
    REQUIRE(error.empty());
    REQUIRE(files_in(cache.path) == 1);

    ImFontAtlas cached;
    const FontSet fonts = load_fonts(cached, theme, text, false, error, cache.path);
    CHECK(files_in(cache.path) == 1);
    CHECK(fonts.normal.body == cached.Fonts[0]);
    CHECK(fonts.normal.title == cached.Fonts[3]);
    require_same(built, cached);

    // New text needs other glyphs: another atlas, another file.
    ImFontAtlas other;
    load_fonts(other, theme, text + " ЯЮ", false, error, cache.path);
    CHECK(files_in(cache.path) == 2);
}

TEST_CASE("a damaged cache file is not used, the atlas is built again") {
    TempDir cache;
    const Theme theme = make_theme(800, 480);
    std::string error;
    ImFontAtlas first;
    load_fonts(first, theme, "Жизнь ğüş", false, error, cache.path);
    const std::string file = std::filesystem::directory_iterator(cache.path)->path();
    std::filesystem::resize_file(file, std::filesystem::file_size(file) / 2);

    ImFontAtlas again;
    load_fonts(again, theme, "Жизнь ğüş", false, error, cache.path);
    REQUIRE(again.Fonts.Size == 4);
    require_same(first, again); // built from the font files, the same as the first time
    CHECK(std::filesystem::file_size(file) > 100000); // and saved whole again
}
