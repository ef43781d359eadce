// Conversions between the three forms of a staff schedule edit: as stored (store), as applied
// over the schedule file (core), and as drafted on the edit screen (the model's view data);
// and the edit screen's names for why an edit cannot be saved.
#pragma once

#include "core/groups/schedule_edits.hpp"
#include "core/schedule_view.hpp"
#include "store/error.hpp"
#include "store/schedule_edits_store.hpp"

#include <optional>
#include <string>

namespace kiosk::services {

// nullopt for a row whose date or times cannot be read.
std::optional<groups::ScheduleEdit> core_edit(const store::ScheduleEditRecord& record);
store::ScheduleEditRecord record_of(const groups::ScheduleEdit& edit, const std::string& staff);
// nullopt for no draft, or one without a readable date.
std::optional<groups::ScheduleEdit> edit_of(const ScheduleDraft& draft);

// The key part after "staff.schedule.problem_" for a check's problem ("" for None), and for
// a storage failure.
const char* problem_name(groups::EditProblem problem);
const char* problem_name(const store::StoreError& error);

} // namespace kiosk::services
