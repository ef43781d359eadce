// HarfBuzz faces over the font files read into memory once, for the process's lifetime.
#include "arabic_font.hpp"

#include <hb-ot.h>
#include <hb.h>

#include <fstream>
#include <iterator>
#include <mutex>

namespace kiosk::ui::text {

namespace {
const char* kRegular = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";
const char* kBold = "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf";
} // namespace

const ArabicFace* ArabicFace::get(bool bold, std::string* error) {
    static std::once_flag once;
    static std::unique_ptr<ArabicFace> faces[2];
    std::call_once(once, [] {
        faces[0].reset(new ArabicFace(kRegular));
        faces[1].reset(new ArabicFace(kBold));
    });
    const ArabicFace* face = faces[bold ? 1 : 0].get();
    if (face->font_)
        return face;
    if (error)
        *error = "font " + face->file_ +
                 " not found: install Debian's fonts-noto-core; Arabic and Persian are shown "
                 "as boxes until then";
    return nullptr;
}

ArabicFace::ArabicFace(std::string file) : file_(std::move(file)) {
    std::ifstream in(file_, std::ios::binary);
    if (!in)
        return;
    data_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (data_.empty())
        return;
    hb_blob_t* blob = hb_blob_create(reinterpret_cast<const char*>(data_.data()),
                                     static_cast<unsigned>(data_.size()), HB_MEMORY_MODE_READONLY,
                                     nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(face) == 0) {
        hb_face_destroy(face);
        return;
    }
    upem_ = static_cast<float>(hb_face_get_upem(face));
    font_ = hb_font_create(face);
    hb_face_destroy(face);
    hb_font_make_immutable(font_);
}

ArabicFace::~ArabicFace() {
    if (font_)
        hb_font_destroy(font_);
}

bool ArabicFace::has(char32_t c) const {
    hb_codepoint_t glyph = 0;
    return font_ && hb_font_get_nominal_glyph(font_, c, &glyph);
}

std::vector<ShapedGlyph> ArabicFace::shape(const char32_t* text, std::size_t length,
                                           bool right_to_left) const {
    std::vector<ShapedGlyph> out;
    if (!font_ || length == 0)
        return out;
    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf32(buf, reinterpret_cast<const uint32_t*>(text), static_cast<int>(length), 0,
                        static_cast<int>(length));
    hb_buffer_set_direction(buf, right_to_left ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, HB_SCRIPT_ARABIC);
    hb_buffer_guess_segment_properties(buf);
    hb_shape(font_, buf, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &count);
    out.reserve(count);
    for (unsigned i = 0; i < count; ++i)
        out.push_back({info[i].codepoint, static_cast<float>(pos[i].x_advance),
                       static_cast<float>(pos[i].x_offset), static_cast<float>(pos[i].y_offset)});
    hb_buffer_destroy(buf);
    return out;
}

std::vector<unsigned> ArabicFace::glyph_closure(const std::u32string& characters) const {
    std::vector<unsigned> out;
    if (!font_)
        return out;
    hb_face_t* face = hb_font_get_face(font_);
    hb_set_t* glyphs = hb_set_create();
    for (char32_t c : characters) {
        hb_codepoint_t g = 0;
        if (hb_font_get_nominal_glyph(font_, c, &g))
            hb_set_add(glyphs, g);
    }
    // The features HarfBuzz applies to Arabic by default; stylistic sets and discretionary
    // ligatures are never asked for, so their glyphs are not needed.
    const hb_tag_t scripts[] = {HB_TAG('a', 'r', 'a', 'b'), HB_TAG_NONE};
    const hb_tag_t features[] = {HB_TAG('c', 'c', 'm', 'p'),
                                 HB_TAG('l', 'o', 'c', 'l'),
                                 HB_TAG('i', 's', 'o', 'l'),
                                 HB_TAG('f', 'i', 'n', 'a'),
                                 HB_TAG('m', 'e', 'd', 'i'),
                                 HB_TAG('i', 'n', 'i', 't'),
                                 HB_TAG('r', 'l', 'i', 'g'),
                                 HB_TAG('c', 'a', 'l', 't'),
                                 HB_TAG('l', 'i', 'g', 'a'),
                                 HB_TAG('m', 's', 'e', 't'),
                                 HB_TAG_NONE};
    hb_set_t* lookups = hb_set_create();
    hb_ot_layout_collect_lookups(face, HB_OT_TAG_GSUB, scripts, nullptr, features, lookups);
    hb_ot_layout_lookups_substitute_closure(face, lookups, glyphs);
    hb_codepoint_t g = HB_SET_VALUE_INVALID;
    while (hb_set_next(glyphs, &g))
        out.push_back(g);
    hb_set_destroy(lookups);
    hb_set_destroy(glyphs);
    return out;
}

} // namespace kiosk::ui::text
