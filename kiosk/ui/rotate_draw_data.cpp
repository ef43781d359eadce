// Vertex and scissor rectangle rotation. Quarter turns keep rectangles axis-aligned, so
// clip rectangles stay valid scissor boxes.
#include "rotate_draw_data.hpp"

#include <imgui.h>

#include <algorithm>

namespace kiosk::ui {

void rotate_draw_data(ImDrawData* dd, const DisplayTransform& t) {
    if (!dd || (t.rotation() == Rotation::R0 && !t.mirrored()))
        return;
    for (int n = 0; n < dd->CmdListsCount; ++n) {
        ImDrawList* list = dd->CmdLists[n];
        for (ImDrawVert& v : list->VtxBuffer) {
            const Point p =
                t.to_physical(Point{v.pos.x - dd->DisplayPos.x, v.pos.y - dd->DisplayPos.y});
            v.pos = ImVec2(p.x, p.y);
        }
        for (ImDrawCmd& cmd : list->CmdBuffer) {
            const ImVec4 c = cmd.ClipRect;
            const Rect r = t.to_physical(
                Rect{c.x - dd->DisplayPos.x, c.y - dd->DisplayPos.y, c.z - c.x, c.w - c.y});
            cmd.ClipRect = ImVec4(r.x, r.y, r.x + r.w, r.y + r.h);
        }
    }
    dd->DisplayPos = ImVec2(0, 0);
    dd->DisplaySize = ImVec2(t.physical_width(), t.physical_height());
}

} // namespace kiosk::ui
