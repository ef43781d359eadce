// Pointer input from the touchscreen (as X11 pointer events), queued so that no tap is
// lost: a press and release that arrive between two frames are spread over two frames,
// and after a release the pointer "leaves" so nothing stays hovered. Pure C++.
//
// Implements: move/press/release trickling, hover removal after release, typed characters.
// Does not implement: multi-touch gestures (GLFW 3.3 on X11 delivers a single pointer).
#pragma once

#include "core/display_transform.hpp"

#include <deque>
#include <vector>

namespace kiosk::platform {

struct InputEvent {
    enum class Kind { Move, Press, Release, Character, Backspace };
    Kind kind = Kind::Move;
    Point pos; // logical position (Move, Press, Release)
    char32_t character = 0;
};

struct PointerFrame {
    Point pos;
    bool down = false;
    bool present = false; // false: no pointer over the window (touch lifted)
    std::vector<char32_t> characters;
    bool backspace = false;
    bool had_input = false;
};

class InputQueue {
  public:
    void push(const InputEvent& event) { events_.push_back(event); }
    // True while events wait for a later frame, or the pointer must still leave.
    bool pending() const { return !events_.empty() || leave_next_; }
    // Takes the events for one frame: everything up to and including the first change
    // of the button.
    PointerFrame next_frame();

  private:
    std::deque<InputEvent> events_;
    Point pos_;
    bool down_ = false;
    bool present_ = false;
    bool leave_next_ = false;
};

} // namespace kiosk::platform
