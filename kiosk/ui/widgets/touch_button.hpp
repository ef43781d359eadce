// The kiosk's one button: big, bordered, with visible press feedback and no hover.
// It fires on release over the button, never when the press turned into a scroll.
#pragma once

#include "icons.hpp"
#include "ui/ui_frame.hpp"

#include <string>

namespace kiosk::ui {

enum class ButtonKind { Normal, Primary, Danger, Exit, TopBar, Selected, Tile, Key };

struct ButtonSpec {
    ButtonSpec(std::string id_, std::string label_, ImVec2 size_,
               ButtonKind kind_ = ButtonKind::Normal, Icon icon_ = Icon::None,
               std::string detail_ = "")
        : id(std::move(id_)), label(std::move(label_)), size(size_), kind(kind_), icon(icon_),
          detail(std::move(detail_)) {}

    std::string id;    // stable widget id
    std::string label; // visible text
    ImVec2 size;
    ButtonKind kind;
    Icon icon;
    std::string detail; // a second, smaller line (tiles)
    std::string name;   // what an icon-only button is called in the UI dump
};

// An icon-only button: `name` is its translated name for the UI dump and tests.
inline ButtonSpec icon_button(std::string id, std::string name, ImVec2 size, Icon icon,
                              ButtonKind kind = ButtonKind::Normal) {
    ButtonSpec spec(std::move(id), "", size, kind, icon);
    spec.name = std::move(name);
    return spec;
}

bool touch_button(UiFrame& frame, const ButtonSpec& spec);

enum class TextAlign { Centre, Left };
// Draws `text` in [min,max], wrapping and shrinking the font (down to `min_size`) until it
// fits; words are kept whole where possible.
void draw_fitted_text(ImDrawList* draw, ImFont* font, float size, float min_size, ImVec2 min,
                      ImVec2 max, ImU32 colour, const std::string& text,
                      TextAlign align = TextAlign::Centre);

// Adds an item the UI dump and tests can find (called by every tappable widget).
void register_tap(UiFrame& frame, const std::string& id, const std::string& label, ImVec2 min,
                  ImVec2 max);

// Width of each of `columns` items that share the available width.
float column_width(const UiFrame& frame, int columns);
// How many columns of at least `min_width` fit the available width (at least 1).
int columns_that_fit(const UiFrame& frame, float min_width);

} // namespace kiosk::ui
