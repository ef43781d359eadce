// Rotation arithmetic for DisplayTransform; see the header for the convention.
#include "display_transform.hpp"

#include <algorithm>

namespace kiosk {

DisplayTransform::DisplayTransform(float physical_w, float physical_h, Rotation rotation)
    : pw_(physical_w), ph_(physical_h), rotation_(rotation) {
    const bool quarter = rotation == Rotation::R90 || rotation == Rotation::R270;
    lw_ = quarter ? ph_ : pw_;
    lh_ = quarter ? pw_ : ph_;
}

Point DisplayTransform::to_physical(Point p) const {
    if (mirrored_)
        p.x = lw_ - p.x;
    switch (rotation_) {
    case Rotation::R0:
        return p;
    case Rotation::R90:
        return {lh_ - p.y, p.x};
    case Rotation::R180:
        return {lw_ - p.x, lh_ - p.y};
    case Rotation::R270:
        return {p.y, lw_ - p.x};
    }
    return p;
}

Point DisplayTransform::to_logical(Point p) const {
    Point q = p;
    switch (rotation_) {
    case Rotation::R0:
        break;
    case Rotation::R90:
        q = {p.y, lh_ - p.x};
        break;
    case Rotation::R180:
        q = {lw_ - p.x, lh_ - p.y};
        break;
    case Rotation::R270:
        q = {lw_ - p.y, p.x};
        break;
    }
    if (mirrored_)
        q.x = lw_ - q.x;
    return q;
}

Rect DisplayTransform::to_physical(Rect r) const {
    const Point a = to_physical(Point{r.x, r.y});
    const Point b = to_physical(Point{r.x + r.w, r.y + r.h});
    const float x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    return {x0, y0, std::max(a.x, b.x) - x0, std::max(a.y, b.y) - y0};
}

} // namespace kiosk
