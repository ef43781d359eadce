// Simple drawings for the emergency steps (call, check breathing, the recovery position
// in three steps, stay, nothing to eat or drink). Always shown with the step's words.
#pragma once

#include <imgui.h>

#include <string>

namespace kiosk::ui {

// Draws picture `name` into the square at `min` with side `size`.
void draw_emergency_picture(ImDrawList* draw, const std::string& name, ImVec2 min, float size,
                            ImU32 line, ImU32 accent);

} // namespace kiosk::ui
