// Folds text for forgiving search: lower case, accents removed ("Cocaïne" -> "cocaine",
// "ŞEKER" -> "seker", "Ёлка" -> "елка", "أفيون" -> "افيون", Persian "کوکائین" -> "كوكائين"),
// so visitors find things however they type.
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

std::string fold_for_search(std::string_view text);
// True when every word of `query` occurs (folded) somewhere in `text`.
bool search_matches(std::string_view text, std::string_view query);

} // namespace kiosk
