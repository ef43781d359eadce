// Staff editing the schedule: the draft's steppers (the model) and saving it (the schedule
// service checks, weighs and stores it; a second, confirmed save when it takes sessions away).
#include "handlers.hpp"

namespace kiosk::actions {

void handle(ActionContext& c, const action::SetScheduleWeekday& a) {
    c.model.set_schedule_weekday(a.weekday);
}

void handle(ActionContext& c, const action::StepSchedule& a) {
    c.model.step_schedule(a.field, a.delta);
}

void handle(ActionContext& c, const action::KeepSchedule&) {
    c.model.keep_schedule();
}

void handle(ActionContext& c, const action::SaveSchedule& a) {
    auto result =
        c.groups().schedule().save(c.model.schedule_draft(), c.staff_name(), a.confirmed, c.utc);
    const bool saved = result.draft.saved;
    c.model.schedule_save_result(std::move(result.draft), std::move(result.view));
    if (saved)
        c.refresh_groups(); // the visitors' lists follow the new schedule
}

void refuse(ActionContext& c, const action::SaveSchedule&) {
    ScheduleDraft draft = c.model.schedule_draft();
    draft.clear_result();
    draft.problem = "not_saved";
    c.model.schedule_save_result(std::move(draft), std::nullopt);
}

} // namespace kiosk::actions
