// The cache file: a header, the key's bytes, each font's metrics and glyphs, the pixels.
#include "font_cache.hpp"

#include "core/atomic_file.hpp"

#include <sys/stat.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>

namespace kiosk::ui {

namespace {

constexpr char kMagic[8] = {'K', 'F', 'A', 'T', 'L', 'A', 'S', '1'};

template <class T> void put(std::string& out, const T& value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

struct Reader {
    const std::string& data;
    std::size_t at = 0;
    bool ok = true;
    template <class T> T get() {
        T value{};
        if (at + sizeof value > data.size()) {
            ok = false;
            return value;
        }
        std::memcpy(&value, data.data() + at, sizeof value);
        at += sizeof value;
        return value;
    }
    const char* take(std::size_t n) {
        if (at + n > data.size()) {
            ok = false;
            return nullptr;
        }
        const char* p = data.data() + at;
        at += n;
        return p;
    }
};

std::uint64_t fnv1a(const std::string& bytes) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

std::string AtlasKey::bytes() const {
    std::string out;
    put(out, static_cast<std::int32_t>(IMGUI_VERSION_NUM));
    put(out, static_cast<std::int32_t>(sizeof(ImFontGlyph)));
    for (const auto& f : font_files) {
        struct stat st {};
        stat(f.c_str(), &st);
        out += f;
        out += '\0';
        put(out, static_cast<std::int64_t>(st.st_size));
        put(out, static_cast<std::int64_t>(st.st_mtime));
    }
    for (float s : sizes)
        put(out, s);
    for (ImWchar r : ranges)
        put(out, r);
    for (unsigned g : arabic_glyphs)
        put(out, static_cast<std::uint32_t>(g));
    return out;
}

std::string AtlasKey::file_in(const std::string& dir) const {
    char name[40];
    std::snprintf(name, sizeof name, "/fonts-%016llx.atlas",
                  static_cast<unsigned long long>(fnv1a(bytes())));
    return dir + name;
}

bool load_cached_atlas(const std::string& dir, const AtlasKey& key, ImFontAtlas& atlas) {
    std::ifstream in(key.file_in(dir), std::ios::binary);
    if (!in)
        return false;
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string want = key.bytes();
    Reader r{data};
    const char* magic = r.take(sizeof kMagic);
    const auto key_size = r.get<std::uint32_t>();
    const char* stored_key = r.take(key_size);
    if (!r.ok || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || key_size != want.size() ||
        std::memcmp(stored_key, want.data(), want.size()) != 0)
        return false;
    const auto w = r.get<std::int32_t>(), h = r.get<std::int32_t>();
    const auto white = r.get<ImVec2>();
    ImVec4 lines[IM_DRAWLIST_TEX_LINES_WIDTH_MAX + 1];
    for (auto& l : lines)
        l = r.get<ImVec4>();
    const auto font_count = r.get<std::uint32_t>();
    if (!r.ok || w <= 0 || h <= 0 || w > 8192 || h > 8192 || font_count != key.sizes.size())
        return false;
    atlas.Clear();
    for (std::uint32_t i = 0; i < font_count && r.ok; ++i) {
        ImFont* font = IM_NEW(ImFont);
        font->ContainerAtlas = &atlas;
        font->FontSize = r.get<float>();
        font->Ascent = r.get<float>();
        font->Descent = r.get<float>();
        const auto glyphs = r.get<std::uint32_t>();
        const char* raw = r.take(static_cast<std::size_t>(glyphs) * sizeof(ImFontGlyph));
        atlas.Fonts.push_back(font);
        if (!raw)
            break;
        font->Glyphs.resize(static_cast<int>(glyphs));
        std::memcpy(font->Glyphs.Data, raw, static_cast<std::size_t>(glyphs) * sizeof(ImFontGlyph));
        font->BuildLookupTable();
    }
    const char* pixels = r.take(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    if (!r.ok || !pixels) {
        atlas.Clear();
        return false;
    }
    atlas.TexWidth = w;
    atlas.TexHeight = h;
    atlas.TexUvScale = ImVec2(1.0f / static_cast<float>(w), 1.0f / static_cast<float>(h));
    atlas.TexUvWhitePixel = white;
    for (int i = 0; i <= IM_DRAWLIST_TEX_LINES_WIDTH_MAX; ++i)
        atlas.TexUvLines[i] = lines[i];
    atlas.TexPixelsAlpha8 = static_cast<unsigned char*>(IM_ALLOC(static_cast<std::size_t>(w) * h));
    std::memcpy(atlas.TexPixelsAlpha8, pixels, static_cast<std::size_t>(w) * h);
    atlas.TexReady = true;
    return true;
}

std::string save_cached_atlas(const std::string& dir, const AtlasKey& key,
                              const ImFontAtlas& atlas) {
    if (!atlas.TexPixelsAlpha8 || atlas.Fonts.Size != static_cast<int>(key.sizes.size()))
        return "the atlas has no 8-bit pixels to save";
    mkdir(dir.c_str(), 0700);
    const std::string k = key.bytes();
    std::string out(kMagic, sizeof kMagic);
    put(out, static_cast<std::uint32_t>(k.size()));
    out += k;
    put(out, static_cast<std::int32_t>(atlas.TexWidth));
    put(out, static_cast<std::int32_t>(atlas.TexHeight));
    put(out, atlas.TexUvWhitePixel);
    for (int i = 0; i <= IM_DRAWLIST_TEX_LINES_WIDTH_MAX; ++i)
        put(out, atlas.TexUvLines[i]);
    put(out, static_cast<std::uint32_t>(atlas.Fonts.Size));
    for (const ImFont* font : atlas.Fonts) {
        put(out, font->FontSize);
        put(out, font->Ascent);
        put(out, font->Descent);
        // The tab glyph BuildLookupTable adds is made again on load.
        int glyphs = font->Glyphs.Size;
        if (glyphs > 0 && font->Glyphs.back().Codepoint == '\t')
            --glyphs;
        put(out, static_cast<std::uint32_t>(glyphs));
        out.append(reinterpret_cast<const char*>(font->Glyphs.Data),
                   static_cast<std::size_t>(glyphs) * sizeof(ImFontGlyph));
    }
    out.append(reinterpret_cast<const char*>(atlas.TexPixelsAlpha8),
               static_cast<std::size_t>(atlas.TexWidth) * atlas.TexHeight);
    return write_file_atomically(key.file_in(dir), out);
}

} // namespace kiosk::ui
