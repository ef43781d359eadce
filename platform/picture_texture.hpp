// RGBA pictures as GL textures (GL ES 3 on the Pi, desktop GL elsewhere), for Dear ImGui's
// Image calls. Call with the window's GL context current (the frame loop's thread).
#pragma once

#include <imgui.h>

namespace kiosk::platform {

// A new texture holding width x height RGBA pixels (rows top to bottom); null on failure.
ImTextureID upload_picture(const unsigned char* rgba, int width, int height);
void release_picture(ImTextureID texture);

} // namespace kiosk::platform
