// Small UTF-8 helpers: decoding to code points, encoding, and removing the last character.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::utf8 {

// Decodes valid UTF-8; each invalid byte becomes U+FFFD so bad input never throws.
std::vector<char32_t> decode(std::string_view text);
void append(std::string& out, char32_t code_point);
std::string encode(const std::vector<char32_t>& code_points);
// Removes the last whole character (not the last byte).
void pop_back(std::string& text);
std::size_t length(std::string_view text);

} // namespace kiosk::utf8
