// Measuring and drawing wrapped labels.
#include "fitted_text.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace kiosk::ui {

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
    const float y = min.y + std::max(0.0f, (h - wrapped_height(font, size, w, text)) * 0.5f);
    draw_text(d, font, size, ImVec2(min.x, y), col, text, w, align, kLineSpacing);
    d->PopClipRect();
    return fit;
}

} // namespace kiosk::ui
