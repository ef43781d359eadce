// A value changed with big buttons instead of typing: [-big] [-small] value [+small] [+big],
// for times (15 minutes / 1 hour), dates (a day / a week) and counts. On narrow screens the
// value sits above its four buttons.
#pragma once

#include "ui/ui_frame.hpp"

#include <string>

namespace kiosk::ui {

struct StepperSpec {
    std::string id;    // buttons are <id>.down_big, <id>.down, <id>.up, <id>.up_big
    std::string value; // shown large in the middle
    int small = 1, big = 5;
    // The buttons' words, e.g. "-15 min", "+1 hour".
    std::string down_big_label, down_label, up_label, up_big_label;
    bool can_down = true, can_up = true;
};

// Returns the step tapped (-big, -small, +small, +big), or 0.
int stepper(UiFrame& frame, const StepperSpec& spec);

} // namespace kiosk::ui
