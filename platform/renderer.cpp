// GL ES rendering through imgui_impl_opengl3, with a one-channel font texture.
#include "renderer.hpp"

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#if defined(KIOSK_GLES)
#include <GLES3/gl3.h>
#else
#include <GL/gl.h>
#endif

#include <stb_image_write.h>

#include <vector>

namespace kiosk::platform {

bool Renderer::init(std::string& error) {
#if defined(KIOSK_GLES)
    const char* glsl = "#version 300 es";
#else
    const char* glsl = "#version 130";
#endif
    if (!ImGui_ImplOpenGL3_Init(glsl)) {
        error = "the OpenGL ES renderer could not start";
        return false;
    }
    ready_ = true;
    return true;
}

void Renderer::shutdown() {
    fonts_.release();
    if (ready_)
        ImGui_ImplOpenGL3_Shutdown();
    ready_ = false;
}

#if defined(KIOSK_GLES)
namespace {
// The backend makes its shaders and a font texture together. It is given a one-pixel
// stand-in atlas, so the real one is never converted to 32 bits; FontTexture uploads that.
void create_device_objects_with_stand_in() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    static unsigned int white = 0xFFFFFFFFu;
    unsigned int* const rgba = atlas->TexPixelsRGBA32;
    const int w = atlas->TexWidth, h = atlas->TexHeight;
    atlas->TexPixelsRGBA32 = &white;
    atlas->TexWidth = atlas->TexHeight = 1;
    ImGui_ImplOpenGL3_CreateDeviceObjects(); // its 1x1 texture goes at its Shutdown
    atlas->TexPixelsRGBA32 = rgba;
    atlas->TexWidth = w;
    atlas->TexHeight = h;
}
} // namespace
#endif

void Renderer::begin_frame() {
    if (!fonts_uploaded_) {
        // The first frame compiles the shaders and uploads the fonts; then the atlas's CPU
        // copies are freed.
#if defined(KIOSK_GLES)
        create_device_objects_with_stand_in();
        fonts_.upload();
#else
        ImGui_ImplOpenGL3_CreateDeviceObjects();
        ImGui::GetIO().Fonts->ClearTexData();
#endif
        fonts_uploaded_ = true;
    }
    ImGui_ImplOpenGL3_NewFrame();
}

void Renderer::clear(int width, int height, bool black) {
    glViewport(0, 0, width, height);
    if (black)
        glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    else
        glClearColor(0.965f, 0.957f, 0.937f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

void Renderer::draw(ImDrawData* draw_data) {
    ImGui_ImplOpenGL3_RenderDrawData(draw_data);
}

void Renderer::reload_fonts() {
    if (!fonts_uploaded_)
        return; // the first frame uploads them
#if defined(KIOSK_GLES)
    fonts_.upload();
#else
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetIO().Fonts->ClearTexData();
#endif
}

std::string Renderer::screenshot(const std::string& path, int width, int height) {
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's rows start at the bottom; PNG's at the top.
    stbi_flip_vertically_on_write(1);
    for (std::size_t i = 3; i < pixels.size(); i += 4)
        pixels[i] = 255;
    if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4))
        return "cannot write the screenshot to " + path;
    return "";
}

} // namespace kiosk::platform
