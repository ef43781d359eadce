// Simple line icons drawn with ImGui's draw list, so they stay sharp at every scale and
// need no image files. Every icon is shown next to words, never alone.
#pragma once

#include <imgui.h>

namespace kiosk::ui {

enum class Icon {
    None,
    Home,
    Back,
    Exit,
    Info,
    Groups,
    Search,
    Globe,
    Lock,
    Check,
    Backspace,
    Shift,
    Space, // the space bar: a wide open bracket, as on phone keyboards
    Keyboard,
    Clock,
    Warning,
    Phone,
    Mix,
    Pill,
    Drop,
    Flask,
    Heart,
    Euro,
    Scales,
    Food,
    Bed,
    Stop,
    Contrast,
    ChevronDown,  // an open section
    ChevronRight, // a closed section
    Speaker,      // read aloud
    Repeat,       // say it again
    Minus,        // softer
    Plus,         // louder
};

// Draws `icon` centred at `center` inside a square of side `size`.
void draw_icon(ImDrawList* draw, Icon icon, ImVec2 center, float size, ImU32 colour);

} // namespace kiosk::ui
