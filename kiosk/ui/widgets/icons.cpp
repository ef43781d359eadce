// Icon shapes; all coordinates are relative to a unit square centred on `c`.
#include "icons.hpp"

#include <cmath>

namespace kiosk::ui {

namespace {
ImVec2 at(ImVec2 c, float s, float x, float y) {
    return ImVec2(c.x + x * s, c.y + y * s);
}
} // namespace

void draw_icon(ImDrawList* d, Icon icon, ImVec2 c, float size, ImU32 col) {
    const float s = size * 0.5f; // unit: half the box
    const float t = std::fmax(2.0f, size * 0.09f);
    switch (icon) {
    case Icon::None:
        return;
    case Icon::Home: {
        const ImVec2 roof[] = {at(c, s, -0.85f, 0.0f), at(c, s, 0.0f, -0.8f),
                               at(c, s, 0.85f, 0.0f)};
        d->AddPolyline(roof, 3, col, 0, t);
        const ImVec2 body[] = {at(c, s, -0.6f, -0.2f), at(c, s, -0.6f, 0.8f), at(c, s, 0.6f, 0.8f),
                               at(c, s, 0.6f, -0.2f)};
        d->AddPolyline(body, 4, col, 0, t);
        d->AddRectFilled(at(c, s, -0.15f, 0.3f), at(c, s, 0.15f, 0.8f), col);
        return;
    }
    case Icon::Back: {
        d->AddLine(at(c, s, 0.8f, 0), at(c, s, -0.7f, 0), col, t);
        const ImVec2 head[] = {at(c, s, -0.1f, -0.6f), at(c, s, -0.75f, 0), at(c, s, -0.1f, 0.6f)};
        d->AddPolyline(head, 3, col, 0, t);
        return;
    }
    case Icon::Exit: {
        const ImVec2 door[] = {at(c, s, 0.1f, -0.5f),    at(c, s, 0.1f, -0.85f),
                               at(c, s, -0.75f, -0.85f), at(c, s, -0.75f, 0.85f),
                               at(c, s, 0.1f, 0.85f),    at(c, s, 0.1f, 0.5f)};
        d->AddPolyline(door, 6, col, 0, t);
        d->AddLine(at(c, s, -0.3f, 0), at(c, s, 0.85f, 0), col, t);
        const ImVec2 head[] = {at(c, s, 0.45f, -0.4f), at(c, s, 0.88f, 0), at(c, s, 0.45f, 0.4f)};
        d->AddPolyline(head, 3, col, 0, t);
        return;
    }
    case Icon::Info:
        d->AddCircle(c, s * 0.9f, col, 32, t);
        d->AddCircleFilled(at(c, s, 0, -0.42f), t * 0.8f, col);
        d->AddLine(at(c, s, 0, -0.15f), at(c, s, 0, 0.5f), col, t);
        return;
    case Icon::Groups:
        d->AddCircle(at(c, s, -0.35f, -0.35f), s * 0.25f, col, 20, t);
        d->AddCircle(at(c, s, 0.4f, -0.35f), s * 0.25f, col, 20, t);
        d->PathArcTo(at(c, s, -0.35f, 0.55f), s * 0.45f, 3.1416f, 2 * 3.1416f, 16);
        d->PathStroke(col, 0, t);
        d->PathArcTo(at(c, s, 0.4f, 0.55f), s * 0.45f, 3.1416f, 2 * 3.1416f, 16);
        d->PathStroke(col, 0, t);
        return;
    case Icon::Search:
        d->AddCircle(at(c, s, -0.15f, -0.15f), s * 0.55f, col, 32, t);
        d->AddLine(at(c, s, 0.25f, 0.25f), at(c, s, 0.8f, 0.8f), col, t * 1.3f);
        return;
    case Icon::Globe:
        d->AddCircle(c, s * 0.85f, col, 32, t);
        d->AddLine(at(c, s, -0.85f, 0), at(c, s, 0.85f, 0), col, t * 0.7f);
        d->AddBezierCubic(at(c, s, 0, -0.85f), at(c, s, 0.55f, -0.4f), at(c, s, 0.55f, 0.4f),
                          at(c, s, 0, 0.85f), col, t * 0.7f);
        d->AddBezierCubic(at(c, s, 0, -0.85f), at(c, s, -0.55f, -0.4f), at(c, s, -0.55f, 0.4f),
                          at(c, s, 0, 0.85f), col, t * 0.7f);
        return;
    case Icon::Lock:
        d->AddRect(at(c, s, -0.6f, -0.1f), at(c, s, 0.6f, 0.8f), col, 2, 0, t);
        d->PathArcTo(at(c, s, 0, -0.2f), s * 0.4f, 3.1416f, 2 * 3.1416f, 16);
        d->PathStroke(col, 0, t);
        return;
    case Icon::Check: {
        const ImVec2 tick[] = {at(c, s, -0.7f, 0.05f), at(c, s, -0.2f, 0.55f),
                               at(c, s, 0.75f, -0.5f)};
        d->AddPolyline(tick, 3, col, 0, t * 1.3f);
        return;
    }
    case Icon::Backspace: {
        const ImVec2 shape[] = {at(c, s, -0.9f, 0), at(c, s, -0.4f, -0.6f), at(c, s, 0.85f, -0.6f),
                                at(c, s, 0.85f, 0.6f), at(c, s, -0.4f, 0.6f)};
        d->AddPolyline(shape, 5, col, ImDrawFlags_Closed, t);
        d->AddLine(at(c, s, -0.05f, -0.28f), at(c, s, 0.5f, 0.28f), col, t);
        d->AddLine(at(c, s, -0.05f, 0.28f), at(c, s, 0.5f, -0.28f), col, t);
        return;
    }
    case Icon::Shift: {
        const ImVec2 arrow[] = {at(c, s, 0, -0.85f),    at(c, s, 0.8f, 0.05f),
                                at(c, s, 0.35f, 0.05f), at(c, s, 0.35f, 0.8f),
                                at(c, s, -0.35f, 0.8f), at(c, s, -0.35f, 0.05f),
                                at(c, s, -0.8f, 0.05f)};
        d->AddPolyline(arrow, 7, col, ImDrawFlags_Closed, t);
        return;
    }
    case Icon::Keyboard:
        d->AddRect(at(c, s, -0.9f, -0.55f), at(c, s, 0.9f, 0.55f), col, 3, 0, t);
        for (int i = 0; i < 4; ++i)
            d->AddRectFilled(at(c, s, -0.65f + i * 0.38f, -0.3f),
                             at(c, s, -0.45f + i * 0.38f, -0.1f), col);
        d->AddLine(at(c, s, -0.45f, 0.3f), at(c, s, 0.45f, 0.3f), col, t);
        return;
    case Icon::Clock:
        d->AddCircle(c, s * 0.85f, col, 32, t);
        d->AddLine(c, at(c, s, 0, -0.55f), col, t);
        d->AddLine(c, at(c, s, 0.4f, 0.2f), col, t);
        return;
    case Icon::Phone: {
        const ImVec2 handset[] = {at(c, s, -0.55f, -0.8f), at(c, s, -0.25f, -0.8f),
                                  at(c, s, -0.1f, -0.4f),  at(c, s, -0.3f, -0.2f),
                                  at(c, s, 0.2f, 0.3f),    at(c, s, 0.4f, 0.1f),
                                  at(c, s, 0.8f, 0.25f),   at(c, s, 0.8f, 0.55f),
                                  at(c, s, 0.5f, 0.85f),   at(c, s, -0.7f, -0.35f)};
        d->AddPolyline(handset, 10, col, ImDrawFlags_Closed, t);
        return;
    }
    case Icon::Mix:
        d->AddCircle(at(c, s, -0.3f, 0), s * 0.55f, col, 28, t);
        d->AddCircle(at(c, s, 0.3f, 0), s * 0.55f, col, 28, t);
        return;
    case Icon::Pill:
        d->AddRect(at(c, s, -0.85f, -0.35f), at(c, s, 0.85f, 0.35f), col, s * 0.35f, 0, t);
        d->AddLine(at(c, s, 0, -0.35f), at(c, s, 0, 0.35f), col, t);
        return;
    case Icon::Drop:
        d->PathArcTo(at(c, s, 0, 0.3f), s * 0.5f, -0.35f, 3.1416f + 0.35f, 20);
        d->PathLineTo(at(c, s, 0, -0.85f));
        d->PathStroke(col, ImDrawFlags_Closed, t);
        return;
    case Icon::Flask: {
        const ImVec2 flask[] = {at(c, s, -0.25f, -0.85f), at(c, s, -0.25f, -0.2f),
                                at(c, s, -0.75f, 0.8f),   at(c, s, 0.75f, 0.8f),
                                at(c, s, 0.25f, -0.2f),   at(c, s, 0.25f, -0.85f)};
        d->AddPolyline(flask, 6, col, 0, t);
        d->AddLine(at(c, s, -0.5f, 0.35f), at(c, s, 0.5f, 0.35f), col, t);
        return;
    }
    case Icon::Heart:
        d->PathArcTo(at(c, s, -0.38f, -0.3f), s * 0.4f, 3.1416f * 0.75f, 3.1416f * 2.0f, 12);
        d->PathArcTo(at(c, s, 0.38f, -0.3f), s * 0.4f, 3.1416f, 3.1416f * 2.25f, 12);
        d->PathLineTo(at(c, s, 0, 0.85f));
        d->PathStroke(col, ImDrawFlags_Closed, t);
        return;
    case Icon::Euro:
        d->PathArcTo(at(c, s, 0.1f, 0), s * 0.7f, 3.1416f * 0.3f, 3.1416f * 1.7f, 24);
        d->PathStroke(col, 0, t);
        d->AddLine(at(c, s, -0.85f, -0.2f), at(c, s, 0.2f, -0.2f), col, t);
        d->AddLine(at(c, s, -0.85f, 0.2f), at(c, s, 0.2f, 0.2f), col, t);
        return;
    case Icon::Scales:
        d->AddLine(at(c, s, 0, -0.85f), at(c, s, 0, 0.8f), col, t);
        d->AddLine(at(c, s, -0.75f, -0.55f), at(c, s, 0.75f, -0.55f), col, t);
        d->AddLine(at(c, s, -0.45f, 0.8f), at(c, s, 0.45f, 0.8f), col, t);
        d->PathArcTo(at(c, s, -0.6f, 0.0f), s * 0.3f, 0, 3.1416f, 10);
        d->PathStroke(col, ImDrawFlags_Closed, t);
        d->PathArcTo(at(c, s, 0.6f, 0.0f), s * 0.3f, 0, 3.1416f, 10);
        d->PathStroke(col, ImDrawFlags_Closed, t);
        return;
    case Icon::Food:
        d->AddCircle(at(c, s, 0.1f, 0.1f), s * 0.6f, col, 28, t);
        d->AddLine(at(c, s, -0.85f, -0.8f), at(c, s, -0.85f, 0.85f), col, t);
        d->AddLine(at(c, s, 0.95f, -0.8f), at(c, s, 0.95f, 0.85f), col, t);
        return;
    case Icon::Bed:
        d->AddLine(at(c, s, -0.9f, -0.6f), at(c, s, -0.9f, 0.7f), col, t);
        d->AddLine(at(c, s, -0.9f, 0.35f), at(c, s, 0.9f, 0.35f), col, t);
        d->AddLine(at(c, s, 0.9f, 0.0f), at(c, s, 0.9f, 0.7f), col, t);
        d->AddRect(at(c, s, -0.2f, -0.15f), at(c, s, 0.9f, 0.35f), col, 2, 0, t);
        d->AddCircle(at(c, s, -0.5f, 0.0f), s * 0.2f, col, 12, t);
        return;
    case Icon::Stop: {
        ImVec2 oct[8];
        for (int i = 0; i < 8; ++i) {
            const float a = 3.1416f / 8 + i * 3.1416f / 4;
            oct[i] = ImVec2(c.x + std::cos(a) * s * 0.9f, c.y + std::sin(a) * s * 0.9f);
        }
        d->AddPolyline(oct, 8, col, ImDrawFlags_Closed, t);
        d->AddLine(at(c, s, -0.4f, 0), at(c, s, 0.4f, 0), col, t * 1.4f);
        return;
    }
    case Icon::Contrast:
        d->AddCircle(c, s * 0.85f, col, 32, t);
        d->PathArcTo(c, s * 0.85f, -1.5708f, 1.5708f, 20);
        d->PathFillConvex(col);
        return;
    case Icon::ChevronDown: {
        const ImVec2 v[] = {at(c, s, -0.6f, -0.3f), at(c, s, 0, 0.35f), at(c, s, 0.6f, -0.3f)};
        d->AddPolyline(v, 3, col, 0, t * 1.2f);
        return;
    }
    case Icon::ChevronRight: {
        const ImVec2 v[] = {at(c, s, -0.3f, -0.6f), at(c, s, 0.35f, 0), at(c, s, -0.3f, 0.6f)};
        d->AddPolyline(v, 3, col, 0, t * 1.2f);
        return;
    }
    case Icon::Warning: {
        const ImVec2 tri[] = {at(c, s, 0, -0.85f), at(c, s, 0.9f, 0.75f), at(c, s, -0.9f, 0.75f)};
        d->AddPolyline(tri, 3, col, ImDrawFlags_Closed, t);
        d->AddLine(at(c, s, 0, -0.3f), at(c, s, 0, 0.25f), col, t);
        d->AddCircleFilled(at(c, s, 0, 0.5f), t * 0.7f, col);
        return;
    }
    }
}

} // namespace kiosk::ui
