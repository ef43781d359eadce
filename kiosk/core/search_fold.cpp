// Case and accent folding for Latin (incl. Latin-1 and Latin Extended-A/B letters used by
// the kiosk's languages) and Cyrillic.
#include "search_fold.hpp"

#include "utf8.hpp"

#include <sstream>
#include <vector>

namespace kiosk {

namespace {

// Base letters for U+00C0..U+00FF; '\0' means "keep as is".
constexpr char kLatin1[64 + 1] = "aaaaaaaceeeeiiii"
                                 "dnooooo\0ouuuuyts"
                                 "aaaaaaaceeeeiiii"
                                 "dnooooo\0ouuuuyty";

// Base letters for U+0100..U+017F (Latin Extended-A), two per base letter mostly.
constexpr char kLatinExtA[128 + 1] = "aaaaaaccccccccdd"
                                     "ddeeeeeeeeeegggg"
                                     "gggghhhhiiiiiiii"
                                     "iijjjjkkklllllll"
                                     "lllnnnnnnnnnoooo"
                                     "oooorrrrrrssssss"
                                     "ssttttttuuuuuuuu"
                                     "uuuuwwyyyzzzzzzs";

constexpr char32_t kDropped = 0; // fold() result for characters search ignores

// Arabic and Persian spellings that readers treat as the same letter: alef with hamza or madda
// as alef, taa marbuta as haa, alef maqsura and Persian yeh as yaa, Persian kaf as kaf;
// vowel marks (tashkeel), the tatweel stretch and the zero-width non-joiner are dropped.
char32_t fold_arabic(char32_t c) {
    switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return 0x0627;
    case 0x0629: // ة
        return 0x0647;
    case 0x0649: // ى
    case 0x06CC: // ی
        return 0x064A;
    case 0x06A9: // ک
        return 0x0643;
    case 0x0640: // tatweel
    case 0x0670: // superscript alef
    case 0x200C: // zero-width non-joiner
        return kDropped;
    default:
        return c >= 0x064B && c <= 0x065F ? kDropped : c;
    }
}

char32_t fold(char32_t c) {
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xFF) {
        const char base = kLatin1[c - 0xC0];
        return base ? static_cast<char32_t>(base) : c;
    }
    if (c >= 0x100 && c <= 0x17F)
        return static_cast<char32_t>(kLatinExtA[c - 0x100]);
    if (c == 0x218 || c == 0x219 || c == 0x15E || c == 0x15F)
        return 's'; // Romanian and Turkish s with comma/cedilla
    if (c == 0x21A || c == 0x21B || c == 0x162 || c == 0x163)
        return 't';
    if (c >= 0x410 && c <= 0x42F) // Cyrillic capitals
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F) // Cyrillic capitals with marks (Ё, Є, І, Ї ...)
        c += 0x50;
    if (c == 0x451) // ё -> е
        return 0x435;
    if (c == 0x490 || c == 0x491) // Ґ ґ -> г
        return 0x433;
    return fold_arabic(c);
}

} // namespace

std::string fold_for_search(std::string_view text) {
    std::string out;
    for (char32_t c : utf8::decode(text))
        if (const char32_t folded = fold(c); folded != kDropped)
            utf8::append(out, folded);
    return out;
}

bool search_matches(std::string_view text, std::string_view query) {
    const std::string haystack = fold_for_search(text);
    std::istringstream words(fold_for_search(query));
    std::string word;
    bool any = false;
    while (words >> word) {
        any = true;
        if (haystack.find(word) == std::string::npos)
            return false;
    }
    return any;
}

} // namespace kiosk
