// Where the visitor is and how they got there: a stack of screens with Home and Back.
#pragma once

#include "screen_id.hpp"

#include <string>
#include <vector>

namespace kiosk {

struct Place {
    ScreenId screen = ScreenId::Home;
    std::string topic; // which item of the screen, e.g. an info topic id; may be empty
    bool operator==(const Place&) const = default;
};

class Navigator {
  public:
    const Place& current() const { return stack_.back(); }
    bool can_go_back() const { return stack_.size() > 1; }
    std::size_t depth() const { return stack_.size(); }

    // Opening the place already shown does not grow the history.
    void open(Place place);
    void back();
    void home();

    bool operator==(const Navigator&) const = default;

  private:
    std::vector<Place> stack_{Place{}};
};

} // namespace kiosk
