// The questions of the report form (docs/signals.md), shared by a visitor's report and a
// staff member's signal from the field: each answer a button, the chosen ones ticked.
#pragma once

#include "ui/ui_frame.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

// One question: its title, then the words of `words` (labels from the catalogue table
// "report.<table>") as buttons; columns are never narrower than the longest word.
void report_question(UiFrame& frame, SignalField field, const std::string& title,
                     const std::string& table, std::span<const std::string_view> words,
                     float min_w);

// The six questions everyone answers: sold as, form, colour, mark (its letters typed on
// `mark_screen`), what happened, when.
void report_questions(UiFrame& frame, ScreenId mark_screen);

// Why the last Send stored nothing (the answers are still there): storage failed, or the
// clock is not trusted yet (`clock_key` says so in the reader's words). Nothing otherwise.
void report_result(UiFrame& frame, const std::string& clock_key);

} // namespace kiosk::ui
