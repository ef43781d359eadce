// Turns a frame's drawn texts and buttons into the lines read aloud.
#include "speech_script.hpp"

#include "core/screen_id.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

std::string text_id(std::size_t index) {
    return "text." + std::to_string(index);
}

// The top bar and the speech bar are the same on every screen: their buttons are said on the
// home screen, where a visitor learns them, and not again on every page.
bool said_here(const std::string& button_id, ScreenId screen) {
    const bool bar = button_id.rfind("nav.", 0) == 0 || button_id.rfind("speech.", 0) == 0;
    return !bar || screen == ScreenId::Home;
}

} // namespace

std::vector<ScriptLine> speech_script(const KioskModel& model, const std::vector<ScreenText>& drawn,
                                      bool private_output) {
    std::vector<ScriptLine> lines;
    const ScreenId screen = model.place().screen;
    if (!is_visitor_screen(screen))
        return lines;
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const ScreenText& d = drawn[i];
        if (!d.button_id.empty())
            continue;
        const std::string& said =
            d.is_private && !private_output ? model.tr("speech.read_from_screen") : d.text;
        if (lines.empty() || lines.back().text != said)
            lines.push_back({text_id(i), said});
    }
    for (const ScreenText& d : drawn)
        if (!d.button_id.empty() && said_here(d.button_id, screen) && d.button_id != "nav.listen")
            lines.push_back({d.button_id, model.catalog().format(model.language(), "speech.button",
                                                                 {{"label", d.text}})});
    return lines;
}

std::vector<ScriptLine> lines_added(const std::vector<ScriptLine>& shown,
                                    const std::vector<ScriptLine>& now) {
    std::vector<ScriptLine> added;
    for (const auto& line : now)
        if (line.id.rfind("text.", 0) == 0 &&
            std::none_of(shown.begin(), shown.end(),
                         [&](const ScriptLine& s) { return s.text == line.text; }))
            added.push_back(line);
    return added;
}

bool find_drawn(const std::vector<ScreenText>& drawn, const std::string& id, ImVec2& min,
                ImVec2& max) {
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const ScreenText& d = drawn[i];
        if (d.button_id.empty() ? text_id(i) == id : d.button_id == id) {
            min = d.min;
            max = d.max;
            return true;
        }
    }
    return false;
}

} // namespace kiosk::ui
