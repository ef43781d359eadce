// Building blocks for content screens: bullet lines, accordion sections with large
// tappable headers, the "not available" message, and a grid of big tiles.
#pragma once

#include "core/content/content_pack.hpp"
#include "core/kiosk_model.hpp"
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
// Said, in the visitor's language, above a passage shown in English or Dutch because the
// pack lacks the visitor's language: a fallback is never silent.
void fallback_note(UiFrame& frame, const std::string& shown_language);

// The item's text in the visitor's language, else English, else Dutch (nullptr if none);
// draws the fallback note when it is not the visitor's language.
template <class T>
const T* passage(UiFrame& frame, const content::PerLanguage<T>& texts, const std::string& item) {
    const T* text = frame.model.localized(texts, item);
    if (text && !texts.count(frame.model.language()))
        fallback_note(frame, texts.count("en") ? "en" : "nl");
    return text;
}

struct TileSpec {
    std::string id, title, detail;
    Icon icon = Icon::None;
};
// Big tiles in as many columns as fit (at least `min_width` wide); returns the index
// of the tapped tile, or -1.
int tile_grid(UiFrame& frame, const std::vector<TileSpec>& tiles, float min_width, float height);

} // namespace kiosk::ui
