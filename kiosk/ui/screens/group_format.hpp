// Wording shared by the group screens: when a session is, its group's name, and the
// message for a sign-up outcome, all in the visitor's language.
#pragma once

#include "ui/ui_frame.hpp"

#include <string>

namespace kiosk::ui {

// "di 1 dec, 14:00–15:30"
std::string session_when(const KioskModel& model, const SessionRow& session);
// The group's name in the visitor's language (else English, else Dutch, else its id).
std::string group_name(const KioskModel& model, const std::string& group_id);
// "14:00" for minutes since midnight.
std::string clock_text(int minutes);
// "di 24 nov 2026" for a YYYY-MM-DD date (the date itself if it is not one).
std::string long_date(const KioskModel& model, const std::string& date);
// "dinsdag 14:00–15:30": a weekly time of a group.
std::string slot_text(const KioskModel& model, int weekday, int start_min, int end_min);
// "KXT482" -> "KXT-482" for display.
std::string display_code(std::string_view code);
// The catalogue key of the message for an outcome ("" for none).
std::string outcome_key(SignupOutcome::Kind kind);

} // namespace kiosk::ui
