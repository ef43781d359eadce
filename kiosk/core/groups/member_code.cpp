// Member code alphabets, unbiased drawing from injected randomness, and normalisation of
// typed codes.
#include "member_code.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <random>

namespace kiosk::groups {

namespace {

constexpr int kMaxRejections = 64; // a broken generator must not hang the kiosk

// A uniform index in [0, bound) by rejection sampling.
std::size_t draw(const std::function<std::uint32_t()>& random, std::size_t bound) {
    const auto n = static_cast<std::uint64_t>(bound);
    const std::uint64_t limit = (std::uint64_t{1} << 32) - ((std::uint64_t{1} << 32) % n);
    std::uint64_t x = random();
    for (int i = 0; i < kMaxRejections && x >= limit; ++i)
        x = random();
    return static_cast<std::size_t>(x % n);
}

// Typed text without spaces and dashes, upper-cased (ASCII only).
// Cyrillic letters that look like Latin ones, as a Russian or Ukrainian keyboard types them
// when a visitor copies "KXT-482" from paper.
char latin_look_alike(char32_t c) {
    switch (c) {
    case U'А':
    case U'а':
        return 'A';
    case U'В':
    case U'в':
        return 'B';
    case U'Е':
    case U'е':
        return 'E';
    case U'К':
    case U'к':
        return 'K';
    case U'М':
    case U'м':
        return 'M';
    case U'Н':
    case U'н':
        return 'H';
    case U'Р':
    case U'р':
        return 'P';
    case U'С':
    case U'с':
        return 'C';
    case U'Т':
    case U'т':
        return 'T';
    case U'Х':
    case U'х':
        return 'X';
    case U'У':
    case U'у':
        return 'Y';
    default:
        return 0;
    }
}

// Upper case, without spaces and dashes, Cyrillic look-alikes as Latin letters.
std::string compact(std::string_view typed) {
    std::string out;
    for (char32_t c : utf8::decode(typed)) {
        if (c == ' ' || c == '-' || c == '\t')
            continue;
        if (c >= 'a' && c <= 'z')
            out += static_cast<char>(c - 'a' + 'A');
        else if (c < 0x80)
            out += static_cast<char>(c);
        else if (const char latin = latin_look_alike(c))
            out += latin;
        else
            out += '?'; // any other character makes the code impossible
    }
    return out;
}

bool in(std::string_view alphabet, char c) {
    return alphabet.find(c) != std::string_view::npos;
}

bool is_look_alike(char c) {
    return c == '0' || c == '1' || c == 'I' || c == 'L' || c == 'O';
}

} // namespace

std::string make_member_code(const std::function<std::uint32_t()>& random) {
    std::string code;
    for (int i = 0; i < 3; ++i)
        code += kCodeLetters[draw(random, kCodeLetters.size())];
    code += '-';
    for (int i = 0; i < 3; ++i)
        code += kCodeDigits[draw(random, kCodeDigits.size())];
    return code;
}

std::string make_member_code() {
    std::random_device device;
    return make_member_code([&device] { return static_cast<std::uint32_t>(device()); });
}

CodeIssue member_code_issue(std::string_view typed) {
    const std::string c = compact(typed);
    if (c.empty())
        return CodeIssue::Empty;
    if (c.size() != 6)
        return CodeIssue::WrongLength;
    if (std::any_of(c.begin(), c.end(), is_look_alike))
        return CodeIssue::LookAlike;
    for (std::size_t i = 0; i < 6; ++i)
        if (!in(i < 3 ? kCodeLetters : kCodeDigits, c[i]))
            return CodeIssue::WrongChar;
    return CodeIssue::None;
}

std::optional<std::string> normalise_member_code(std::string_view typed) {
    if (member_code_issue(typed) != CodeIssue::None)
        return std::nullopt;
    const std::string c = compact(typed);
    return c.substr(0, 3) + "-" + c.substr(3);
}

bool is_plausible_member_code(std::string_view typed) {
    return member_code_issue(typed) == CodeIssue::None;
}

const std::vector<std::string>& member_symbols() {
    static const std::vector<std::string> kSymbols = {"sun",    "moon", "star", "tree",
                                                      "flower", "fish", "bird", "heart",
                                                      "key",    "boat", "cup",  "bike"};
    return kSymbols;
}

bool is_member_symbol(std::string_view id) {
    const auto& s = member_symbols();
    return std::find(s.begin(), s.end(), id) != s.end();
}

} // namespace kiosk::groups
