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
    ImU32 top_bar_bg = IM_COL32(30, 38, 52, 255);
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
    bool large_text = false;
    bool high_contrast = false;
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
