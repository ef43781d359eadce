// Contrast by construction: every pair of colours the theme draws text in and on, in the
// normal and the high-contrast theme, computed with WCAG 2.1's formula. Screens take their
// colours from the theme only (the last test looks for colours written into a screen).
#include "ui/theme.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <dirent.h>
#include <fstream>
#include <sstream>

using namespace kiosk::ui;

namespace {

double channel(unsigned v) {
    const double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(ImU32 col) {
    const unsigned r = (col >> IM_COL32_R_SHIFT) & 0xFF, g = (col >> IM_COL32_G_SHIFT) & 0xFF,
                   b = (col >> IM_COL32_B_SHIFT) & 0xFF;
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

double contrast(ImU32 a, ImU32 b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void check_theme(const Theme& t, double least) {
    for (const TextOnColour& pair : kTextPairs) {
        INFO(pair.name << (t.high_contrast ? " (high contrast)" : ""));
        CHECK(contrast(t.*pair.text, t.*pair.background) >= least);
    }
    for (int level = 0; level < 4; ++level) {
        INFO("text on the mixing band of risk level " << level);
        CHECK(contrast(t.on_risk[level], t.risk[level]) >= least);
    }
}

} // namespace

TEST_CASE("every text colour on its background is at least 4.5:1, and 7:1 in high contrast",
          "[ui][theme]") {
    const Theme normal = make_theme(800, 480);
    check_theme(normal, 4.5);
    check_theme(with_large_text(normal), 4.5);
    check_theme(with_high_contrast(normal), 7.0);
    CHECK(contrast(IM_COL32_WHITE, IM_COL32(255, 90, 90, 255)) < 4.5); // the formula bites
}

TEST_CASE("screens take their colours from the theme", "[ui][theme]") {
    const std::string dir = std::string(KIOSK_TEST_SOURCE_DIR) + "/kiosk/ui/screens";
    DIR* d = opendir(dir.c_str());
    REQUIRE(d);
    int files = 0;
    while (const dirent* e = readdir(d)) {
        const std::string name = e->d_name;
        if (name.size() < 5 || name.substr(name.size() - 4) != ".cpp")
            continue;
        std::ifstream in(dir + "/" + name);
        std::stringstream text;
        text << in.rdbuf();
        INFO(name);
        CHECK(text.str().find("IM_COL32") == std::string::npos);
        ++files;
    }
    closedir(d);
    CHECK(files > 10);
}
