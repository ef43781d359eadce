// Line breaking on shaped words, then bidi order and shaping per line.
#include "text_layout.hpp"

#include "arabic_atlas.hpp"
#include "core/utf8.hpp"
#include "script.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace kiosk::ui::text {

namespace {

struct State {
    ShapingTable table;
    std::unordered_map<std::string, Layout> cache;
};

State& state() {
    static State s;
    return s;
}

// Bounds the cache: a kiosk shows a few thousand distinct texts at most; typed text makes
// new ones, so the cache starts again when it grows past this.
constexpr std::size_t kMaxCached = 4000;

bool in_arabic_font(char32_t c) {
    return is_arabic_script(c) || c == 0x200C || c == 0x200D; // with the joining controls
}

// Appends the glyphs of `line` in visual order from x = 0 and returns the line's width.
float place_line(const std::u32string& raw, BaseDirection base, ImFont* font, float px,
                 const FontShaping* shaping, std::vector<PlacedGlyph>* out) {
    const float scale = px / font->FontSize;
    float x = 0;
    const std::u32string line =
        base == BaseDirection::RightToLeft ? isolate_left_to_right(raw) : raw;
    for (const BidiRun& run : visual_runs(line, base)) {
        struct Piece {
            std::size_t start, end;
            bool arabic;
        };
        std::vector<Piece> pieces;
        for (std::size_t i = run.start; i < run.end; ++i) {
            const bool arabic = shaping && shaping->face && in_arabic_font(line[i]);
            if (pieces.empty() || pieces.back().arabic != arabic)
                pieces.push_back({i, i, arabic});
            pieces.back().end = i + 1;
        }
        if (run.right_to_left)
            std::reverse(pieces.begin(), pieces.end());
        for (const Piece& p : pieces) {
            if (p.arabic) {
                const float k = shaping->units_to_px * scale;
                for (const ShapedGlyph& g : shaping->face->shape(
                         line.data() + p.start, p.end - p.start, run.right_to_left)) {
                    if (out)
                        out->push_back({glyph_char(g.glyph), x + g.offset_x * k, -g.offset_y * k});
                    x += g.advance * k;
                }
                continue;
            }
            for (std::size_t n = 0; n < p.end - p.start; ++n) {
                const std::size_t i = run.right_to_left ? p.end - 1 - n : p.start + n;
                char32_t c = run.right_to_left ? mirrored(line[i]) : line[i];
                if (is_bidi_control(c))
                    continue;
                if (c > 0xFFFF)
                    c = 0xFFFD;
                const auto ch = static_cast<ImWchar>(c);
                if (out)
                    out->push_back({ch, x, 0});
                x += font->GetCharAdvance(ch) * scale;
            }
        }
    }
    return x;
}

std::vector<std::u32string> split(const std::u32string& text, char32_t at) {
    std::vector<std::u32string> parts(1);
    for (char32_t c : text) {
        if (c == at)
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

class Builder {
  public:
    Builder(ImFont* font, float px, float wrap, const FontShaping* shaping, Layout& out)
        : font_(font), px_(px), wrap_(wrap), shaping_(shaping), out_(out),
          space_(font->GetCharAdvance(' ') * px / font->FontSize) {}

    void paragraph(const std::u32string& text, BaseDirection fallback) {
        dir_ = paragraph_direction(text, fallback);
        std::u32string line;
        float line_w = 0;
        for (const std::u32string& word : split(text, U' ')) {
            if (word.empty())
                continue;
            const float w = place_line(word, dir_, font_, px_, shaping_, nullptr);
            out_.widest_word = std::max(out_.widest_word, w);
            if (!line.empty() && wrap_ > 0 && line_w + space_ + w > wrap_) {
                flush(line);
                line.clear();
            }
            line_w = line.empty() ? w : line_w + space_ + w;
            line += line.empty() ? word : U" " + word;
        }
        flush(line);
    }

  private:
    void flush(const std::u32string& line) {
        LaidLine laid;
        laid.right_to_left = dir_ == BaseDirection::RightToLeft;
        laid.width = place_line(line, dir_, font_, px_, shaping_, &laid.glyphs);
        out_.width = std::max(out_.width, laid.width);
        out_.lines.push_back(std::move(laid));
    }

    ImFont* font_;
    float px_, wrap_;
    const FontShaping* shaping_;
    Layout& out_;
    float space_;
    BaseDirection dir_ = BaseDirection::LeftToRight;
};

std::string cache_key(const ImFont* font, float px, float wrap, BaseDirection fallback,
                      std::string_view text) {
    std::string key(sizeof font + 2 * sizeof(float) + 1, '\0');
    std::memcpy(key.data(), &font, sizeof font);
    std::memcpy(key.data() + sizeof font, &px, sizeof px);
    std::memcpy(key.data() + sizeof font + sizeof px, &wrap, sizeof wrap);
    key.back() = fallback == BaseDirection::RightToLeft ? 'r' : 'l';
    key.append(text);
    return key;
}

} // namespace

float Layout::height() const {
    return static_cast<float>(std::max<std::size_t>(1, lines.size())) * line_advance;
}

void use_shaping(ShapingTable table) {
    state().table = std::move(table);
    state().cache.clear();
}

const Layout& layout_text(ImFont* font, float px, std::string_view text, float wrap_width,
                          BaseDirection fallback) {
    State& s = state();
    wrap_width = std::max(0.0f, std::floor(wrap_width));
    std::string key = cache_key(font, px, wrap_width, fallback, text);
    if (const auto it = s.cache.find(key); it != s.cache.end())
        return it->second;
    if (s.cache.size() >= kMaxCached)
        s.cache.clear();
    Layout layout;
    layout.line_advance = px * kShapedLineSpacing;
    const auto found = s.table.find(font);
    const FontShaping* shaping = found == s.table.end() ? nullptr : &found->second;
    Builder builder(font, px, wrap_width, shaping, layout);
    const auto cps = utf8::decode(text);
    for (const std::u32string& para : split(std::u32string(cps.begin(), cps.end()), U'\n'))
        builder.paragraph(para, fallback);
    return s.cache.emplace(std::move(key), std::move(layout)).first->second;
}

std::size_t cached_layouts() {
    return state().cache.size();
}

} // namespace kiosk::ui::text
