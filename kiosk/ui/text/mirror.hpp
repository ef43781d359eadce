// Right-to-left screens are laid out left to right and then mirrored as a whole, in one
// place (DisplayTransform: drawing, touch input and the UI dump all go through it). So the
// widget kit lays out as always and everything flows from the right: the top bar, tiles,
// icons before their labels, arrows and chevrons, the groups' track. What must read the same
// way in both directions (text, digits, QR codes) is mirrored once more where it is drawn,
// about its own box, so that the two mirrorings cancel out for it.
#pragma once

#include <imgui.h>

namespace kiosk::ui::text {

// Whether the frame being drawn will be mirrored (set by KioskUi at the start of a frame).
void set_frame_mirrored(bool mirrored);
bool frame_mirrored();

// In a mirrored frame, mirrors the vertices added to `draw` since `vertex_start` about the
// span [x0, x1], so they appear unmirrored on screen. Does nothing otherwise.
void keep_unmirrored(ImDrawList* draw, int vertex_start, float x0, float x1);

} // namespace kiosk::ui::text
