// The two ways text is drawn: ImGui's own (left to right, one glyph per character) and the
// shaped layout's glyphs.
#include "text_draw.hpp"

#include "core/utf8.hpp"
#include "mirror.hpp"
#include "script.hpp"
#include "text_layout.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

namespace kiosk::ui {

namespace {

bool needs_layout(std::string_view text) {
    return text::frame_mirrored() || text::has_right_to_left(text);
}

const text::Layout& layout_of(ImFont* font, float px, std::string_view text, float wrap) {
    return text::layout_text(font, px, text, wrap,
                             text::frame_mirrored() ? text::BaseDirection::RightToLeft
                                                    : text::BaseDirection::LeftToRight);
}

float lines_height(float px, float plain_height, float line_spacing) {
    const float lines = std::max(1.0f, std::round(plain_height / px));
    return px + (lines - 1.0f) * px * line_spacing;
}

void draw_glyphs(ImDrawList* d, ImFont* font, float px, ImVec2 origin, ImU32 col,
                 const std::vector<text::PlacedGlyph>& glyphs) {
    const float scale = px / font->FontSize;
    d->PushTextureID(font->ContainerAtlas->TexID);
    for (const text::PlacedGlyph& g : glyphs) {
        const ImFontGlyph* fg = font->FindGlyph(g.ch);
        if (!fg || !fg->Visible)
            continue;
        // Whole pixels: the atlas's bitmap is then copied, not resampled, and the overlap
        // the font draws where joined letters meet stays solid (at a fraction of a pixel the
        // two blurred edges left a light seam in the middle of Arabic and Persian words).
        const float x = std::round(origin.x + g.x), y = std::round(origin.y + g.y);
        d->PrimReserve(6, 4);
        d->PrimRectUV(ImVec2(x + fg->X0 * scale, y + fg->Y0 * scale),
                      ImVec2(x + fg->X1 * scale, y + fg->Y1 * scale), ImVec2(fg->U0, fg->V0),
                      ImVec2(fg->U1, fg->V1), col);
    }
    d->PopTextureID();
}

ImVec2 draw_plain(ImDrawList* d, ImFont* font, float px, ImVec2 pos, ImU32 col,
                  std::string_view text, float width, TextAlign align, float spacing) {
    const char* start = text.data();
    const char* end = start + text.size();
    float y = pos.y, widest = 0;
    const float scale = px / font->FontSize;
    while (start < end) {
        // A line ends at a line break, or earlier where it must wrap (ImGui's wrap position
        // runs on past a '\n', so the break is looked for first).
        const char* line_end = static_cast<const char*>(
            std::memchr(start, '\n', static_cast<std::size_t>(end - start)));
        if (!line_end)
            line_end = end;
        if (width > 0)
            line_end =
                std::min(line_end, font->CalcWordWrapPositionA(scale, start, line_end, width));
        if (line_end == start && *start != '\n')
            line_end = start + 1;
        const float line_w = font->CalcTextSizeA(px, FLT_MAX, 0, start, line_end).x;
        widest = std::max(widest, line_w);
        const float box = width > 0 ? width : line_w;
        const float x = align == TextAlign::Centre ? pos.x + (box - line_w) * 0.5f : pos.x;
        d->AddText(font, px, ImVec2(x, y), col, start, line_end);
        y += px * spacing;
        start = line_end;
        if (start < end && *start == '\n')
            ++start;
        else
            while (start < end && *start == ' ')
                ++start;
    }
    return ImVec2(widest, std::max(px, y - pos.y - px * spacing + px));
}

} // namespace

ImVec2 measure_text(ImFont* font, float px, std::string_view text, float wrap_width,
                    float line_spacing) {
    if (!needs_layout(text)) {
        const ImVec2 plain =
            font->CalcTextSizeA(px, FLT_MAX, wrap_width, text.data(), text.data() + text.size());
        return ImVec2(plain.x, lines_height(px, plain.y, line_spacing));
    }
    const text::Layout& layout = layout_of(font, px, text, wrap_width);
    return ImVec2(layout.width, layout.height());
}

bool reads_right_to_left(std::string_view text) {
    if (!needs_layout(text))
        return false;
    const auto cps = utf8::decode(text);
    return text::paragraph_direction(std::u32string(cps.begin(), cps.end()),
                                     text::frame_mirrored() ? text::BaseDirection::RightToLeft
                                                            : text::BaseDirection::LeftToRight) ==
           text::BaseDirection::RightToLeft;
}

float widest_word(ImFont* font, float px, std::string_view text) {
    if (needs_layout(text))
        return layout_of(font, px, text, 0).widest_word;
    float longest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of(" \n", start);
        if (end == std::string_view::npos)
            end = text.size();
        longest = std::max(
            longest, font->CalcTextSizeA(px, FLT_MAX, 0, text.data() + start, text.data() + end).x);
        start = end + 1;
    }
    return longest;
}

ImVec2 draw_text(ImDrawList* d, ImFont* font, float px, ImVec2 pos, ImU32 col,
                 std::string_view text, float width, TextAlign align, float line_spacing) {
    if (!needs_layout(text))
        return draw_plain(d, font, px, pos, col, text, width, align, line_spacing);
    const text::Layout& layout = layout_of(font, px, text, width);
    // The line's extra room is shared above and below the letters.
    float y = pos.y + (layout.line_advance - px) * 0.5f;
    for (const text::LaidLine& line : layout.lines) {
        const float box = width > 0 ? width : layout.width;
        const float x = align == TextAlign::Centre ? pos.x + (box - line.width) * 0.5f : pos.x;
        const int first_vertex = d->VtxBuffer.Size;
        draw_glyphs(d, font, px, ImVec2(x, y), col, line.glyphs);
        text::keep_unmirrored(d, first_vertex, x, x + line.width);
        y += layout.line_advance;
    }
    return ImVec2(layout.width, layout.height());
}

} // namespace kiosk::ui
