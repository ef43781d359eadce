// What the screens share: the top bar, overlays, the page body every screen sits in.
// Each screen's own draw function is declared where screens are chosen
// (ui/screen_dispatch.cpp).
#pragma once

#include "ui/ui_frame.hpp"

namespace kiosk::ui {

// `can_speak`: the kiosk can read aloud, so visitor screens get a Listen button.
void top_bar(UiFrame& frame, bool can_speak);
// How tall the top bar is for this screen and language (it takes two rows, and taller ones,
// when its labels need them at body size); `width` is the window's.
float top_bar_height(const KioskModel& model, const Theme& theme, const Fonts& fonts, float width,
                     bool can_speak);
// Read aloud's bar under the page (repeat, softer, louder), while listening on a visitor screen.
bool shows_speech_bar(const KioskModel& model, bool can_speak);
float speech_bar_height(const Theme& theme);
void speech_bar(UiFrame& frame);
// Read aloud's state in a line for staff: off, not working and why, ready, or working
// (staff page and the staff Read aloud screen).
void speech_status(UiFrame& frame);
// The large-text / high-contrast menu opened from the top bar.
void display_menu(UiFrame& frame);
// Full-screen overlays.
void idle_prompt(UiFrame& frame);
void recovering_screen(UiFrame& frame);

// Drug alerts (alert_screens.cpp): a red alert's banner, which opens the Alerts screen when
// tapped (true then); and on the home screen, the banner of the first red alert or a button
// to the current warnings and notices.
bool alert_banner(UiFrame& frame, const content::Alert& alert, const std::string& id);
void home_alerts(UiFrame& frame);
// The button to "Report a drug that was not as expected" (report_screens.cpp).
// True when tapped (it has asked for the Report screen).
bool report_button(UiFrame& frame, const std::string& id);

// Where an information topic leads (its screen, its pages, or its only page).
Place place_for_topic(const KioskModel& model, const std::string& topic);

// The scrolling page body every screen sits in: fills the space under the top bar.
void begin_page(UiFrame& frame, const char* id, float reserve_bottom = 0.0f);
void end_page(UiFrame& frame);

} // namespace kiosk::ui
