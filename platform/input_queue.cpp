// Frame-by-frame draining of the input queue.
#include "input_queue.hpp"

namespace kiosk::platform {

PointerFrame InputQueue::next_frame() {
    PointerFrame frame;
    if (leave_next_ && events_.empty()) {
        present_ = false;
    }
    leave_next_ = false;
    while (!events_.empty()) {
        const InputEvent e = events_.front();
        events_.pop_front();
        frame.had_input = true;
        bool button_changed = false;
        switch (e.kind) {
        case InputEvent::Kind::Move:
            pos_ = e.pos;
            present_ = true;
            break;
        case InputEvent::Kind::Press:
            pos_ = e.pos;
            present_ = true;
            button_changed = !down_;
            down_ = true;
            break;
        case InputEvent::Kind::Release:
            pos_ = e.pos;
            button_changed = down_;
            down_ = false;
            leave_next_ = true;
            break;
        case InputEvent::Kind::Character:
            frame.characters.push_back(e.character);
            break;
        case InputEvent::Kind::Backspace:
            frame.backspace = true;
            break;
        }
        if (button_changed)
            break; // the rest waits, so this frame sees the press (or release) on its own
    }
    frame.pos = pos_;
    frame.down = down_;
    frame.present = present_;
    return frame;
}

} // namespace kiosk::platform
