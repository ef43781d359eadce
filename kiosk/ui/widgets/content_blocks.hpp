// Building blocks for content screens: bullet lines, accordion sections with large
// tappable headers, the "not available" message, and a grid of big tiles.
#pragma once

#include "icons.hpp"
#include "ui/ui_frame.hpp"

#include <functional>
#include <string>
#include <vector>

namespace kiosk::ui {

// One line per idea, each with a bullet, wrapped to the page.
void bullet_lines(UiFrame& frame, const std::vector<std::string>& lines);
// A full-width header button that opens and closes its section; returns true when open.
// Sections are closed unless opened (or `open_first` for the first of a page).
bool section_header(UiFrame& frame, const std::string& id, const std::string& title,
                    bool open_by_default);
// Said when the content pack has no such item, or none could be loaded.
void content_missing(UiFrame& frame);

struct TileSpec {
    std::string id, title, detail;
    Icon icon = Icon::None;
};
// Big tiles in as many columns as fit (at least `min_width` wide); returns the index
// of the tapped tile, or -1.
int tile_grid(UiFrame& frame, const std::vector<TileSpec>& tiles, float min_width, float height);

} // namespace kiosk::ui
