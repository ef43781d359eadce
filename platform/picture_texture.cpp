// Uploading and freeing picture textures; the bound texture and unpack alignment are restored.
#include "picture_texture.hpp"

#include <cstdint>

#if defined(KIOSK_GLES)
#include <GLES3/gl3.h>
#else
#include <GL/gl.h>
#endif

namespace kiosk::platform {

ImTextureID upload_picture(const unsigned char* rgba, int width, int height) {
    GLint last_texture = 0, last_alignment = 4;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &last_texture);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &last_alignment);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    if (!texture)
        return nullptr;
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    const bool ok = glGetError() == GL_NO_ERROR;
    glPixelStorei(GL_UNPACK_ALIGNMENT, last_alignment);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last_texture));
    if (!ok) {
        glDeleteTextures(1, &texture);
        return nullptr;
    }
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
}

void release_picture(ImTextureID texture) {
    const auto name = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(texture));
    if (name)
        glDeleteTextures(1, &name);
}

} // namespace kiosk::platform
