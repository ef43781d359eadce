// Stick-figure drawings on a unit square (0..1 in both directions).
#include "emergency_pictures.hpp"

#include "icons.hpp"
#include "ui/text/text_draw.hpp"

#include <cmath>

namespace kiosk::ui {

namespace {

struct Canvas {
    ImDrawList* d;
    ImVec2 min;
    float size;
    ImU32 line;
    float t;
    ImVec2 p(float x, float y) const { return ImVec2(min.x + x * size, min.y + y * size); }
    void seg(float x0, float y0, float x1, float y1) const {
        d->AddLine(p(x0, y0), p(x1, y1), line, t);
    }
    void head(float x, float y, float r = 0.08f) const {
        d->AddCircle(p(x, y), r * size, line, 20, t);
    }
    void floor() const { seg(0.05f, 0.85f, 0.95f, 0.85f); }
};

} // namespace

void draw_emergency_picture(ImDrawList* d, const std::string& name, ImVec2 min, float size,
                            ImU32 line, ImU32 accent) {
    const Canvas c{d, min, size, line, std::fmax(2.0f, size * 0.035f)};
    if (name == "call") {
        draw_icon(d, Icon::Phone, c.p(0.5f, 0.38f), size * 0.45f, line);
        draw_text(d, ImGui::GetFont(), size * 0.26f, c.p(0.28f, 0.66f), accent, "112", 0);
    } else if (name == "breathing") {
        c.floor();
        c.head(0.2f, 0.72f);               // lying on the back
        c.seg(0.28f, 0.74f, 0.75f, 0.74f); // body
        c.seg(0.75f, 0.74f, 0.9f, 0.8f);   // legs
        for (int i = 0; i < 3; ++i) {      // breath rising from the mouth
            const float y = 0.55f - 0.12f * static_cast<float>(i);
            d->AddBezierCubic(c.p(0.18f, y), c.p(0.24f, y - 0.04f), c.p(0.12f, y - 0.06f),
                              c.p(0.18f, y - 0.1f), accent, c.t);
        }
    } else if (name == "recovery_1") {
        c.floor(); // on the back, near arm up at a right angle
        c.head(0.18f, 0.72f);
        c.seg(0.26f, 0.74f, 0.72f, 0.74f);
        c.seg(0.72f, 0.74f, 0.92f, 0.78f);
        c.seg(0.35f, 0.74f, 0.35f, 0.45f); // arm up
        d->AddCircle(c.p(0.35f, 0.45f), size * 0.03f, accent, 10, c.t);
    } else if (name == "recovery_2") {
        c.floor(); // far knee bent up, hand to cheek
        c.head(0.18f, 0.72f);
        c.seg(0.26f, 0.74f, 0.62f, 0.74f);
        c.seg(0.62f, 0.74f, 0.72f, 0.55f); // thigh up
        c.seg(0.72f, 0.55f, 0.85f, 0.78f); // shin down
        c.seg(0.4f, 0.74f, 0.22f, 0.66f);  // hand to the cheek
        d->AddCircle(c.p(0.72f, 0.55f), size * 0.03f, accent, 10, c.t);
    } else if (name == "recovery_3") {
        c.floor(); // on the side, head tilted back, top knee bent
        c.head(0.2f, 0.68f);
        c.seg(0.28f, 0.7f, 0.62f, 0.72f);
        c.seg(0.62f, 0.72f, 0.75f, 0.6f);
        c.seg(0.75f, 0.6f, 0.82f, 0.8f);
        c.seg(0.62f, 0.72f, 0.92f, 0.8f);
        c.seg(0.35f, 0.7f, 0.3f, 0.82f);
        d->AddBezierCubic(c.p(0.1f, 0.5f), c.p(0.05f, 0.6f), c.p(0.08f, 0.7f), c.p(0.12f, 0.74f),
                          accent, c.t);
    } else if (name == "stay") {
        c.floor(); // one person lying, one kneeling beside
        c.head(0.15f, 0.76f, 0.06f);
        c.seg(0.21f, 0.78f, 0.55f, 0.78f);
        c.head(0.72f, 0.32f);
        c.seg(0.72f, 0.4f, 0.72f, 0.62f);
        c.seg(0.72f, 0.62f, 0.6f, 0.84f);
        c.seg(0.72f, 0.62f, 0.86f, 0.84f);
        c.seg(0.72f, 0.46f, 0.5f, 0.7f); // hand on the lying person
        draw_icon(d, Icon::Clock, c.p(0.3f, 0.35f), size * 0.28f, accent);
    } else if (name == "no_food_drink") {
        draw_icon(d, Icon::Food, c.p(0.5f, 0.5f), size * 0.55f, line);
        c.seg(0.15f, 0.15f, 0.85f, 0.85f);
        d->AddLine(c.p(0.15f, 0.15f), c.p(0.85f, 0.85f), accent, c.t * 1.5f);
    }
    d->AddRect(min, ImVec2(min.x + size, min.y + size), line, size * 0.06f, 0, c.t * 0.6f);
}

} // namespace kiosk::ui
