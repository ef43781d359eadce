// Navigation history; Home always leaves exactly one entry.
#include "navigator.hpp"

namespace kiosk {

void Navigator::open(Place place) {
    if (place == current())
        return;
    if (place.screen == ScreenId::Home) {
        home();
        return;
    }
    stack_.push_back(std::move(place));
}

void Navigator::back() {
    if (can_go_back())
        stack_.pop_back();
}

void Navigator::home() {
    stack_.assign(1, Place{});
}

} // namespace kiosk
