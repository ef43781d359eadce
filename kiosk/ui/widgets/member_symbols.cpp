// Symbol shapes on a unit square around the centre.
#include "member_symbols.hpp"

#include "icons.hpp"

#include <cmath>

namespace kiosk::ui {

namespace {
constexpr float kPi = 3.14159265f;
ImVec2 at(ImVec2 c, float s, float x, float y) {
    return ImVec2(c.x + x * s, c.y + y * s);
}
} // namespace

const std::vector<std::string>& symbol_ids() {
    static const std::vector<std::string> ids = {"sun",  "moon",  "star", "tree", "flower", "fish",
                                                 "bird", "heart", "key",  "boat", "cup",    "bike"};
    return ids;
}

void draw_member_symbol(ImDrawList* d, const std::string& id, ImVec2 c, float size, ImU32 col) {
    const float s = size * 0.5f;
    const float t = std::fmax(2.0f, size * 0.07f);
    if (id == "sun") {
        d->AddCircleFilled(c, s * 0.42f, col);
        for (int i = 0; i < 8; ++i) {
            const float a = i * kPi / 4;
            d->AddLine(at(c, s, std::cos(a) * 0.58f, std::sin(a) * 0.58f),
                       at(c, s, std::cos(a) * 0.9f, std::sin(a) * 0.9f), col, t);
        }
    } else if (id == "moon") {
        d->PathArcTo(c, s * 0.8f, kPi * 0.35f, kPi * 1.65f, 24);
        d->PathArcTo(at(c, s, -0.3f, 0), s * 0.62f, kPi * 1.45f, kPi * 0.55f, 24);
        d->PathFillConvex(col);
        d->AddCircle(c, s * 0.8f, col, 24, t * 0.4f);
    } else if (id == "star") {
        // A convex pentagon plus five triangles (ImGui 1.86 fills only convex shapes).
        ImVec2 outer[5], inner[5];
        for (int i = 0; i < 5; ++i) {
            const float a = -kPi / 2 + i * 2 * kPi / 5;
            const float b = a + kPi / 5;
            outer[i] = ImVec2(c.x + std::cos(a) * 0.9f * s, c.y + std::sin(a) * 0.9f * s);
            inner[i] = ImVec2(c.x + std::cos(b) * 0.38f * s, c.y + std::sin(b) * 0.38f * s);
        }
        d->AddConvexPolyFilled(inner, 5, col);
        for (int i = 0; i < 5; ++i)
            d->AddTriangleFilled(outer[i], inner[i], inner[(i + 4) % 5], col);
    } else if (id == "tree") {
        d->AddTriangleFilled(at(c, s, 0, -0.9f), at(c, s, -0.7f, 0.35f), at(c, s, 0.7f, 0.35f),
                             col);
        d->AddRectFilled(at(c, s, -0.14f, 0.35f), at(c, s, 0.14f, 0.9f), col);
    } else if (id == "flower") {
        for (int i = 0; i < 6; ++i) {
            const float a = i * kPi / 3;
            d->AddCircleFilled(at(c, s, std::cos(a) * 0.45f, std::sin(a) * 0.45f), s * 0.3f, col);
        }
        d->AddCircleFilled(c, s * 0.22f, IM_COL32_WHITE);
    } else if (id == "fish") {
        ImVec2 body[24];
        for (int i = 0; i < 24; ++i) {
            const float a = i * 2 * kPi / 24;
            body[i] = at(c, s, -0.1f + std::cos(a) * 0.6f, std::sin(a) * 0.38f);
        }
        d->AddConvexPolyFilled(body, 24, col);
        d->AddTriangleFilled(at(c, s, 0.4f, 0), at(c, s, 0.9f, -0.4f), at(c, s, 0.9f, 0.4f), col);
        d->AddCircleFilled(at(c, s, -0.4f, -0.08f), s * 0.08f, IM_COL32_WHITE);
    } else if (id == "bird") {
        d->PathArcTo(at(c, s, -0.38f, 0.1f), s * 0.4f, kPi * 1.1f, kPi * 1.9f, 12);
        d->PathStroke(col, 0, t * 1.4f);
        d->PathArcTo(at(c, s, 0.38f, 0.1f), s * 0.4f, kPi * 1.1f, kPi * 1.9f, 12);
        d->PathStroke(col, 0, t * 1.4f);
    } else if (id == "heart") {
        d->AddCircleFilled(at(c, s, -0.32f, -0.25f), s * 0.36f, col);
        d->AddCircleFilled(at(c, s, 0.32f, -0.25f), s * 0.36f, col);
        d->AddTriangleFilled(at(c, s, -0.66f, -0.12f), at(c, s, 0.66f, -0.12f), at(c, s, 0, 0.82f),
                             col);
    } else if (id == "key") {
        d->AddCircle(at(c, s, -0.45f, 0), s * 0.32f, col, 20, t * 1.3f);
        d->AddLine(at(c, s, -0.13f, 0), at(c, s, 0.85f, 0), col, t * 1.3f);
        d->AddLine(at(c, s, 0.55f, 0), at(c, s, 0.55f, 0.3f), col, t * 1.3f);
        d->AddLine(at(c, s, 0.8f, 0), at(c, s, 0.8f, 0.3f), col, t * 1.3f);
    } else if (id == "boat") {
        d->AddTriangleFilled(at(c, s, 0.05f, -0.85f), at(c, s, 0.05f, 0.2f), at(c, s, 0.65f, 0.2f),
                             col);
        const ImVec2 hull[] = {at(c, s, -0.85f, 0.35f), at(c, s, 0.85f, 0.35f),
                               at(c, s, 0.55f, 0.8f), at(c, s, -0.55f, 0.8f)};
        d->AddConvexPolyFilled(hull, 4, col);
    } else if (id == "cup") {
        d->AddRectFilled(at(c, s, -0.6f, -0.45f), at(c, s, 0.35f, 0.7f), col, s * 0.1f);
        d->AddCircle(at(c, s, 0.45f, 0.1f), s * 0.28f, col, 16, t * 1.2f);
        d->AddLine(at(c, s, -0.3f, -0.9f), at(c, s, -0.3f, -0.6f), col, t);
        d->AddLine(at(c, s, 0.05f, -0.9f), at(c, s, 0.05f, -0.6f), col, t);
    } else if (id == "bike") {
        d->AddCircle(at(c, s, -0.5f, 0.35f), s * 0.38f, col, 20, t);
        d->AddCircle(at(c, s, 0.5f, 0.35f), s * 0.38f, col, 20, t);
        const ImVec2 frame[] = {at(c, s, -0.5f, 0.35f), at(c, s, -0.1f, -0.35f),
                                at(c, s, 0.35f, -0.35f), at(c, s, 0.5f, 0.35f)};
        d->AddPolyline(frame, 4, col, 0, t);
        d->AddLine(at(c, s, -0.1f, -0.35f), at(c, s, 0.0f, 0.35f), col, t);
        d->AddLine(at(c, s, -0.5f, 0.35f), at(c, s, 0.0f, 0.35f), col, t);
    } else {
        draw_icon(d, Icon::Info, c, size, col);
    }
}

} // namespace kiosk::ui
