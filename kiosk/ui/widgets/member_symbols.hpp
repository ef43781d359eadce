// The twelve picture symbols a visitor picks for their member code (sun, moon, star,
// tree, flower, fish, bird, heart, key, boat, cup, bike), drawn as simple shapes so they
// are easy to tell apart and to recognise again weeks later.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace kiosk::ui {

const std::vector<std::string>& symbol_ids();
// `cutout`: the colour of the background it sits on, for the holes in some symbols.
void draw_member_symbol(ImDrawList* draw, const std::string& id, ImVec2 center, float size,
                        ImU32 colour, ImU32 cutout);

} // namespace kiosk::ui
