// TextField editing; every buffer it gives up is overwritten first.
#include "text_field.hpp"

#include "utf8.hpp"

namespace kiosk {

namespace {
// Room for the longest text in UTF-8 (4 bytes a character): no reallocation while typing.
void reserve_for(WipedString& text, std::size_t max_chars) {
    text.reserve(max_chars * 4 + 1);
}
// The character as the field keeps it, or 0 when the field does not take it.
char32_t accepted(TextKind kind, char32_t cp) {
    if (cp < 0x20 || cp == 0x7F)
        return 0; // control characters never reach the text
    switch (kind) {
    case TextKind::Any:
        return cp;
    case TextKind::CapitalsAndDigits:
        if ((cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9'))
            return cp;
        return cp >= U'a' && cp <= U'z' ? cp - U'a' + U'A' : 0;
    }
    return 0;
}

} // namespace

TextField::TextField(std::size_t max_chars, TextKind kind) : max_chars_(max_chars), kind_(kind) {
    reserve_for(text_, max_chars_);
}

TextField::TextField(const TextField& other) : max_chars_(other.max_chars_), kind_(other.kind_) {
    reserve_for(text_, max_chars_);
    text_ = other.text_;
}

TextField::TextField(TextField&& other) noexcept
    : max_chars_(other.max_chars_), kind_(other.kind_), text_(std::move(other.text_)) {
    wipe_bytes(other.text_); // whatever stayed behind (a short string is copied, not moved)
}

TextField& TextField::operator=(const TextField& other) {
    if (this != &other) {
        wipe_bytes(text_);
        max_chars_ = other.max_chars_;
        kind_ = other.kind_;
        reserve_for(text_, max_chars_);
        text_.assign(other.text_);
    }
    return *this;
}

TextField& TextField::operator=(TextField&& other) noexcept {
    if (this != &other) {
        wipe_bytes(text_);
        max_chars_ = other.max_chars_;
        kind_ = other.kind_;
        text_.swap(other.text_); // our wiped buffer goes to the other, which wipes it again
        wipe_bytes(other.text_);
    }
    return *this;
}

TextField::~TextField() {
    wipe_bytes(text_);
}

bool TextField::type(std::string_view utf8_text) {
    std::size_t length = utf8::length(text_);
    for (char32_t typed : utf8::decode(utf8_text)) {
        if (length >= max_chars_)
            return false;
        const char32_t cp = accepted(kind_, typed);
        if (cp == 0)
            continue;
        std::string encoded; // at most 4 bytes: inside the string object, wiped below
        utf8::append(encoded, cp);
        text_.append(encoded.data(), encoded.size());
        wipe_bytes(encoded);
        ++length;
    }
    return true;
}

void TextField::backspace() {
    const std::size_t before = text_.size();
    std::string_view view = text_;
    std::size_t cut = before;
    while (cut > 0) {
        --cut;
        if ((static_cast<unsigned char>(view[cut]) & 0xC0) != 0x80)
            break; // the first byte of the last character
    }
    explicit_bzero(text_.data() + cut, before - cut);
    text_.resize(cut);
}

void TextField::clear() {
    wipe_bytes(text_);
}

} // namespace kiosk
