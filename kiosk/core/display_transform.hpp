// Maps between the physical window and the rotated "logical" screen the UI lays out.
// Used for both drawing (logical -> physical) and touch input (physical -> logical),
// so a touch at the visual spot always hits the visual button.
#pragma once

namespace kiosk {

enum class Rotation { R0 = 0, R90 = 90, R180 = 180, R270 = 270 };

struct Point {
    float x = 0;
    float y = 0;
};

struct Rect {
    float x = 0;
    float y = 0;
    float w = 0;
    float h = 0;
    bool contains(Point p) const { return p.x >= x && p.y >= y && p.x < x + w && p.y < y + h; }
    Point center() const { return {x + w / 2, y + h / 2}; }
};

// Rotation is clockwise: with R90 the top of the UI is drawn along the right edge
// of the physical window (for a panel mounted turned 90 degrees counter-clockwise).
// Mirrored (for right-to-left languages), the logical screen is flipped left to right before
// it is rotated: what the UI lays out at the left is drawn, and touched, at the right.
class DisplayTransform {
  public:
    DisplayTransform() = default;
    DisplayTransform(float physical_w, float physical_h, Rotation rotation);

    Rotation rotation() const { return rotation_; }
    bool mirrored() const { return mirrored_; }
    void set_mirrored(bool mirrored) { mirrored_ = mirrored; }
    float logical_width() const { return lw_; }
    float logical_height() const { return lh_; }
    float physical_width() const { return pw_; }
    float physical_height() const { return ph_; }

    Point to_physical(Point logical) const;
    Point to_logical(Point physical) const;
    // The axis-aligned physical rectangle covered by a logical rectangle.
    Rect to_physical(Rect logical) const;

  private:
    float pw_ = 0, ph_ = 0, lw_ = 0, lh_ = 0;
    Rotation rotation_ = Rotation::R0;
    bool mirrored_ = false;
};

} // namespace kiosk
