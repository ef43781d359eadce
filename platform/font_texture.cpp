// One-channel font texture upload for GL ES 3.0 (texture swizzle is core in ES 3.0).
#include "font_texture.hpp"

#include <imgui.h>

#include <cstdint>

#if defined(KIOSK_GLES)
#include <GLES3/gl3.h>
#endif

namespace kiosk::platform {

#if defined(KIOSK_GLES)

FontTexture::~FontTexture() {
    release();
}

void FontTexture::upload() {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
    GLint last_texture = 0, last_alignment = 4;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &last_texture);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &last_alignment);
    if (!texture_)
        glGenTextures(1, &texture_);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    // Sampled as (1, 1, 1, coverage): what the 32-bit atlas holds.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_R, GL_ONE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_G, GL_ONE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_B, GL_ONE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_A, GL_RED);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glPixelStorei(GL_UNPACK_ALIGNMENT, last_alignment);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last_texture));
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture_)));
    atlas->ClearTexData(); // the GPU has it now
}

void FontTexture::release() {
    if (texture_)
        glDeleteTextures(1, &texture_);
    texture_ = 0;
}

#else // desktop GL: Renderer keeps ImGui's own 32-bit font texture
FontTexture::~FontTexture() = default;
void FontTexture::upload() {}
void FontTexture::release() {}
#endif

} // namespace kiosk::platform
