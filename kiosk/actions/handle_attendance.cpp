// Staff at a session: marks, walk-ins, undo, closing it, per-date changes, a code's progress
// and the CSV export. Each shows its result on the session screen it came from.
#include "handlers.hpp"

namespace kiosk::actions {

namespace {

// The session's list again, with what the action did.
void show_session(ActionContext& c, const std::string& session_id,
                  services::StaffActionResult result) {
    c.model.set_staff_session(c.groups().staff_session(session_id, std::move(result)));
}

void refuse_on_session(ActionContext& c, const std::string& session_id) {
    show_session(c, session_id, {"staff.clock_unsynced", ""});
}

} // namespace

void handle(ActionContext& c, const action::MarkAttendance& a) {
    show_session(c, a.session_id,
                 c.groups().mark(a.session_id, a.code, a.mark, c.staff_name(), c.utc));
}

void handle(ActionContext& c, const action::AddWalkIn& a) {
    std::optional<std::string> typed;
    if (a.with_code)
        typed = c.model.staff_code().str();
    auto result = c.groups().walk_in(a.session_id, typed, a.new_code, c.staff_name(), c.utc);
    if (a.with_code)
        c.model.clear_staff_code();
    show_session(c, a.session_id, std::move(result));
}

void handle(ActionContext& c, const action::UndoMark& a) {
    show_session(c, a.session_id, c.groups().undo_mark(a.session_id, c.staff_name(), c.utc));
}

void handle(ActionContext& c, const action::CloseSession& a) {
    show_session(c, a.session_id, c.groups().close_session(a.session_id, c.staff_name(), c.utc));
}

void handle(ActionContext& c, const action::CancelSessionDate& a) {
    auto result = c.groups().cancel_date(a.session_id, true, c.staff_name(), c.utc);
    c.refresh_groups();
    show_session(c, a.session_id, std::move(result));
}

void handle(ActionContext& c, const action::RestoreSessionDate& a) {
    auto result = c.groups().cancel_date(a.session_id, false, c.staff_name(), c.utc);
    c.refresh_groups();
    show_session(c, a.session_id, std::move(result));
}

void handle(ActionContext& c, const action::AddExtraSession& a) {
    auto result =
        c.groups().add_extra(a.session_id, c.model.groups(), a.date, c.staff_name(), c.utc);
    c.refresh_groups();
    show_session(c, a.session_id, std::move(result));
}

void handle(ActionContext& c, const action::LookUpProgress&) {
    c.model.set_staff_progress(c.groups().progress(c.model.staff_code().text()));
}

void handle(ActionContext& c, const action::ExportAttendance& a) {
    c.model.set_staff_export(c.groups().export_attendance(c.model.staff_export(), a.folder, c.utc));
}

void refuse(ActionContext& c, const action::MarkAttendance& a) {
    refuse_on_session(c, a.session_id);
}
void refuse(ActionContext& c, const action::AddWalkIn& a) {
    refuse_on_session(c, a.session_id);
}
void refuse(ActionContext& c, const action::UndoMark& a) {
    refuse_on_session(c, a.session_id);
}
void refuse(ActionContext& c, const action::CloseSession& a) {
    refuse_on_session(c, a.session_id);
}
void refuse(ActionContext& c, const action::CancelSessionDate& a) {
    refuse_on_session(c, a.session_id);
}
void refuse(ActionContext& c, const action::RestoreSessionDate& a) {
    refuse_on_session(c, a.session_id);
}
void refuse(ActionContext& c, const action::AddExtraSession& a) {
    refuse_on_session(c, a.session_id);
}

void refuse(ActionContext& c, const action::ExportAttendance&) {
    StaffExportView view = c.model.staff_export();
    view.written.clear();
    view.error = "the kiosk's clock is not synchronised yet";
    c.model.set_staff_export(std::move(view));
}

} // namespace kiosk::actions
