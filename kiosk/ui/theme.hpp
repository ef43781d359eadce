// Sizes and colours, scaled to the screen: touch targets are at least 48 px at 800x480
// and grow with larger screens. Colour is never the only signal: every state also has
// an icon, a border or words.
#pragma once

#include <imgui.h>

namespace kiosk::ui {

struct Theme {
    float scale = 1.0f;   // 1.0 at 800x480; by the short side, limited by the width
    float touch = 56.0f;  // standard touch target height (>= 48 at scale 1)
    float pad = 12.0f;    // space between items
    float radius = 10.0f; // corner rounding
    float top_bar = 68.0f;
    bool narrow = false; // fewer than 600 units across (portrait): two-row top bar
    float nav_h = 56.0f; // height of the top bar's buttons
    float body_px = 24.0f, title_px = 34.0f, small_px = 20.0f;

    ImU32 background = IM_COL32(246, 244, 239, 255);
    ImU32 surface = IM_COL32(255, 255, 255, 255);
    ImU32 text = IM_COL32(20, 24, 31, 255);
    ImU32 text_muted = IM_COL32(70, 76, 88, 255);
    ImU32 border = IM_COL32(120, 126, 138, 255);
    ImU32 primary = IM_COL32(18, 82, 150, 255);
    ImU32 primary_text = IM_COL32(255, 255, 255, 255);
    ImU32 pressed = IM_COL32(200, 210, 228, 255);
    ImU32 primary_pressed = IM_COL32(10, 50, 96, 255);
    ImU32 danger = IM_COL32(168, 28, 32, 255);
    ImU32 danger_pressed = IM_COL32(110, 14, 18, 255);
    ImU32 danger_text = IM_COL32(255, 255, 255, 255);
    ImU32 top_bar_bg = IM_COL32(30, 38, 52, 255);
    ImU32 top_bar_pressed = IM_COL32(70, 82, 104, 255);
    ImU32 top_bar_border = IM_COL32(150, 160, 180, 255);
    ImU32 top_bar_text = IM_COL32(255, 255, 255, 255);
    ImU32 selected = IM_COL32(222, 236, 220, 255);
    ImU32 selected_border = IM_COL32(28, 110, 46, 255);
    ImU32 scrim = IM_COL32(0, 0, 0, 150);
    ImU32 exit = IM_COL32(240, 180, 0, 255); // quick exit: amber, unlike emergency red
    ImU32 exit_pressed = IM_COL32(190, 140, 0, 255);
    ImU32 exit_text = IM_COL32(0, 0, 0, 255);
    // Risk levels of the mixing checker; always shown with an icon and words too.
    ImU32 risk[4] = {IM_COL32(28, 110, 46, 255), IM_COL32(176, 120, 0, 255),
                     IM_COL32(196, 80, 0, 255), IM_COL32(168, 28, 32, 255)};
    // Text on each risk band: dark on the light amber of "caution".
    ImU32 on_risk[4] = {IM_COL32(255, 255, 255, 255), IM_COL32(0, 0, 0, 255),
                        IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 255, 255)};
    // Not text: a button's shadow, the scroll thumb, the long-press ring. (QR codes are always
    // black on white, as scanners expect: qr_code.cpp.)
    ImU32 shadow = IM_COL32(0, 0, 0, 40);
    ImU32 scroll_thumb = IM_COL32(90, 96, 110, 200);
    ImU32 ring = IM_COL32(255, 255, 255, 220);
    bool large_text = false;
    bool high_contrast = false;
};

// Every pair of colours the kiosk draws text in and on, named, so a test can compute their
// contrast (WCAG 2.1: at least 4.5:1, and 7:1 in high contrast). Screens take their colours
// from the theme only; a new text colour gets its row here.
struct TextOnColour {
    const char* name;
    ImU32 Theme::*text;
    ImU32 Theme::*background;
};
inline constexpr TextOnColour kTextPairs[] = {
    {"text on background", &Theme::text, &Theme::background},
    {"text on surface", &Theme::text, &Theme::surface},
    {"muted text on background", &Theme::text_muted, &Theme::background},
    {"muted text on surface", &Theme::text_muted, &Theme::surface},
    {"text on pressed", &Theme::text, &Theme::pressed},
    {"text on selected", &Theme::text, &Theme::selected},
    {"primary text on primary", &Theme::primary_text, &Theme::primary},
    {"primary text on primary pressed", &Theme::primary_text, &Theme::primary_pressed},
    {"danger text on danger", &Theme::danger_text, &Theme::danger},
    {"danger text on danger pressed", &Theme::danger_text, &Theme::danger_pressed},
    {"exit text on exit", &Theme::exit_text, &Theme::exit},
    {"exit text on exit pressed", &Theme::exit_text, &Theme::exit_pressed},
    {"top bar text on top bar", &Theme::top_bar_text, &Theme::top_bar_bg},
    {"top bar text on top bar pressed", &Theme::top_bar_text, &Theme::top_bar_pressed},
    {"primary (links, headings) on background", &Theme::primary, &Theme::background},
    {"danger (warnings) on background", &Theme::danger, &Theme::background},
};

// Larger letters (x1.3) for visitors who ask for them; touch sizes stay the same.
Theme with_large_text(Theme theme);
// White on black with yellow accents, for low vision and bright rooms.
Theme with_high_contrast(Theme theme);

// The theme for a logical screen of w x h pixels.
Theme make_theme(float logical_w, float logical_h);
// Copies the theme into ImGui's style (no hover colours: touch has no hover).
void apply_theme(const Theme& theme);

} // namespace kiosk::ui
