// Frame layout: one full-screen root window, the top bar, the screen for the current place.
#include "kiosk_ui.hpp"

#include "core/languages.hpp"
#include "screen_dispatch.hpp"
#include "screens/screens.hpp"
#include "speech_script.hpp"
#include "text/mirror.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {

// `bottom`: room kept free under it (read aloud's bar).
void begin_root(const Theme& theme, float bottom = 0) {
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme.background);
    ImGui::PushStyleColor(ImGuiCol_Text, theme.text);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(display.x, display.y - bottom));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme.pad, theme.pad));
    ImGui::Begin("root", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

// The line being read aloud: a tinted band behind it and a thick bar at the start of the
// line (the right in a right-to-left language, as the frame is mirrored), drawn over the
// page but never over the top bar or read aloud's bar.
void highlight_spoken(const Theme& t, const std::vector<ScreenText>& drawn, const std::string& id,
                      float top, float bottom) {
    ImVec2 min, max;
    if (id.empty() || !find_drawn(drawn, id, min, max))
        return;
    ImDrawList* d = ImGui::GetForegroundDrawList();
    d->PushClipRect(ImVec2(0, top), ImVec2(ImGui::GetIO().DisplaySize.x, bottom));
    const float grow = 4.0f * t.scale;
    const ImVec2 a(min.x - grow, min.y - grow), b(max.x + grow, max.y + grow);
    d->AddRectFilled(a, b, (t.primary & 0x00FFFFFFu) | 0x33000000u, t.radius);
    d->AddRect(a, b, t.primary, t.radius, 0, 2.0f * t.scale);
    d->AddRectFilled(ImVec2(a.x - 8.0f * t.scale, a.y), ImVec2(a.x - 2.0f * t.scale, b.y),
                     t.primary, 3.0f * t.scale);
    d->PopClipRect();
}

} // namespace

void KioskUi::set_screen(float logical_w, float logical_h, const GlyphText& glyph_text,
                         std::string& font_error) {
    theme_ = make_theme(logical_w, logical_h);
    apply_theme(theme_);
    glyph_text_ = glyph_text;
    fonts_ = load_fonts(*ImGui::GetIO().Fonts, theme_, glyph_text_,
                        FontNeeds{large_loaded_, arabic_loaded_}, font_error, font_cache_);
    ImGui::GetIO().FontDefault = fonts_.normal.body;
    text::use_shaping(fonts_.shaping);
    applied_large_ = applied_contrast_ = false;
}

PreparedFonts KioskUi::prepare_fonts(float logical_w, float logical_h, GlyphText glyph_text,
                                     const std::string& font_cache, FontNeeds needs) {
    PreparedFonts prepared;
    prepared.atlas = std::make_unique<ImFontAtlas>();
    prepared.theme = make_theme(logical_w, logical_h);
    prepared.logical_w = logical_w;
    prepared.logical_h = logical_h;
    prepared.glyph_text = std::move(glyph_text);
    prepared.fonts = load_fonts(*prepared.atlas, prepared.theme, prepared.glyph_text, needs,
                                prepared.error, font_cache);
    return prepared;
}

void KioskUi::adopt(PreparedFonts& prepared) {
    theme_ = prepared.theme;
    apply_theme(theme_);
    glyph_text_ = std::move(prepared.glyph_text);
    fonts_ = prepared.fonts;
    large_loaded_ = false;
    arabic_loaded_ = fonts_.arabic;
    ImGui::GetIO().FontDefault = fonts_.normal.body;
    text::use_shaping(fonts_.shaping);
    applied_large_ = applied_contrast_ = false;
}

bool KioskUi::prepare_frame(const KioskModel& model) {
    const bool need_large = model.large_text() && !large_loaded_;
    const bool need_arabic = is_right_to_left(model.language()) && !arabic_loaded_;
    if (!need_large && !need_arabic)
        return false;
    large_loaded_ = large_loaded_ || need_large;
    arabic_loaded_ = arabic_loaded_ || need_arabic;
    std::string error;
    fonts_ = load_fonts(*ImGui::GetIO().Fonts, theme_, glyph_text_,
                        FontNeeds{large_loaded_, arabic_loaded_}, error, font_cache_);
    ImGui::GetIO().FontDefault = fonts_.normal.body;
    text::use_shaping(fonts_.shaping);
    return true;
}

Theme KioskUi::theme_for(const KioskModel& model) const {
    Theme t = theme_;
    if (model.large_text())
        t = with_large_text(t);
    if (model.high_contrast())
        t = with_high_contrast(t);
    return t;
}

FrameOutput KioskUi::draw(const KioskModel& model, SteadyTime now) {
    if (model.visit_generation() != visit_generation_) {
        state_.clear();
        visit_generation_ = model.visit_generation();
    }
    taps_.clear();
    mirrored_ = is_right_to_left(model.language());
    text::set_frame_mirrored(mirrored_);
    FrameOutput out;
    Theme theme = theme_for(model);
    if (theme.high_contrast != applied_contrast_) {
        apply_theme(theme);
        applied_contrast_ = theme.high_contrast;
    }
    const Fonts& fonts = fonts_.pick(model.large_text());
    theme.top_bar = top_bar_height(model, theme, fonts, ImGui::GetIO().DisplaySize.x, can_speak_);
    UiFrame frame{model, now, theme, fonts, state_, taps_, out.actions};
    texts_.clear();
    frame.texts = &texts_;
    frame.speech = &speech_status_;
    frame.pictures = pictures_;

    const bool speech_bar_shown = shows_speech_bar(model, can_speak_);
    const float bottom = speech_bar_shown ? speech_bar_height(theme) : 0.0f;
    begin_root(theme, bottom);
    ImGui::PushFont(fonts.body);
    top_bar(frame, can_speak_);
    draw_screen(frame, model.place().screen);
    ImGui::PopFont();
    ImGui::End();
    ImGui::PushFont(fonts.body);
    if (speech_bar_shown) {
        speech_bar(frame);
        highlight_spoken(theme, texts_, spoken_id_, theme.top_bar,
                         ImGui::GetIO().DisplaySize.y - bottom);
    }
    if (state_.display_menu_open)
        display_menu(frame);
    if (model.idle_prompt_visible(now)) {
        // Only the prompt's own buttons count while it is up.
        taps_.clear();
        out.actions.clear();
        idle_prompt(frame);
    }
    ImGui::PopFont();
    out.wants_animation = frame.wants_animation;
    return out;
}

void KioskUi::draw_recovering(const KioskModel& model, SteadyTime now) {
    taps_.clear();
    mirrored_ = false;
    text::set_frame_mirrored(false);
    std::vector<Action> ignored;
    UiFrame frame{model, now, theme_, fonts_.normal, state_, taps_, ignored};
    begin_root(theme_);
    ImGui::End();
    ImGui::PushFont(fonts_.normal.body);
    recovering_screen(frame);
    ImGui::PopFont();
}

} // namespace kiosk::ui
