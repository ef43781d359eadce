// What a visitor has typed with the on-screen keyboard: UTF-8 text with a length limit.
// Lives in the visit so a reset can wipe it. Its buffer is reserved once for the longest
// text it may hold, so typing never leaves a copy behind in freed memory, and its bytes are
// zeroed when it is cleared, replaced or destroyed.
#pragma once

#include "wiped_string.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk {

// What a field takes: any text, or only Latin capitals and digits (a lower-case letter is
// typed as its capital; anything else is dropped), as on a pill's mark.
enum class TextKind { Any, CapitalsAndDigits };

class TextField {
  public:
    explicit TextField(std::size_t max_chars = 60, TextKind kind = TextKind::Any);
    TextField(const TextField& other);
    TextField(TextField&& other) noexcept;
    TextField& operator=(const TextField& other);
    TextField& operator=(TextField&& other) noexcept;
    ~TextField();

    std::string_view text() const { return text_; }
    // A copy for storing (the store and the screens take plain strings).
    std::string str() const { return std::string(text_); }
    bool empty() const { return text_.empty(); }
    std::size_t max_chars() const { return max_chars_; }
    TextKind kind() const { return kind_; }
    // Appends as many whole characters as fit; returns false if some did not.
    bool type(std::string_view utf8_text);
    void backspace();
    void clear();

    friend bool operator==(const TextField& a, const TextField& b) {
        return a.max_chars_ == b.max_chars_ && a.kind_ == b.kind_ && a.text_ == b.text_;
    }

  private:
    std::size_t max_chars_;
    TextKind kind_;
    WipedString text_;
};

} // namespace kiosk
