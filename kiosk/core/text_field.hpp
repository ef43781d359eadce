// What a visitor has typed with the on-screen keyboard: UTF-8 text with a length limit.
// Lives in the model so a reset can wipe it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk {

class TextField {
  public:
    explicit TextField(std::size_t max_chars = 60) : max_chars_(max_chars) {}

    const std::string& text() const { return text_; }
    bool empty() const { return text_.empty(); }
    // Appends as many whole characters as fit; returns false if some did not.
    bool type(std::string_view utf8_text);
    void backspace();
    void clear();

  private:
    std::size_t max_chars_;
    std::string text_;
};

} // namespace kiosk
