// One function per screen. Each reads the model through the frame and emits actions.
#pragma once

#include "ui/ui_frame.hpp"

namespace kiosk::ui {

void top_bar(UiFrame& frame);
void home_screen(UiFrame& frame);
void info_screen(UiFrame& frame);
void substances_screen(UiFrame& frame);
void substance_screen(UiFrame& frame);
void pages_screen(UiFrame& frame);
void page_screen(UiFrame& frame);
void mixing_screen(UiFrame& frame);
void emergency_screen(UiFrame& frame);
void help_screen(UiFrame& frame);
void help_need_screen(UiFrame& frame);
void organisation_screen(UiFrame& frame);
void groups_screen(UiFrame& frame);
void group_type_screen(UiFrame& frame);
void group_session_screen(UiFrame& frame);
void consent_screen(UiFrame& frame);
void code_choice_screen(UiFrame& frame);
void code_entry_screen(UiFrame& frame);
void symbol_pick_screen(UiFrame& frame);
void nickname_screen(UiFrame& frame);
void signup_done_screen(UiFrame& frame);
void cancel_signup_screen(UiFrame& frame);
void interest_screen(UiFrame& frame);
void interest_consent_screen(UiFrame& frame);
void interest_contact_screen(UiFrame& frame);
void interest_done_screen(UiFrame& frame);
void staff_groups_screen(UiFrame& frame);
void staff_session_screen(UiFrame& frame);
void staff_progress_screen(UiFrame& frame);
void staff_stats_screen(UiFrame& frame);
void staff_export_screen(UiFrame& frame);
void staff_sync_screen(UiFrame& frame);
void staff_schedule_screen(UiFrame& frame);
void staff_schedule_edit_screen(UiFrame& frame);
// The large-text / high-contrast menu opened from the top bar.
void display_menu(UiFrame& frame);
void search_screen(UiFrame& frame);
void staff_pin_screen(UiFrame& frame);
void staff_screen(UiFrame& frame);
// Full-screen overlays.
void idle_prompt(UiFrame& frame);
void recovering_screen(UiFrame& frame);

// Where an information topic leads (its screen, its pages, or its only page).
Place place_for_topic(const KioskModel& model, const std::string& topic);

// The scrolling page body every screen sits in: fills the space under the top bar.
void begin_page(UiFrame& frame, const char* id, float reserve_bottom = 0.0f);
void end_page(UiFrame& frame);

} // namespace kiosk::ui
