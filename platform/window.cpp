// GLFW window creation and event callbacks.
#include "window.hpp"

#include <GLFW/glfw3.h>

#include <cstdio>

namespace kiosk::platform {

struct WindowCallbacks {
    static Window& self(GLFWwindow* w) {
        return *static_cast<Window*>(glfwGetWindowUserPointer(w));
    }

    static void cursor(GLFWwindow* w, double x, double y) {
        Window& win = self(w);
        const Point p =
            win.transform_.to_logical(Point{static_cast<float>(x), static_cast<float>(y)});
        win.input_.push({InputEvent::Kind::Move, p, 0});
    }
    static void button(GLFWwindow* w, int button, int action, int) {
        if (button != GLFW_MOUSE_BUTTON_LEFT)
            return;
        Window& win = self(w);
        double x = 0, y = 0;
        glfwGetCursorPos(w, &x, &y);
        const Point p =
            win.transform_.to_logical(Point{static_cast<float>(x), static_cast<float>(y)});
        win.input_.push(
            {action == GLFW_PRESS ? InputEvent::Kind::Press : InputEvent::Kind::Release, p, 0});
    }
    static void character(GLFWwindow* w, unsigned int c) {
        self(w).input_.push({InputEvent::Kind::Character, {}, static_cast<char32_t>(c)});
    }
    static void key(GLFWwindow* w, int key, int, int action, int) {
        if (key == GLFW_KEY_BACKSPACE && action != GLFW_RELEASE)
            self(w).input_.push({InputEvent::Kind::Backspace, {}, 0});
    }
    static void refresh(GLFWwindow* w) { self(w).damaged_ = true; }
    static void framebuffer(GLFWwindow* w, int, int) {
        Window& win = self(w);
        win.update_transform();
        win.damaged_ = win.resized_ = true;
    }
    static void focus(GLFWwindow* w, int) { self(w).damaged_ = true; }
    static void close(GLFWwindow* w) {
        if (!self(w).kiosk_mode_)
            return;
        glfwSetWindowShouldClose(w, GLFW_FALSE);
        std::fprintf(stderr, "kiosk: ignored a request to close the window (kiosk mode; "
                             "stop the service instead)\n");
    }
};

namespace {
void on_glfw_error(int code, const char* text) {
    std::fprintf(stderr, "kiosk: GLFW error %d: %s\n", code, text);
}
} // namespace

std::optional<std::pair<float, float>> Window::planned_size(const WindowOptions& o) {
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit())
        return std::nullopt;
    int w = o.width, h = o.height;
    if (o.fullscreen)
        if (GLFWmonitor* monitor = glfwGetPrimaryMonitor())
            if (const GLFWvidmode* mode = glfwGetVideoMode(monitor)) {
                w = mode->width;
                h = mode->height;
            }
    const DisplayTransform t(static_cast<float>(w), static_cast<float>(h), o.rotation);
    return std::make_pair(t.logical_width(), t.logical_height());
}

std::unique_ptr<Window> Window::create(const WindowOptions& o, std::string& error) {
    glfwSetErrorCallback(on_glfw_error);
    if (!glfwInit()) {
        error = "cannot open the display (is DISPLAY set and an X server running?)";
        return nullptr;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_RESIZABLE, o.fullscreen ? GLFW_FALSE : GLFW_TRUE);
    GLFWmonitor* monitor = nullptr;
    int w = o.width, h = o.height;
    if (o.fullscreen) {
        monitor = glfwGetPrimaryMonitor();
        if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
            w = mode->width;
            h = mode->height;
        }
    }
    std::unique_ptr<Window> win(new Window());
    win->rotation_ = o.rotation;
    win->kiosk_mode_ = o.fullscreen;
    win->window_ = glfwCreateWindow(w, h, o.title.c_str(), monitor, nullptr);
    if (!win->window_) {
        error =
            "cannot create a window with an OpenGL ES 3.0 context "
            "(on a Pi: is the vc4/v3d driver enabled? under Xvfb: is libgl1-mesa-dri installed?)";
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(win->window_);
    glfwSwapInterval(1);
    glfwSetWindowUserPointer(win->window_, win.get());
    if (o.fullscreen)
        glfwSetInputMode(win->window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    glfwSetCursorPosCallback(win->window_, WindowCallbacks::cursor);
    glfwSetMouseButtonCallback(win->window_, WindowCallbacks::button);
    glfwSetCharCallback(win->window_, WindowCallbacks::character);
    glfwSetKeyCallback(win->window_, WindowCallbacks::key);
    glfwSetWindowRefreshCallback(win->window_, WindowCallbacks::refresh);
    glfwSetFramebufferSizeCallback(win->window_, WindowCallbacks::framebuffer);
    glfwSetWindowFocusCallback(win->window_, WindowCallbacks::focus);
    glfwSetWindowCloseCallback(win->window_, WindowCallbacks::close);
    win->update_transform();
    return win;
}

Window::~Window() {
    if (window_) {
        glfwDestroyWindow(window_);
        glfwTerminate();
    }
}

void Window::update_transform() {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    const bool mirrored = transform_.mirrored();
    transform_ = DisplayTransform(static_cast<float>(w), static_cast<float>(h), rotation_);
    transform_.set_mirrored(mirrored);
}

bool Window::should_close() const {
    return glfwWindowShouldClose(window_);
}

void Window::wait(std::optional<double> timeout_s) {
    if (!timeout_s)
        glfwWaitEvents();
    else if (*timeout_s <= 0)
        glfwPollEvents();
    else
        glfwWaitEventsTimeout(*timeout_s);
}

void Window::wake() {
    glfwPostEmptyEvent();
}

void Window::swap() {
    glfwSwapBuffers(window_);
}

bool Window::take_damage() {
    const bool d = damaged_;
    damaged_ = false;
    return d;
}

bool Window::take_resized() {
    const bool r = resized_;
    resized_ = false;
    return r;
}

} // namespace kiosk::platform
