// Icon shapes, one function each; all coordinates are relative to a unit square centred on
// `c` (s: half its side, t: the line thickness).
#include "icons.hpp"

#include "ui/text/mirror.hpp"

#include <cmath>

namespace kiosk::ui {

namespace {
ImVec2 at(ImVec2 c, float s, float x, float y) {
    return ImVec2(c.x + x * s, c.y + y * s);
}

void icon_home(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 roof[] = {at(c, s, -0.85f, 0.0f), at(c, s, 0.0f, -0.8f), at(c, s, 0.85f, 0.0f)};
    d->AddPolyline(roof, 3, col, 0, t);
    const ImVec2 body[] = {at(c, s, -0.6f, -0.2f), at(c, s, -0.6f, 0.8f), at(c, s, 0.6f, 0.8f),
                           at(c, s, 0.6f, -0.2f)};
    d->AddPolyline(body, 4, col, 0, t);
    d->AddRectFilled(at(c, s, -0.15f, 0.3f), at(c, s, 0.15f, 0.8f), col);
}

void icon_back(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddLine(at(c, s, 0.8f, 0), at(c, s, -0.7f, 0), col, t);
    const ImVec2 head[] = {at(c, s, -0.1f, -0.6f), at(c, s, -0.75f, 0), at(c, s, -0.1f, 0.6f)};
    d->AddPolyline(head, 3, col, 0, t);
}

void icon_exit(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 door[] = {at(c, s, 0.1f, -0.5f),    at(c, s, 0.1f, -0.85f),
                           at(c, s, -0.75f, -0.85f), at(c, s, -0.75f, 0.85f),
                           at(c, s, 0.1f, 0.85f),    at(c, s, 0.1f, 0.5f)};
    d->AddPolyline(door, 6, col, 0, t);
    d->AddLine(at(c, s, -0.3f, 0), at(c, s, 0.85f, 0), col, t);
    const ImVec2 head[] = {at(c, s, 0.45f, -0.4f), at(c, s, 0.88f, 0), at(c, s, 0.45f, 0.4f)};
    d->AddPolyline(head, 3, col, 0, t);
}

void icon_info(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddCircle(c, s * 0.9f, col, 32, t);
    d->AddCircleFilled(at(c, s, 0, -0.42f), t * 0.8f, col);
    d->AddLine(at(c, s, 0, -0.15f), at(c, s, 0, 0.5f), col, t);
}

void icon_groups(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddCircle(at(c, s, -0.35f, -0.35f), s * 0.25f, col, 20, t);
    d->AddCircle(at(c, s, 0.4f, -0.35f), s * 0.25f, col, 20, t);
    d->PathArcTo(at(c, s, -0.35f, 0.55f), s * 0.45f, 3.1416f, 2 * 3.1416f, 16);
    d->PathStroke(col, 0, t);
    d->PathArcTo(at(c, s, 0.4f, 0.55f), s * 0.45f, 3.1416f, 2 * 3.1416f, 16);
    d->PathStroke(col, 0, t);
}

void icon_search(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddCircle(at(c, s, -0.15f, -0.15f), s * 0.55f, col, 32, t);
    d->AddLine(at(c, s, 0.25f, 0.25f), at(c, s, 0.8f, 0.8f), col, t * 1.3f);
}

void icon_globe(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddCircle(c, s * 0.85f, col, 32, t);
    d->AddLine(at(c, s, -0.85f, 0), at(c, s, 0.85f, 0), col, t * 0.7f);
    d->AddBezierCubic(at(c, s, 0, -0.85f), at(c, s, 0.55f, -0.4f), at(c, s, 0.55f, 0.4f),
                      at(c, s, 0, 0.85f), col, t * 0.7f);
    d->AddBezierCubic(at(c, s, 0, -0.85f), at(c, s, -0.55f, -0.4f), at(c, s, -0.55f, 0.4f),
                      at(c, s, 0, 0.85f), col, t * 0.7f);
}

void icon_lock(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddRect(at(c, s, -0.6f, -0.1f), at(c, s, 0.6f, 0.8f), col, 2, 0, t);
    d->PathArcTo(at(c, s, 0, -0.2f), s * 0.4f, 3.1416f, 2 * 3.1416f, 16);
    d->PathStroke(col, 0, t);
}

void icon_check(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 tick[] = {at(c, s, -0.7f, 0.05f), at(c, s, -0.2f, 0.55f), at(c, s, 0.75f, -0.5f)};
    d->AddPolyline(tick, 3, col, 0, t * 1.3f);
}

void icon_backspace(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 shape[] = {at(c, s, -0.9f, 0), at(c, s, -0.4f, -0.6f), at(c, s, 0.85f, -0.6f),
                            at(c, s, 0.85f, 0.6f), at(c, s, -0.4f, 0.6f)};
    d->AddPolyline(shape, 5, col, ImDrawFlags_Closed, t);
    d->AddLine(at(c, s, -0.05f, -0.28f), at(c, s, 0.5f, 0.28f), col, t);
    d->AddLine(at(c, s, -0.05f, 0.28f), at(c, s, 0.5f, -0.28f), col, t);
}

void icon_shift(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 arrow[] = {at(c, s, 0, -0.85f),   at(c, s, 0.8f, 0.05f),  at(c, s, 0.35f, 0.05f),
                            at(c, s, 0.35f, 0.8f), at(c, s, -0.35f, 0.8f), at(c, s, -0.35f, 0.05f),
                            at(c, s, -0.8f, 0.05f)};
    d->AddPolyline(arrow, 7, col, ImDrawFlags_Closed, t);
}

void icon_space(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 bracket[] = {at(c, s, -0.9f, -0.2f), at(c, s, -0.9f, 0.35f), at(c, s, 0.9f, 0.35f),
                              at(c, s, 0.9f, -0.2f)};
    d->AddPolyline(bracket, 4, col, 0, t);
}

void icon_keyboard(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddRect(at(c, s, -0.9f, -0.55f), at(c, s, 0.9f, 0.55f), col, 3, 0, t);
    for (int i = 0; i < 4; ++i)
        d->AddRectFilled(at(c, s, -0.65f + i * 0.38f, -0.3f), at(c, s, -0.45f + i * 0.38f, -0.1f),
                         col);
    d->AddLine(at(c, s, -0.45f, 0.3f), at(c, s, 0.45f, 0.3f), col, t);
}

void icon_clock(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddCircle(c, s * 0.85f, col, 32, t);
    d->AddLine(c, at(c, s, 0, -0.55f), col, t);
    d->AddLine(c, at(c, s, 0.4f, 0.2f), col, t);
}

void icon_phone(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 handset[] = {at(c, s, -0.55f, -0.8f), at(c, s, -0.25f, -0.8f),
                              at(c, s, -0.1f, -0.4f),  at(c, s, -0.3f, -0.2f),
                              at(c, s, 0.2f, 0.3f),    at(c, s, 0.4f, 0.1f),
                              at(c, s, 0.8f, 0.25f),   at(c, s, 0.8f, 0.55f),
                              at(c, s, 0.5f, 0.85f),   at(c, s, -0.7f, -0.35f)};
    d->AddPolyline(handset, 10, col, ImDrawFlags_Closed, t);
}

void icon_mix(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddCircle(at(c, s, -0.3f, 0), s * 0.55f, col, 28, t);
    d->AddCircle(at(c, s, 0.3f, 0), s * 0.55f, col, 28, t);
}

void icon_pill(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddRect(at(c, s, -0.85f, -0.35f), at(c, s, 0.85f, 0.35f), col, s * 0.35f, 0, t);
    d->AddLine(at(c, s, 0, -0.35f), at(c, s, 0, 0.35f), col, t);
}

void icon_drop(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->PathArcTo(at(c, s, 0, 0.3f), s * 0.5f, -0.35f, 3.1416f + 0.35f, 20);
    d->PathLineTo(at(c, s, 0, -0.85f));
    d->PathStroke(col, ImDrawFlags_Closed, t);
}

void icon_flask(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 flask[] = {at(c, s, -0.25f, -0.85f), at(c, s, -0.25f, -0.2f),
                            at(c, s, -0.75f, 0.8f),   at(c, s, 0.75f, 0.8f),
                            at(c, s, 0.25f, -0.2f),   at(c, s, 0.25f, -0.85f)};
    d->AddPolyline(flask, 6, col, 0, t);
    d->AddLine(at(c, s, -0.5f, 0.35f), at(c, s, 0.5f, 0.35f), col, t);
}

void icon_heart(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->PathArcTo(at(c, s, -0.38f, -0.3f), s * 0.4f, 3.1416f * 0.75f, 3.1416f * 2.0f, 12);
    d->PathArcTo(at(c, s, 0.38f, -0.3f), s * 0.4f, 3.1416f, 3.1416f * 2.25f, 12);
    d->PathLineTo(at(c, s, 0, 0.85f));
    d->PathStroke(col, ImDrawFlags_Closed, t);
}

void icon_euro(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->PathArcTo(at(c, s, 0.1f, 0), s * 0.7f, 3.1416f * 0.3f, 3.1416f * 1.7f, 24);
    d->PathStroke(col, 0, t);
    d->AddLine(at(c, s, -0.85f, -0.2f), at(c, s, 0.2f, -0.2f), col, t);
    d->AddLine(at(c, s, -0.85f, 0.2f), at(c, s, 0.2f, 0.2f), col, t);
}

void icon_scales(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddLine(at(c, s, 0, -0.85f), at(c, s, 0, 0.8f), col, t);
    d->AddLine(at(c, s, -0.75f, -0.55f), at(c, s, 0.75f, -0.55f), col, t);
    d->AddLine(at(c, s, -0.45f, 0.8f), at(c, s, 0.45f, 0.8f), col, t);
    d->PathArcTo(at(c, s, -0.6f, 0.0f), s * 0.3f, 0, 3.1416f, 10);
    d->PathStroke(col, ImDrawFlags_Closed, t);
    d->PathArcTo(at(c, s, 0.6f, 0.0f), s * 0.3f, 0, 3.1416f, 10);
    d->PathStroke(col, ImDrawFlags_Closed, t);
}

void icon_food(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddCircle(at(c, s, 0.1f, 0.1f), s * 0.6f, col, 28, t);
    d->AddLine(at(c, s, -0.85f, -0.8f), at(c, s, -0.85f, 0.85f), col, t);
    d->AddLine(at(c, s, 0.95f, -0.8f), at(c, s, 0.95f, 0.85f), col, t);
}

void icon_bed(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddLine(at(c, s, -0.9f, -0.6f), at(c, s, -0.9f, 0.7f), col, t);
    d->AddLine(at(c, s, -0.9f, 0.35f), at(c, s, 0.9f, 0.35f), col, t);
    d->AddLine(at(c, s, 0.9f, 0.0f), at(c, s, 0.9f, 0.7f), col, t);
    d->AddRect(at(c, s, -0.2f, -0.15f), at(c, s, 0.9f, 0.35f), col, 2, 0, t);
    d->AddCircle(at(c, s, -0.5f, 0.0f), s * 0.2f, col, 12, t);
}

void icon_stop(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    ImVec2 oct[8];
    for (int i = 0; i < 8; ++i) {
        const float a = 3.1416f / 8 + i * 3.1416f / 4;
        oct[i] = ImVec2(c.x + std::cos(a) * s * 0.9f, c.y + std::sin(a) * s * 0.9f);
    }
    d->AddPolyline(oct, 8, col, ImDrawFlags_Closed, t);
    d->AddLine(at(c, s, -0.4f, 0), at(c, s, 0.4f, 0), col, t * 1.4f);
}

void icon_contrast(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddCircle(c, s * 0.85f, col, 32, t);
    d->PathArcTo(c, s * 0.85f, -1.5708f, 1.5708f, 20);
    d->PathFillConvex(col);
}

void icon_chevron_down(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 v[] = {at(c, s, -0.6f, -0.3f), at(c, s, 0, 0.35f), at(c, s, 0.6f, -0.3f)};
    d->AddPolyline(v, 3, col, 0, t * 1.2f);
}

void icon_chevron_right(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 v[] = {at(c, s, -0.3f, -0.6f), at(c, s, 0.35f, 0), at(c, s, -0.3f, 0.6f)};
    d->AddPolyline(v, 3, col, 0, t * 1.2f);
}

void icon_warning(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 tri[] = {at(c, s, 0, -0.85f), at(c, s, 0.9f, 0.75f), at(c, s, -0.9f, 0.75f)};
    d->AddPolyline(tri, 3, col, ImDrawFlags_Closed, t);
    d->AddLine(at(c, s, 0, -0.3f), at(c, s, 0, 0.25f), col, t);
    d->AddCircleFilled(at(c, s, 0, 0.5f), t * 0.7f, col);
}

// A loudspeaker with two sound waves in front of it.
void icon_speaker(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    const ImVec2 body[] = {at(c, s, -0.9f, -0.3f), at(c, s, -0.5f, -0.3f), at(c, s, 0.0f, -0.75f),
                           at(c, s, 0.0f, 0.75f),  at(c, s, -0.5f, 0.3f),  at(c, s, -0.9f, 0.3f)};
    d->AddPolyline(body, 6, col, ImDrawFlags_Closed, t);
    d->PathArcTo(c, s * 0.45f, -0.8f, 0.8f, 10);
    d->PathStroke(col, 0, t);
    d->PathArcTo(c, s * 0.85f, -0.8f, 0.8f, 14);
    d->PathStroke(col, 0, t);
}

// A circular arrow.
void icon_repeat(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->PathArcTo(c, s * 0.7f, -1.0f, 4.2f, 24);
    d->PathStroke(col, 0, t);
    const ImVec2 tip = at(c, s, 0.38f, -0.59f);
    d->AddTriangleFilled(ImVec2(tip.x + s * 0.35f, tip.y),
                         ImVec2(tip.x - s * 0.1f, tip.y - s * 0.35f),
                         ImVec2(tip.x - s * 0.1f, tip.y + s * 0.3f), col);
}

void icon_minus(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddLine(at(c, s, -0.7f, 0), at(c, s, 0.7f, 0), col, t * 1.4f);
}

void icon_plus(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col) {
    d->AddLine(at(c, s, -0.7f, 0), at(c, s, 0.7f, 0), col, t * 1.4f);
    d->AddLine(at(c, s, 0, -0.7f), at(c, s, 0, 0.7f), col, t * 1.4f);
}

} // namespace

namespace {

// Whether an icon turns round on a right-to-left screen: arrows, chevrons and things that
// point along the reading direction do; symbols that read the same everywhere (a tick, a
// clock face, the euro sign) are kept as they are.
bool mirrors_in_right_to_left(Icon icon) {
    switch (icon) {
    case Icon::Check:
    case Icon::Clock:
    case Icon::Euro:
    case Icon::Phone:
    case Icon::Search:
    case Icon::Minus:
    case Icon::Plus:
        return false;
    case Icon::None:
    case Icon::Home:
    case Icon::Back:
    case Icon::Exit:
    case Icon::Info:
    case Icon::Groups:
    case Icon::Globe:
    case Icon::Lock:
    case Icon::Backspace:
    case Icon::Shift:
    case Icon::Space:
    case Icon::Keyboard:
    case Icon::Warning:
    case Icon::Mix:
    case Icon::Pill:
    case Icon::Drop:
    case Icon::Flask:
    case Icon::Heart:
    case Icon::Scales:
    case Icon::Food:
    case Icon::Bed:
    case Icon::Stop:
    case Icon::Contrast:
    case Icon::ChevronDown:
    case Icon::ChevronRight:
    case Icon::Speaker:
    case Icon::Repeat:
        return true;
    }
    return true;
}

void draw_icon_shape(ImDrawList* d, Icon icon, ImVec2 c, float size, ImU32 col);

} // namespace

void draw_icon(ImDrawList* d, Icon icon, ImVec2 c, float size, ImU32 col) {
    const int first_vertex = d->VtxBuffer.Size;
    draw_icon_shape(d, icon, c, size, col);
    if (!mirrors_in_right_to_left(icon))
        text::keep_unmirrored(d, first_vertex, c.x - size * 0.5f, c.x + size * 0.5f);
}

namespace {

void draw_icon_shape(ImDrawList* d, Icon icon, ImVec2 c, float size, ImU32 col) {
    const float s = size * 0.5f; // unit: half the box
    const float t = std::fmax(2.0f, size * 0.09f);
    switch (icon) {
    case Icon::None:
        return;
    case Icon::Home:
        return icon_home(d, c, s, t, col);
    case Icon::Back:
        return icon_back(d, c, s, t, col);
    case Icon::Exit:
        return icon_exit(d, c, s, t, col);
    case Icon::Info:
        return icon_info(d, c, s, t, col);
    case Icon::Groups:
        return icon_groups(d, c, s, t, col);
    case Icon::Search:
        return icon_search(d, c, s, t, col);
    case Icon::Globe:
        return icon_globe(d, c, s, t, col);
    case Icon::Lock:
        return icon_lock(d, c, s, t, col);
    case Icon::Check:
        return icon_check(d, c, s, t, col);
    case Icon::Backspace:
        return icon_backspace(d, c, s, t, col);
    case Icon::Shift:
        return icon_shift(d, c, s, t, col);
    case Icon::Space:
        return icon_space(d, c, s, t, col);
    case Icon::Keyboard:
        return icon_keyboard(d, c, s, t, col);
    case Icon::Clock:
        return icon_clock(d, c, s, t, col);
    case Icon::Phone:
        return icon_phone(d, c, s, t, col);
    case Icon::Mix:
        return icon_mix(d, c, s, t, col);
    case Icon::Pill:
        return icon_pill(d, c, s, t, col);
    case Icon::Drop:
        return icon_drop(d, c, s, t, col);
    case Icon::Flask:
        return icon_flask(d, c, s, t, col);
    case Icon::Heart:
        return icon_heart(d, c, s, t, col);
    case Icon::Euro:
        return icon_euro(d, c, s, t, col);
    case Icon::Scales:
        return icon_scales(d, c, s, t, col);
    case Icon::Food:
        return icon_food(d, c, s, t, col);
    case Icon::Bed:
        return icon_bed(d, c, s, t, col);
    case Icon::Stop:
        return icon_stop(d, c, s, t, col);
    case Icon::Contrast:
        return icon_contrast(d, c, s, t, col);
    case Icon::ChevronDown:
        return icon_chevron_down(d, c, s, t, col);
    case Icon::ChevronRight:
        return icon_chevron_right(d, c, s, t, col);
    case Icon::Warning:
        return icon_warning(d, c, s, t, col);
    case Icon::Speaker:
        return icon_speaker(d, c, s, t, col);
    case Icon::Repeat:
        return icon_repeat(d, c, s, t, col);
    case Icon::Minus:
        return icon_minus(d, c, s, t, col);
    case Icon::Plus:
        return icon_plus(d, c, s, t, col);
    }
}

} // namespace

} // namespace kiosk::ui
