// The kiosk's window and GL ES 3.0 context through GLFW (X11 build: touch arrives as
// pointer events via Xorg or Xwayland under cage).
//
// Implements: full screen or windowed; kiosk mode in full screen (hidden cursor, close
// requests such as Alt+F4 ignored: only SIGTERM stops the kiosk); pointer and character
// input into an InputQueue (mapped through the rotation), blocking waits with a timeout,
// wake-ups from other threads, damage (expose/resize) tracking. No key leaves the app:
// only Backspace and typed characters are read.
// Does not implement: multi-touch, native Wayland (cage gives no touch to it), IME.
#pragma once

#include "core/display_transform.hpp"
#include "input_queue.hpp"

#include <memory>
#include <optional>
#include <string>

struct GLFWwindow;

namespace kiosk::platform {

struct WindowOptions {
    bool fullscreen = true;
    int width = 1024, height = 600;
    Rotation rotation = Rotation::R0;
    std::string title = "kiosk";
};

class Window {
  public:
    // The logical (rotated) size the window will have: for full screen the monitor's mode.
    // Connects to the display (cheap), so fonts can be made while the window is created.
    // nullopt when there is no display.
    static std::optional<std::pair<float, float>> planned_size(const WindowOptions& options);
    // Returns nullptr and sets `error` when no window or GL ES 3.0 context can be had.
    static std::unique_ptr<Window> create(const WindowOptions& options, std::string& error);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    bool should_close() const;
    // Blocks until an event, a wake-up, or `timeout_s` (none: wait indefinitely).
    void wait(std::optional<double> timeout_s);
    // Thread-safe: makes wait() return.
    static void wake();
    void swap();

    InputQueue& input() { return input_; }
    const DisplayTransform& transform() const { return transform_; }
    // Mirrors drawing and touch for a right-to-left frame (set before the frame is shown).
    void set_mirrored(bool mirrored) { transform_.set_mirrored(mirrored); }
    // Expose, resize or focus change since the last call.
    bool take_damage();
    // True once after the framebuffer size changed (fonts and theme must be rebuilt).
    bool take_resized();
    GLFWwindow* handle() const { return window_; }

  private:
    Window() = default;
    void update_transform();

    GLFWwindow* window_ = nullptr;
    InputQueue input_;
    DisplayTransform transform_;
    Rotation rotation_ = Rotation::R0;
    bool kiosk_mode_ = false;
    bool damaged_ = true;
    bool resized_ = true;

    friend struct WindowCallbacks;
};

} // namespace kiosk::platform
