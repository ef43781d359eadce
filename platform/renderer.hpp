// Draws ImGui's draw data with OpenGL ES 3.0 (Dear ImGui's own OpenGL3 backend, compiled
// from Debian's libimgui-dev examples with IMGUI_IMPL_OPENGL_ES3), and reads the
// framebuffer back for screenshots.
//
// Implements: rendering, the font texture as one 8-bit channel (font_texture.hpp), PNG
// screenshots (stb_image_write).
// Does not implement: multiple viewports.
#pragma once

#include "font_texture.hpp"

#include <string>

struct ImDrawData;

namespace kiosk::platform {

class Renderer {
  public:
    // Needs a current GL context. Returns false with `error` set on failure.
    bool init(std::string& error);
    ~Renderer() { shutdown(); }
    // Must run before ImGui's context is destroyed.
    void shutdown();
    void begin_frame();
    // The kiosk's background, or black (the screen schedule's "off" without a switch).
    void clear(int width, int height, bool black = false);
    void draw(ImDrawData* draw_data);
    // After the font atlas was rebuilt.
    void reload_fonts();
    // Saves the current back buffer (width x height) as PNG. Returns "" or the error.
    std::string screenshot(const std::string& path, int width, int height);

  private:
    bool ready_ = false;
    bool fonts_uploaded_ = false;
    FontTexture fonts_; // used with GL ES (the desktop GL build keeps ImGui's own)
};

} // namespace kiosk::platform
