// Unicode ranges of the scripts the kiosk shapes.
#include "script.hpp"

#include "core/utf8.hpp"

namespace kiosk::ui::text {

bool is_arabic_script(char32_t c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
           (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
           (c >= 0xFE70 && c <= 0xFEFF);
}

bool is_right_to_left(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
           (c >= 0xFE70 && c <= 0xFEFF) || c == 0x200F || c == 0x202B || c == 0x202E || c == 0x2067;
}

bool has_right_to_left(std::string_view utf8) {
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        // U+0590..U+07FF start with 0xD6..0xDF; everything else right-to-left is 3 bytes.
        if (b >= 0xD6 && b <= 0xDF)
            return true;
        if (b == 0xE0 || b == 0xE2 || b == 0xEF) {
            for (char32_t c : utf8::decode(utf8.substr(i, 3)))
                if (is_right_to_left(c))
                    return true;
        }
    }
    return false;
}

} // namespace kiosk::ui::text
