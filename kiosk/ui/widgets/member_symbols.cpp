// Symbol shapes on a unit square around the centre, one function each, and the table of
// symbols that lists them once.
#include "member_symbols.hpp"

#include "icons.hpp"

#include <cmath>
#include <string_view>

namespace kiosk::ui {

namespace {
constexpr float kPi = 3.14159265f;
ImVec2 at(ImVec2 c, float s, float x, float y) {
    return ImVec2(c.x + x * s, c.y + y * s);
}

void symbol_sun(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col, ImU32 /*cutout*/) {
    d->AddCircleFilled(c, s * 0.42f, col);
    for (int i = 0; i < 8; ++i) {
        const float a = i * kPi / 4;
        d->AddLine(at(c, s, std::cos(a) * 0.58f, std::sin(a) * 0.58f),
                   at(c, s, std::cos(a) * 0.9f, std::sin(a) * 0.9f), col, t);
    }
}

void symbol_moon(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col, ImU32 /*cutout*/) {
    d->PathArcTo(c, s * 0.8f, kPi * 0.35f, kPi * 1.65f, 24);
    d->PathArcTo(at(c, s, -0.3f, 0), s * 0.62f, kPi * 1.45f, kPi * 0.55f, 24);
    d->PathFillConvex(col);
    d->AddCircle(c, s * 0.8f, col, 24, t * 0.4f);
}

void symbol_star(ImDrawList* d, ImVec2 c, float s, float /*t*/, ImU32 col, ImU32 /*cutout*/) {
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
}

void symbol_tree(ImDrawList* d, ImVec2 c, float s, float /*t*/, ImU32 col, ImU32 /*cutout*/) {
    d->AddTriangleFilled(at(c, s, 0, -0.9f), at(c, s, -0.7f, 0.35f), at(c, s, 0.7f, 0.35f), col);
    d->AddRectFilled(at(c, s, -0.14f, 0.35f), at(c, s, 0.14f, 0.9f), col);
}

void symbol_flower(ImDrawList* d, ImVec2 c, float s, float /*t*/, ImU32 col, ImU32 cutout) {
    for (int i = 0; i < 6; ++i) {
        const float a = i * kPi / 3;
        d->AddCircleFilled(at(c, s, std::cos(a) * 0.45f, std::sin(a) * 0.45f), s * 0.3f, col);
    }
    d->AddCircleFilled(c, s * 0.22f, cutout);
}

void symbol_fish(ImDrawList* d, ImVec2 c, float s, float /*t*/, ImU32 col, ImU32 cutout) {
    ImVec2 body[24];
    for (int i = 0; i < 24; ++i) {
        const float a = i * 2 * kPi / 24;
        body[i] = at(c, s, -0.1f + std::cos(a) * 0.6f, std::sin(a) * 0.38f);
    }
    d->AddConvexPolyFilled(body, 24, col);
    d->AddTriangleFilled(at(c, s, 0.4f, 0), at(c, s, 0.9f, -0.4f), at(c, s, 0.9f, 0.4f), col);
    d->AddCircleFilled(at(c, s, -0.4f, -0.08f), s * 0.08f, cutout);
}

void symbol_bird(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col, ImU32 /*cutout*/) {
    d->PathArcTo(at(c, s, -0.38f, 0.1f), s * 0.4f, kPi * 1.1f, kPi * 1.9f, 12);
    d->PathStroke(col, 0, t * 1.4f);
    d->PathArcTo(at(c, s, 0.38f, 0.1f), s * 0.4f, kPi * 1.1f, kPi * 1.9f, 12);
    d->PathStroke(col, 0, t * 1.4f);
}

void symbol_heart(ImDrawList* d, ImVec2 c, float s, float /*t*/, ImU32 col, ImU32 /*cutout*/) {
    d->AddCircleFilled(at(c, s, -0.32f, -0.25f), s * 0.36f, col);
    d->AddCircleFilled(at(c, s, 0.32f, -0.25f), s * 0.36f, col);
    d->AddTriangleFilled(at(c, s, -0.66f, -0.12f), at(c, s, 0.66f, -0.12f), at(c, s, 0, 0.82f),
                         col);
}

void symbol_key(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col, ImU32 /*cutout*/) {
    d->AddCircle(at(c, s, -0.45f, 0), s * 0.32f, col, 20, t * 1.3f);
    d->AddLine(at(c, s, -0.13f, 0), at(c, s, 0.85f, 0), col, t * 1.3f);
    d->AddLine(at(c, s, 0.55f, 0), at(c, s, 0.55f, 0.3f), col, t * 1.3f);
    d->AddLine(at(c, s, 0.8f, 0), at(c, s, 0.8f, 0.3f), col, t * 1.3f);
}

void symbol_boat(ImDrawList* d, ImVec2 c, float s, float /*t*/, ImU32 col, ImU32 /*cutout*/) {
    d->AddTriangleFilled(at(c, s, 0.05f, -0.85f), at(c, s, 0.05f, 0.2f), at(c, s, 0.65f, 0.2f),
                         col);
    const ImVec2 hull[] = {at(c, s, -0.85f, 0.35f), at(c, s, 0.85f, 0.35f), at(c, s, 0.55f, 0.8f),
                           at(c, s, -0.55f, 0.8f)};
    d->AddConvexPolyFilled(hull, 4, col);
}

void symbol_cup(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col, ImU32 /*cutout*/) {
    d->AddRectFilled(at(c, s, -0.6f, -0.45f), at(c, s, 0.35f, 0.7f), col, s * 0.1f);
    d->AddCircle(at(c, s, 0.45f, 0.1f), s * 0.28f, col, 16, t * 1.2f);
    d->AddLine(at(c, s, -0.3f, -0.9f), at(c, s, -0.3f, -0.6f), col, t);
    d->AddLine(at(c, s, 0.05f, -0.9f), at(c, s, 0.05f, -0.6f), col, t);
}

void symbol_bike(ImDrawList* d, ImVec2 c, float s, float t, ImU32 col, ImU32 /*cutout*/) {
    d->AddCircle(at(c, s, -0.5f, 0.35f), s * 0.38f, col, 20, t);
    d->AddCircle(at(c, s, 0.5f, 0.35f), s * 0.38f, col, 20, t);
    const ImVec2 frame[] = {at(c, s, -0.5f, 0.35f), at(c, s, -0.1f, -0.35f),
                            at(c, s, 0.35f, -0.35f), at(c, s, 0.5f, 0.35f)};
    d->AddPolyline(frame, 4, col, 0, t);
    d->AddLine(at(c, s, -0.1f, -0.35f), at(c, s, 0.0f, 0.35f), col, t);
    d->AddLine(at(c, s, -0.5f, 0.35f), at(c, s, 0.0f, 0.35f), col, t);
}

struct Symbol {
    std::string_view id;
    void (*draw)(ImDrawList*, ImVec2 c, float s, float t, ImU32 col, ImU32 cutout);
};

// The symbols a new member code can get, in the order the picker shows them.
constexpr Symbol kSymbols[] = {
    {"sun", symbol_sun},   {"moon", symbol_moon},     {"star", symbol_star},
    {"tree", symbol_tree}, {"flower", symbol_flower}, {"fish", symbol_fish},
    {"bird", symbol_bird}, {"heart", symbol_heart},   {"key", symbol_key},
    {"boat", symbol_boat}, {"cup", symbol_cup},       {"bike", symbol_bike},
};

} // namespace

const std::vector<std::string>& symbol_ids() {
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (const Symbol& symbol : kSymbols)
            out.emplace_back(symbol.id);
        return out;
    }();
    return ids;
}

void draw_member_symbol(ImDrawList* d, const std::string& id, ImVec2 c, float size, ImU32 col,
                        ImU32 cutout) {
    const float s = size * 0.5f;
    const float t = std::fmax(2.0f, size * 0.07f);
    for (const Symbol& symbol : kSymbols)
        if (symbol.id == id)
            return symbol.draw(d, c, s, t, col, cutout);
    draw_icon(d, Icon::Info, c, size, col); // an unknown symbol (an old database)
}

} // namespace kiosk::ui
