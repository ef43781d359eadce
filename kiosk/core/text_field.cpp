// TextField editing; the cleared buffer is overwritten so no typed text lingers in memory.
#include "text_field.hpp"

#include "utf8.hpp"

#include <algorithm>

namespace kiosk {

bool TextField::type(std::string_view utf8_text) {
    std::size_t length = utf8::length(text_);
    for (char32_t cp : utf8::decode(utf8_text)) {
        if (length >= max_chars_)
            return false;
        if (cp < 0x20 || cp == 0x7F)
            continue; // control characters never reach the text
        utf8::append(text_, cp);
        ++length;
    }
    return true;
}

void TextField::backspace() {
    utf8::pop_back(text_);
}

void TextField::clear() {
    std::fill(text_.begin(), text_.end(), '\0');
    text_.clear();
}

} // namespace kiosk
