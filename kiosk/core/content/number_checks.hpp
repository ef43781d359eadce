// Translations say exactly the numbers English says: every dose, time, duration, phone
// number and "112" of a text is also in each of its translations, line by line, and every
// list has as many lines as English. A translation that differs is a problem of the pack
// (a wrong dose must never reach a visitor), reported with the field and the numbers.
#pragma once

#include "content_pack.hpp"
#include "pack_loader.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

// The runs of digits in `text`, sorted ("Call 112 at 20:00" gives 00, 112, 20).
std::vector<std::string> numbers_in(std::string_view text);

// Adds a problem to `out` for every translated text whose numbers or line count differ from
// the English text.
void check_numbers(const ContentPack& pack, LoadResult& out);

} // namespace kiosk::content
