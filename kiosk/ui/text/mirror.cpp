// The frame's mirroring flag and the local un-mirroring of drawn vertices.
#include "mirror.hpp"

namespace kiosk::ui::text {

namespace {
bool g_mirrored = false; // the UI thread's only; like ImGui's own context
} // namespace

void set_frame_mirrored(bool mirrored) {
    g_mirrored = mirrored;
}

bool frame_mirrored() {
    return g_mirrored;
}

void keep_unmirrored(ImDrawList* draw, int vertex_start, float x0, float x1) {
    if (!g_mirrored)
        return;
    const float sum = x0 + x1;
    for (int i = vertex_start; i < draw->VtxBuffer.Size; ++i)
        draw->VtxBuffer.Data[i].pos.x = sum - draw->VtxBuffer.Data[i].pos.x;
}

} // namespace kiosk::ui::text
