// Measuring and drawing wrapped labels.
#include "fitted_text.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace kiosk::ui {

float longest_word(ImFont* font, float px, std::string_view text) {
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

float wrapped_height(ImFont* font, float px, float width, std::string_view text) {
    const ImVec2 e =
        font->CalcTextSizeA(px, FLT_MAX, width, text.data(), text.data() + text.size());
    const float lines = std::max(1.0f, std::round(e.y / px));
    return px + (lines - 1.0f) * px * kLineSpacing;
}

TextFit draw_fitted_text(ImDrawList* d, ImFont* font, float size, float min_size, ImVec2 min,
                         ImVec2 max, ImU32 col, const std::string& text, TextAlign align) {
    const float w = max.x - min.x, h = max.y - min.y;
    const auto fits = [&](float px) {
        return wrapped_height(font, px, w, text) <= h + 0.5f && longest_word(font, px, text) <= w;
    };
    while (!fits(size) && size > min_size)
        size = std::max(min_size, size - 1.0f);
    const TextFit fit{size, !fits(size)};
    d->PushClipRect(min, max, true); // never draw outside the box, whatever the text
    const char* start = text.c_str();
    const char* end = start + text.size();
    float y = min.y + std::max(0.0f, (h - wrapped_height(font, size, w, text)) * 0.5f);
    while (start < end) {
        const char* line_end = font->CalcWordWrapPositionA(size / font->FontSize, start, end, w);
        if (line_end == start)
            line_end = start + 1;
        const ImVec2 line = font->CalcTextSizeA(size, FLT_MAX, 0, start, line_end);
        const float x = align == TextAlign::Centre ? min.x + (w - line.x) * 0.5f : min.x;
        d->AddText(font, size, ImVec2(x, y), col, start, line_end);
        y += size * kLineSpacing;
        start = line_end;
        while (start < end && (*start == ' ' || *start == '\n'))
            ++start;
    }
    d->PopClipRect();
    return fit;
}

} // namespace kiosk::ui
