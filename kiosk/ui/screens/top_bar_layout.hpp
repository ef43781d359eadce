// Where the top bar's parts go. Labels are never made smaller than body text: when they do
// not fit on one row at body size, the bar becomes two rows ([name .. Listen Aa Quick exit]
// over [Emergency Back Home]; Listen goes lower where the upper row has no room for it); when a
// row's labels do not fit on one line even then, they wrap at spaces and the row grows taller. Two
// rows keep every word whole and readable, which short labels or scrolling would not: a visitor who
// reads little needs "Emergency" in full.
#pragma once

#include "ui/fonts.hpp"
#include "ui/theme.hpp"

#include <string>

namespace kiosk::ui {

struct TopBarLabels {
    std::string logo, emergency, back, home, exit; // emergency empty: not shown (staff)
    std::string listen;                            // empty: not shown (staff, no sound)
    // back and home empty: not shown (the home screen, where they would lead nowhere; its bar
    // then keeps one row with Listen at 800x480).
};

struct TopBarLayout {
    bool two_rows = false;
    int listen_row = -1; // 0: beside Aa; 1: with Emergency; 2: a row of its own; -1: not shown
    float logo = 0, emergency = 0, display = 0, back = 0, home = 0, exit = 0, listen = 0; // widths
    float gap = 0; // between two parts side by side
    float row_h[3] = {0, 0, 0};
    float height = 0; // of the whole bar, with its padding
};

TopBarLayout plan_top_bar(const Theme& theme, const Fonts& fonts, const TopBarLabels& labels,
                          float width);

} // namespace kiosk::ui
