// Measures the top bar's labels at body size and shares the width out among them.
#include "top_bar_layout.hpp"

#include "ui/widgets/fitted_text.hpp"

#include <algorithm>
#include <cfloat>
#include <vector>

namespace kiosk::ui {

namespace {

// One part of a row: the width it needs to keep its label on one line, the least it needs to
// keep every word whole, and the width it is given.
struct Part {
    float* width;
    const std::string* label;
    bool icon;
    float one_line = 0, words = 0;
    float chrome = 0; // what is not label: padding and icon
};

float icon_room(const Theme& t) {
    return std::min(t.touch * 0.5f, 30.0f * t.scale) + t.pad * 0.6f;
}

// `button`: false for the name, which has no button around it.
void measure(const Theme& t, const Fonts& f, Part& p, bool button = true) {
    p.chrome = (button ? t.pad * 1.6f : 0.0f) + (p.icon ? icon_room(t) : 0.0f) + 2.0f;
    p.one_line = p.chrome + measure_text(f.bold, t.body_px, *p.label).x;
    p.words = p.chrome + longest_word(f.bold, t.body_px, *p.label);
}

// Gives each part at least what it needs (one line if the row allows, else whole words) and
// shares out what is left: all of it to the first part (the name, left-aligned) or equally.
// Returns false if even whole words do not fit; the parts then share the width by their
// needs, and the labels that do not fit are reported as cut.
bool share(std::vector<Part>& parts, float fixed, float width, float gap, bool rest_to_first) {
    const float gaps = gap * static_cast<float>(parts.size());
    float one_line = fixed + gaps, words = fixed + gaps;
    for (const Part& p : parts) {
        one_line += p.one_line;
        words += p.words;
    }
    const bool single = one_line <= width;
    const float left = width - (single ? one_line : words);
    if (left < 0) {
        for (Part& p : parts)
            *p.width = p.words * (width - fixed - gaps) / (words - fixed - gaps);
        return false;
    }
    // Without room for one line each, the room above whole words goes to the longest labels.
    float want = 0;
    for (const Part& p : parts)
        want += single ? 1.0f : p.one_line - p.words;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        Part& p = parts[i];
        float part = want > 0 ? (single ? 1.0f : p.one_line - p.words) / want : 0;
        if (single && rest_to_first)
            part = i == 0 ? 1.0f : 0.0f;
        *p.width = (single ? p.one_line : p.words) + left * part;
    }
    return true;
}

float row_height(const Theme& t, const Fonts& f, const std::vector<Part>& parts) {
    float h = t.nav_h;
    for (const Part& p : parts) {
        const float text_w = *p.width - p.chrome + 2.0f;
        h = std::max(h, wrapped_height(f.bold, t.body_px, text_w, *p.label) + t.pad * 0.8f);
    }
    return h;
}

// How well a set of rows holds its labels: 2 every label on one line, 1 whole words, 0 not.
int fit_of(const std::vector<std::vector<Part>*>& rows) {
    int fit = 2;
    for (const auto* row : rows)
        for (const Part& p : *row) {
            // The location's name (no icon, no button) may take two lines: whole words do.
            const int one_line = *p.width + 0.5f >= p.one_line ? 2 : 0;
            const int words = *p.width + 0.5f >= p.words ? (p.icon ? 1 : 2) : 0;
            fit = std::min(fit, std::max(one_line, words));
        }
    return fit;
}

// Two rows: [name .. Listen Aa Quick exit] over [Emergency Back Home]. Listen goes up beside
// Aa (the two ways to take in the screen), so the row a visitor's eye finds Emergency, Back
// and Home in stays the same with or without it. Where labels would then wrap, Listen joins
// the lower row, or gets a third row of its own (narrow portrait), whichever keeps every
// label on one line.
void plan_two_rows(const Theme& t, const Fonts& f, TopBarLayout& l, float width,
                   std::vector<Part> parts) {
    Part &logo = parts[0], &emergency = parts[1], &back = parts[2], &home = parts[3],
         &exit = parts[4], &listen = parts[5];
    const bool has_listen = !listen.label->empty();
    std::vector<Part> top, bottom, third;
    const auto place = [&](int row) {
        top = {logo};
        bottom.clear();
        third.clear();
        if (has_listen && row == 0)
            top.push_back(listen);
        top.push_back(exit);
        for (Part* p : {&emergency, &listen, &back, &home})
            if (!p->label->empty() && (p != &listen || row == 1))
                bottom.push_back(*p);
        if (has_listen && row == 2)
            third.push_back(listen);
        share(top, l.display, width, t.pad, true);
        share(bottom, 0, width + t.pad, t.pad, false);
        if (!third.empty())
            share(third, 0, width + t.pad, t.pad, false);
        l.listen_row = has_listen ? row : -1;
        return fit_of({&top, &bottom, &third});
    };
    int chosen = 2;
    if (!has_listen) {
        chosen = 0;
    } else {
        // Every label on one line: Listen in the upper row, the lower, or a row of its own
        // (as tall as wrapped labels, and easier to read); else whole words, upper or lower.
        const int upper = place(0), lower = place(1), own = place(2);
        chosen = upper == 2   ? 0
                 : lower == 2 ? 1
                 : own == 2   ? 2
                 : upper == 1 ? 0
                 : lower == 1 ? 1
                              : 2;
    }
    place(chosen);
    l.row_h[0] = row_height(t, f, top);
    l.row_h[1] = row_height(t, f, bottom);
    l.row_h[2] = third.empty() ? 0.0f : row_height(t, f, third);
    l.height = l.row_h[0] + l.row_h[1] + t.pad * 1.5f + (third.empty() ? 0.0f : l.row_h[2] + t.pad);
}

} // namespace

TopBarLayout plan_top_bar(const Theme& t, const Fonts& f, const TopBarLabels& labels, float width) {
    TopBarLayout l;
    l.display = t.nav_h * 1.2f;
    Part logo{&l.logo, &labels.logo, false}, emergency{&l.emergency, &labels.emergency, true},
        back{&l.back, &labels.back, true}, home{&l.home, &labels.home, true},
        exit{&l.exit, &labels.exit, true}, listen{&l.listen, &labels.listen, true};
    measure(t, f, logo, false);
    for (Part* p : {&emergency, &back, &home, &exit, &listen})
        measure(t, f, *p);
    std::vector<Part> one_row = {logo, exit};
    if (!labels.back.empty())
        one_row.push_back(back);
    if (!labels.home.empty())
        one_row.push_back(home);
    if (!labels.emergency.empty())
        one_row.push_back(emergency);
    if (!labels.listen.empty())
        one_row.push_back(listen);
    // One row only if every label keeps one line there; the gaps between the buttons may
    // shrink to half for it (long Polish, Russian and Ukrainian labels beside Listen).
    for (const float gap : {t.pad, t.pad * 0.5f}) {
        if (t.narrow || !share(one_row, l.display, width, gap, true))
            continue;
        bool single = true;
        for (const Part& p : one_row)
            single = single && *p.width + 0.5f >= p.one_line;
        if (single) {
            l.gap = gap;
            l.row_h[0] = row_height(t, f, one_row);
            l.height = l.row_h[0] + t.pad;
            return l;
        }
    }
    l.two_rows = true;
    l.gap = t.pad;
    plan_two_rows(t, f, l, width, {logo, emergency, back, home, exit, listen});
    return l;
}

} // namespace kiosk::ui
