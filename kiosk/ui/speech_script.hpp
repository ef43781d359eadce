// What read aloud says for the screen just drawn: its texts from the title down, then its
// buttons by their labels ("Home, button"), in the visitor's language. Built from the list
// every frame fills as it draws (UiFrame::texts), so a new screen is spoken without work of
// its own. Staff screens (and so the PIN pad) say nothing; a member code or a nickname is
// said only when the sound is private (headphones), else the visitor is told to read it.
#pragma once

#include "core/kiosk_model.hpp"
#include "ui_frame.hpp"

#include <string>
#include <vector>

namespace kiosk::ui {

struct ScriptLine {
    std::string id;   // "text.N" (the Nth text drawn) or a button's id: what to highlight
    std::string text; // what is said
    bool operator==(const ScriptLine&) const = default;
};

std::vector<ScriptLine> speech_script(const KioskModel& model, const std::vector<ScreenText>& drawn,
                                      bool private_output);

// Texts in `now` that were not on the screen when it was last read (`shown`): an error, a
// full session, a result. Read aloud says them on their own (EN 301 549 5.1.3.15).
std::vector<ScriptLine> lines_added(const std::vector<ScriptLine>& shown,
                                    const std::vector<ScriptLine>& now);

// Where the line `id` was drawn in this frame's list; false when it is not there.
bool find_drawn(const std::vector<ScreenText>& drawn, const std::string& id, ImVec2& min,
                ImVec2& max);

} // namespace kiosk::ui
