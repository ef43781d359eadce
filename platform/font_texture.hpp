// The font atlas on the GPU as one 8-bit channel (GL_R8, swizzled to white with that alpha),
// a quarter of the 32-bit texture ImGui's backend makes: less to convert, upload and keep.
// The atlas's CPU copies are freed once it is uploaded.
#pragma once

namespace kiosk::platform {

class FontTexture {
  public:
    FontTexture() = default;
    ~FontTexture();
    FontTexture(const FontTexture&) = delete;
    FontTexture& operator=(const FontTexture&) = delete;

    // Uploads the current ImGui context's font atlas (building it if needed) and sets its
    // texture id. Needs a current GL context.
    void upload();
    // Deletes the texture (before the GL context goes).
    void release();

  private:
    unsigned int texture_ = 0;
};

} // namespace kiosk::platform
