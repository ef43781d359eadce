// The whole visitor and staff UI for one frame: top bar, the current screen, overlays.
// Reads the model, returns actions; owns only per-visit UI state (scroll, keyboard).
#pragma once

#include "core/kiosk_model.hpp"
#include "fonts.hpp"
#include "theme.hpp"
#include "ui_frame.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kiosk::ui {

// Fonts built before ImGui starts (on the start's loader thread): an atlas of its own that
// the ImGui context is then created with (ImGui::CreateContext(atlas)), the fonts in it and
// the theme they were sized for.
struct PreparedFonts {
    std::unique_ptr<ImFontAtlas> atlas;
    FontSet fonts;
    Theme theme;
    float logical_w = 0, logical_h = 0; // the screen size they were made for
    GlyphText glyph_text;
    std::string error; // "" when the Noto fonts were found
};

struct FrameOutput {
    std::vector<Action> actions;
    bool wants_animation = false; // render again soon even without input
};

class KioskUi {
  public:
    // (Re)builds theme and fonts for a logical screen size. The caller re-uploads the font
    // texture afterwards. `glyph_text` holds every string that may be shown.
    void set_screen(float logical_w, float logical_h, const GlyphText& glyph_text,
                    std::string& font_error);
    // The same, without an ImGui context: safe on another thread.
    static PreparedFonts prepare_fonts(float logical_w, float logical_h, GlyphText glyph_text,
                                       const std::string& font_cache = "", FontNeeds needs = {});
    // Where built font atlases are kept ("" for none): see ui/font_cache.hpp.
    void set_font_cache(std::string dir) { font_cache_ = std::move(dir); }
    // Takes fonts prepared earlier; the current ImGui context uses `prepared.atlas`.
    void adopt(PreparedFonts& prepared);

    // Call before ImGui::NewFrame(): builds the large-text fonts, or the Arabic glyphs, the
    // first time a visitor asks for them. Returns true when the font atlas changed (re-upload
    // its texture).
    bool prepare_frame(const KioskModel& model);

    // Call between ImGui::NewFrame() and ImGui::Render().
    FrameOutput draw(const KioskModel& model, SteadyTime now);
    // The calm screen shown while recovering from a failed frame.
    void draw_recovering(const KioskModel& model, SteadyTime now);

    const std::vector<TapItem>& taps() const { return taps_; }
    // The text blocks (headings, paragraphs, callouts) and buttons of the last frame, in the
    // order they were drawn.
    const std::vector<ScreenText>& texts() const { return texts_; }
    const Theme& theme() const { return theme_; }
    // The theme for this visit's display choices (large text, high contrast).
    Theme theme_for(const KioskModel& model) const;
    const UiState& state() const { return state_; }
    // Whether the last frame was laid out for mirroring (a right-to-left language).
    bool drew_mirrored() const { return mirrored_; }

    // Read aloud: whether the kiosk can speak (Listen is offered), and the line being heard
    // now (a ScriptLine id, "" for none), which the next frames highlight.
    void set_can_speak(bool can) { can_speak_ = can; }
    bool can_speak() const { return can_speak_; }
    void set_spoken_line(std::string id) { spoken_id_ = std::move(id); }
    void set_speech_status(SpeechStaffView view) { speech_status_ = std::move(view); }
    // Where pictures come from (must outlive the UI); none: screens show words only.
    void set_pictures(PictureTextures* pictures) { pictures_ = pictures; }

  private:
    Theme theme_; // the base theme for the screen size
    SpeechStaffView speech_status_;
    PictureTextures* pictures_ = nullptr;
    FontSet fonts_;
    GlyphText glyph_text_;
    std::string font_cache_;
    bool large_loaded_ = false;
    bool arabic_loaded_ = false;
    bool applied_large_ = false, applied_contrast_ = false;
    bool mirrored_ = false;
    bool can_speak_ = false;
    std::string spoken_id_;
    UiState state_;
    std::vector<TapItem> taps_;
    std::vector<ScreenText> texts_;
    std::uint64_t visit_generation_ = 0;
};

} // namespace kiosk::ui
