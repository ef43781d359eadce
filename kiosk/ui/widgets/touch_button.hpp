// The kiosk's one button: big, bordered, with visible press feedback and no hover.
// It fires on release over the button, never when the press turned into a scroll.
#pragma once

#include "fitted_text.hpp"
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
    std::string name;   // what it is called aloud and in the UI dump, if not its label ("Aa")
};

// An icon-only button: `name` is its translated name for the UI dump and tests.
inline ButtonSpec icon_button(std::string id, std::string name, ImVec2 size, Icon icon,
                              ButtonKind kind = ButtonKind::Normal) {
    ButtonSpec spec(std::move(id), "", size, kind, icon);
    spec.name = std::move(name);
    return spec;
}

// Draws the button and returns true when it was tapped. It is as tall as spec.size.y, or
// taller when its label needs more lines at body size.
bool touch_button(UiFrame& frame, const ButtonSpec& spec);
// The height touch_button will give this button.
float button_height(const UiFrame& frame, const ButtonSpec& spec);
// The narrowest plain button that holds `label` on one line (beside `icon`, if any).
float button_width_for_label(const UiFrame& frame, const std::string& label, Icon icon);
// The narrowest tile in which no word of its title or detail has to break.
float tile_width_for_words(const UiFrame& frame, const std::string& title,
                           const std::string& detail);

// Adds an item the UI dump and tests can find (called by every tappable widget).
void register_tap(UiFrame& frame, const std::string& id, const std::string& label, ImVec2 min,
                  ImVec2 max);

// Width of each of `columns` items that share the available width.
float column_width(const UiFrame& frame, int columns);
// How many columns of at least `min_width` fit the available width (at least 1).
int columns_that_fit(const UiFrame& frame, float min_width);

} // namespace kiosk::ui
