// Embedding levels from FriBiDi; runs of equal level are then put in visual order by the
// rule L2 of UAX #9 (reverse every sequence at or above each odd level, highest first).
#include "bidi_runs.hpp"

#include <fribidi.h>

#include <algorithm>

namespace kiosk::ui::text {

namespace {

FriBidiParType par_type(BaseDirection d) {
    return d == BaseDirection::RightToLeft ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
}

std::vector<FriBidiLevel> levels_of(const std::u32string& line, BaseDirection direction,
                                    FriBidiParType& base) {
    const auto n = static_cast<FriBidiStrIndex>(line.size());
    const auto* chars = reinterpret_cast<const FriBidiChar*>(line.data());
    std::vector<FriBidiCharType> types(line.size());
    std::vector<FriBidiBracketType> brackets(line.size());
    std::vector<FriBidiLevel> levels(line.size());
    fribidi_get_bidi_types(chars, n, types.data());
    fribidi_get_bracket_types(chars, n, types.data(), brackets.data());
    base = par_type(direction);
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base,
                                            levels.data()) == 0)
        std::fill(levels.begin(), levels.end(), FriBidiLevel{0}); // cannot happen for valid input
    // L1: whitespace at the end of the line takes the paragraph's level.
    const FriBidiLevel par_level = FRIBIDI_DIR_TO_LEVEL(base);
    for (std::size_t i = line.size(); i > 0 && FRIBIDI_IS_EXPLICIT_OR_BN_OR_WS(types[i - 1]); --i)
        levels[i - 1] = par_level;
    return levels;
}

} // namespace

std::vector<BidiRun> visual_runs(const std::u32string& line, BaseDirection direction) {
    if (line.empty())
        return {};
    FriBidiParType base{};
    const std::vector<FriBidiLevel> levels = levels_of(line, direction, base);
    struct Run {
        BidiRun run;
        FriBidiLevel level;
    };
    std::vector<Run> runs;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (runs.empty() || runs.back().level != levels[i])
            runs.push_back({{i, i, (levels[i] & 1) != 0}, levels[i]});
        runs.back().run.end = i + 1;
    }
    int highest = 0, lowest_odd = 1000;
    for (const Run& r : runs) {
        highest = std::max(highest, static_cast<int>(r.level));
        if (r.level & 1)
            lowest_odd = std::min(lowest_odd, static_cast<int>(r.level));
    }
    for (int level = highest; level >= lowest_odd && level > 0; --level) {
        std::size_t i = 0;
        while (i < runs.size()) {
            if (runs[i].level < level) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < runs.size() && runs[j].level >= level)
                ++j;
            std::reverse(runs.begin() + static_cast<std::ptrdiff_t>(i),
                         runs.begin() + static_cast<std::ptrdiff_t>(j));
            i = j;
        }
    }
    std::vector<BidiRun> out;
    out.reserve(runs.size());
    for (const Run& r : runs)
        out.push_back(r.run);
    return out;
}

namespace {
bool latin_or_digit(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
bool joins_inside(char32_t c) {
    return c == ' ' || c == '-' || c == ':' || c == '/' || c == '.' || c == ',' || c == '+' ||
           c == '\'' || c == '(' || c == 0x2013;
}
} // namespace

std::u32string isolate_left_to_right(const std::u32string& line) {
    std::u32string out;
    out.reserve(line.size() + 8);
    std::size_t i = 0;
    while (i < line.size()) {
        if (!latin_or_digit(line[i])) {
            out += line[i++];
            continue;
        }
        std::size_t end = i + 1; // one past the span's last letter, digit or closing bracket
        std::size_t j = end;
        int open = 0; // brackets opened in the span: "DIMS (Trimbos), EXAMPLE" stays whole
        while (j < line.size()) {
            if (latin_or_digit(line[j]) || (line[j] == U')' && open > 0)) {
                open -= line[j] == U')' ? 1 : 0;
                end = ++j;
            } else if (joins_inside(line[j])) {
                open += line[j] == U'(' ? 1 : 0;
                ++j;
            } else {
                break;
            }
        }
        out += U'\u2066';
        out.append(line, i, end - i);
        out += U'\u2069';
        i = end;
    }
    return out;
}

bool is_bidi_control(char32_t c) {
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

BaseDirection paragraph_direction(const std::u32string& line, BaseDirection fallback) {
    // On a right-to-left screen any Arabic or Persian letter makes the line right to left:
    // "GHB یک مایع شفاف است." is a Persian sentence that starts with a Latin name, and the
    // first strong letter alone would lay it out left to right, its full stop at the left.
    if (fallback == BaseDirection::RightToLeft)
        for (char32_t c : line) {
            const FriBidiCharType t = fribidi_get_bidi_type(c);
            if (FRIBIDI_IS_LETTER(t) && FRIBIDI_IS_RTL(t))
                return BaseDirection::RightToLeft;
        }
    for (char32_t c : line) {
        const FriBidiCharType t = fribidi_get_bidi_type(c);
        if (FRIBIDI_IS_LETTER(t))
            return FRIBIDI_IS_RTL(t) ? BaseDirection::RightToLeft : BaseDirection::LeftToRight;
    }
    return fallback;
}

char32_t mirrored(char32_t c) {
    FriBidiChar m = 0;
    return fribidi_get_mirror_char(c, &m) ? static_cast<char32_t>(m) : c;
}

} // namespace kiosk::ui::text
