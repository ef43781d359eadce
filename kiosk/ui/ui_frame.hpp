// What every screen and widget gets for one frame: the model to read, the theme and
// fonts, per-visit UI state, and the lists it fills (actions, tappable items).
#pragma once

#include "core/actions.hpp"
#include "core/idle_policy.hpp"
#include "core/kiosk_model.hpp"
#include "fonts.hpp"
#include "picture_textures.hpp"
#include "theme.hpp"

#include <imgui.h>

#include <map>
#include <string>
#include <vector>

namespace kiosk::ui {

struct TapItem {
    std::string id;       // stable across languages, e.g. "nav.home"
    std::string label;    // visible text in the current language
    ImVec2 min, max;      // logical (unrotated) pixels, clipped to what is visible
    float text_px = 0;    // size its label was drawn at (0: the widget draws no label)
    bool clipped = false; // its label (or detail line) did not fit: cut or broken in a word
};

// A text block or a button drawn this frame, in drawing order: the UI dump lists the texts,
// and read aloud speaks both (ui/speech_script.hpp) and highlights the one being heard.
struct ScreenText {
    std::string text;
    ImVec2 min, max;         // logical pixels, where it was drawn (it may be scrolled out of view)
    bool is_private = false; // a member code or nickname: spoken only through headphones
    std::string button_id;   // a button's id ("" for a text block)
};

struct ScrollState {
    bool seen = false;     // drawn before in this visit
    bool tracking = false; // a press started inside this area
    bool dragging = false; // the press moved far enough to scroll
    float press_y = 0, scroll_at_press = 0;
    float velocity = 0;                            // px/s, for inertia after release
    std::vector<std::pair<double, float>> samples; // (time, y) while dragging
    float scroll_y = 0;                            // last position set by dragging or inertia
};

// A sound output staff may choose for read aloud.
struct SpeechOutputChoice {
    std::string device; // the ALSA device name, "" for ALSA's default
    std::string label;  // what the sound card calls itself, e.g. "bcm2835 Headphones"
};

// Read aloud as staff see it on their status page and the staff "Read aloud" screen.
struct SpeechStaffView {
    bool enabled = false;                    // [speech] enabled
    std::string output;                      // e.g. "ALSA device default"
    std::string problem;                     // in plain words, "" when it works
    bool spoken = false;                     // something was heard since the start
    double first_sound_ms = 0;               // of the last request, when spoken
    std::vector<SpeechOutputChoice> outputs; // found when the Read aloud screen opened
};

// UI state that belongs to one visit; wiped together with the visit.
struct UiState {
    std::map<ImGuiID, ScrollState> scrolls;
    std::string keyboard_layout; // empty: the language's default
    bool shift = false;
    bool keyboard_hidden = false;
    bool display_menu_open = false;
    bool mixing_keyboard = false;        // the mixing checker's keyboard is open
    bool staff_keyboard = false;         // the staff session screen's keyboard is open
    bool extra_dates_open = false;       // the staff session screen's "add extra session" dates
    bool schedule_keyboard = false;      // the schedule edit screen's keyboard (for the place)
    int schedule_message_seen = 0;       // the schedule message the page has scrolled to
    bool schedule_confirm_shown = false; // the edit screen has scrolled to its question
    std::map<std::string, bool> open_sections; // accordion headers ("<page>.<section>")
    void clear() { *this = UiState{}; }
};

struct UiFrame {
    const KioskModel& model;
    SteadyTime now;
    const Theme& theme;
    const Fonts& fonts;
    UiState& state;
    std::vector<TapItem>& taps;
    std::vector<Action>& actions;
    bool wants_animation = false;             // a widget is moving: render the next frame too
    std::vector<ScreenText>* texts = nullptr; // the text blocks drawn, if wanted
    const SpeechStaffView* speech = nullptr;  // for the staff page
    PictureTextures* pictures = nullptr;      // alert pictures (null: words only)

    const std::string& tr(const std::string& key) const { return model.tr(key); }
    void emit(Action action) { actions.push_back(std::move(action)); }
    void note_text(const std::string& text, ImVec2 min, ImVec2 max, bool is_private = false) {
        if (texts)
            texts->push_back({text, min, max, is_private, ""});
    }
    void note_button(const std::string& id, const std::string& text, ImVec2 min, ImVec2 max) {
        if (texts && !text.empty())
            texts->push_back({text, min, max, false, id});
    }
};

} // namespace kiosk::ui
