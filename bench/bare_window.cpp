// The benchmark's floor (bench/run-bench.sh): the least a GLFW + Dear ImGui program on a
// GL ES 3.0 context can be. It opens one window, draws two buttons with ImGui's built-in
// font and, like the kiosk, renders only after an event (plus a few settling frames) and
// otherwise sleeps in glfwWaitEvents, so its start time, memory and idle CPU are the
// baseline the kiosk is measured against.
//
// Usage: bare_window [--windowed WxH] [--fullscreen]
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <cstdio>
#include <cstring>

namespace {

constexpr int kSettleFrames = 3; // frames drawn after an event, as the kiosk does

int g_frames_left = kSettleFrames;

void on_error(int code, const char* text) {
    std::fprintf(stderr, "bare_window: GLFW error %d: %s\n", code, text);
}
void on_cursor(GLFWwindow*, double x, double y) {
    ImGui::GetIO().MousePos = ImVec2(static_cast<float>(x), static_cast<float>(y));
    g_frames_left = kSettleFrames;
}
void on_button(GLFWwindow*, int button, int action, int) {
    if (button == GLFW_MOUSE_BUTTON_LEFT)
        ImGui::GetIO().MouseDown[0] = action == GLFW_PRESS;
    g_frames_left = kSettleFrames;
}
void on_refresh(GLFWwindow*) {
    g_frames_left = kSettleFrames;
}
void on_framebuffer(GLFWwindow*, int, int) {
    g_frames_left = kSettleFrames;
}

bool parse_size(const char* text, int& w, int& h) {
    return std::sscanf(text, "%dx%d", &w, &h) == 2 && w > 0 && h > 0;
}

// A GL ES 3.0 window (the monitor's size when full screen); null if none can be had.
GLFWwindow* open_window(int width, int height, bool fullscreen) {
    glfwSetErrorCallback(on_error);
    if (!glfwInit())
        return nullptr;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWmonitor* monitor = fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
        width = mode->width;
        height = mode->height;
    }
    GLFWwindow* window = glfwCreateWindow(width, height, "bare_window", monitor, nullptr);
    if (!window) {
        glfwTerminate();
        return nullptr;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    glfwSetCursorPosCallback(window, on_cursor);
    glfwSetMouseButtonCallback(window, on_button);
    glfwSetWindowRefreshCallback(window, on_refresh);
    glfwSetFramebufferSizeCallback(window, on_framebuffer);
    return window;
}

// One frame: two buttons, as the kiosk's frames are drawn and shown.
void draw_frame(GLFWwindow* window, double& last) {
    ImGuiIO& io = ImGui::GetIO();
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window, &fb_w, &fb_h);
    const double now = glfwGetTime();
    io.DisplaySize = ImVec2(static_cast<float>(fb_w), static_cast<float>(fb_h));
    io.DeltaTime = static_cast<float>(now > last ? now - last : 1e-4);
    last = now;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("bare", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::Button("First button", ImVec2(240, 80)))
        g_frames_left = kSettleFrames;
    if (ImGui::Button("Second button", ImVec2(240, 80)))
        g_frames_left = kSettleFrames;
    ImGui::End();
    ImGui::Render();

    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.965f, 0.957f, 0.937f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
}

} // namespace

int main(int argc, char** argv) {
    int width = 800, height = 480;
    bool fullscreen = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--windowed") == 0 && i + 1 < argc &&
            parse_size(argv[i + 1], width, height)) {
            ++i;
        } else if (std::strcmp(argv[i], "--fullscreen") == 0) {
            fullscreen = true;
        } else {
            std::fprintf(stderr, "usage: bare_window [--windowed WxH] [--fullscreen]\n");
            return 2;
        }
    }
    GLFWwindow* window = open_window(width, height, fullscreen);
    if (!window)
        return 1;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    if (!ImGui_ImplOpenGL3_Init("#version 300 es")) {
        ImGui::DestroyContext();
        glfwDestroyWindow(window);
        glfwTerminate();
        return 1;
    }

    double last = glfwGetTime();
    while (!glfwWindowShouldClose(window)) {
        if (g_frames_left > 0)
            glfwPollEvents();
        else
            glfwWaitEvents(); // asleep until X sends something
        if (g_frames_left <= 0)
            continue;
        --g_frames_left;
        draw_frame(window, last);
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
