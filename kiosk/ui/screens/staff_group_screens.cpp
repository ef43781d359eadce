// Staff: today's and this week's sessions, and one session's sign-ups with attendance
// marks (present / absent / excused), walk-ins, undo and closing the session.
#include "screens.hpp"

#include "core/groups/schedule.hpp"
#include "group_format.hpp"
#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/member_symbols.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field_box.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {

// Why a session does not take place, in words.
std::string cancel_reason(const KioskModel& m, const SessionRow& s) {
    const std::string& r = s.cancel_reason;
    return m.tr("staff.schedule.cancelled." +
                (r == "holiday" || r == "staff" || r == "removed" ? r : std::string("file")));
}

// A cancelled session stays openable: its sign-ups are kept and staff can see them.
void session_button(UiFrame& frame, const SessionRow& s) {
    const KioskModel& m = frame.model;
    const std::string count = std::to_string(s.booked) + "/" + std::to_string(s.capacity) +
                              (s.waiting > 0 ? "  +" + std::to_string(s.waiting) : "");
    const std::string detail = s.cancelled ? cancel_reason(m, s) + "  ·  " + count
                               : s.ended   ? m.tr("staff.session_ended") + "  ·  " + count
                                           : s.place + "  ·  " + count;
    if (touch_button(frame, {"staff.session." + s.id,
                             session_when(m, s) + "  ·  " + group_name(m, s.group_id),
                             ImVec2(ImGui::GetContentRegionAvail().x, frame.theme.touch * 1.5f),
                             ButtonKind::Tile, s.cancelled ? Icon::Stop : Icon::Groups, detail}))
        frame.emit(action::Open{{ScreenId::StaffSession, s.id}});
}

// One sign-up: symbol, code, nickname, and the three marks as toggles.
void signup_row(UiFrame& frame, const std::string& session_id, const StaffSignupRow& row,
                bool closed) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 at = window->DC.CursorPos;
    const float label_w = std::max(200.0f * t.scale, ImGui::GetContentRegionAvail().x * 0.34f);
    draw_member_symbol(window->DrawList, row.symbol,
                       ImVec2(at.x + t.touch * 0.5f, at.y + t.touch * 0.5f), t.touch * 0.7f,
                       t.primary, t.background);
    draw_text(window->DrawList, frame.fonts.bold, t.body_px,
              ImVec2(at.x + t.touch + t.pad * 0.5f, at.y + (t.touch - t.body_px) * 0.5f), t.text,
              display_code(row.code) + (row.nickname.empty() ? "" : "  " + row.nickname),
              label_w - t.touch - t.pad);
    ImGui::Dummy(ImVec2(label_w, t.touch));
    const float bw = (ImGui::GetContentRegionAvail().x - label_w - t.pad * 3) / 3;
    ImGui::BeginDisabled(closed);
    for (const char* mark : {"present", "absent", "excused"}) {
        ImGui::SameLine();
        const bool on =
            row.mark == mark || (row.mark == "walk_in" && std::string(mark) == "present");
        if (touch_button(frame,
                         {"mark." + row.code + "." + mark, m.tr(std::string("staff.") + mark),
                          ImVec2(bw, t.touch), on ? ButtonKind::Selected : ButtonKind::Normal,
                          on ? Icon::Check : Icon::None}))
            frame.emit(action::MarkAttendance{session_id, row.code, mark});
    }
    ImGui::EndDisabled();
}

} // namespace

void staff_groups_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    begin_page(frame, "page.staff_groups");
    heading(frame, m.tr("staff.groups"));
    const GroupsSnapshot& g = m.groups();
    if (g.clock_unknown)
        callout(frame, Icon::Clock, m.tr("staff.device.clock_unsynced"), frame.theme.danger);
    else if (!g.available)
        callout(frame, Icon::Warning, m.tr("groups.unavailable"), frame.theme.danger);
    bold_line(frame, m.tr("staff.today"));
    bool any_today = false;
    for (const auto& s : g.sessions)
        if (s.date == g.today) {
            session_button(frame, s);
            any_today = true;
        }
    if (!any_today)
        paragraph(frame, m.tr("staff.none_today"), true);
    bold_line(frame, m.tr("staff.this_week"));
    int shown = 0;
    for (const auto& s : g.sessions)
        if (s.date > g.today && shown++ < 20)
            session_button(frame, s);
    const float w = ImGui::GetContentRegionAvail().x;
    if (touch_button(frame, {"staff.progress", m.tr("staff.progress"), ImVec2(w, frame.theme.touch),
                             ButtonKind::Normal, Icon::Search}))
        frame.emit(action::Open{{ScreenId::StaffProgress, ""}});
    if (touch_button(frame, {"staff.export", m.tr("staff.export"), ImVec2(w, frame.theme.touch),
                             ButtonKind::Normal, Icon::Check}))
        frame.emit(action::Open{{ScreenId::StaffExport, ""}});
    if (touch_button(frame, {"staff.schedule", m.tr("staff.schedule.open"),
                             ImVec2(w, frame.theme.touch), ButtonKind::Normal, Icon::Clock}))
        frame.emit(action::Open{{ScreenId::StaffSchedule, ""}});
    bold_line(frame, m.tr("staff.per_week"));
    for (const auto& group : g.groups)
        if (touch_button(frame, {"staff.stats." + group.id, group_name(m, group.id),
                                 ImVec2(w, frame.theme.touch), ButtonKind::Normal, Icon::Groups}))
            frame.emit(action::Open{{ScreenId::StaffStats, group.id}});
    end_page(frame);
}

namespace {

// What the session's screen says first: the outcome of the last action, closed, cancelled.
void session_notices(UiFrame& frame, const StaffSessionView& v, const SessionRow* session) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    if (session)
        heading(frame, group_name(m, session->group_id) + "  ·  " + session_when(m, *session));
    if (!v.message_key.empty())
        callout(frame, Icon::Info,
                m.catalog().format(m.language(), v.message_key,
                                   {{"code", display_code(v.message_code)}}),
                t.primary);
    if (v.closed)
        callout(frame, Icon::Lock, m.tr("staff.closed"), t.primary);
    if (session && session->cancelled)
        callout(frame, Icon::Stop,
                m.catalog().format(m.language(), "staff.schedule.session_cancelled",
                                   {{"reason", cancel_reason(m, *session)}}),
                t.danger);
}

// The booked sign-ups with their marks, the waiting list, the walk-ins.
void signup_lists(UiFrame& frame, const StaffSessionView& v, bool locked) {
    const KioskModel& m = frame.model;
    bool any_booked = false, any_waiting = false, any_walk_in = false;
    for (const auto& row : v.rows)
        if (row.state == "booked") {
            any_booked = true;
            signup_row(frame, v.session_id, row, locked);
        }
    if (!any_booked)
        paragraph(frame, m.tr("staff.no_signups"), true);
    for (const auto& row : v.rows) {
        if (row.state != "waiting")
            continue;
        if (!any_waiting)
            bold_line(frame, m.tr("staff.waiting"));
        any_waiting = true;
        paragraph(frame, std::to_string(row.position) + ".  " + display_code(row.code) +
                             (row.nickname.empty() ? "" : "  " + row.nickname));
    }
    for (const auto& row : v.rows) {
        if (row.state != "walk_in")
            continue;
        if (!any_walk_in)
            bold_line(frame, m.tr("staff.walk_ins"));
        any_walk_in = true;
        paragraph(frame,
                  display_code(row.code) + (row.nickname.empty() ? "" : "  " + row.nickname));
    }
    paragraph(frame, m.catalog().format(m.language(), "staff.anonymous_count",
                                        {{"count", std::to_string(v.anonymous_walk_ins)}}));
}

// Walk-ins (with a typed code, anonymous, with a new code), undo and closing the session.
void attendance_controls(UiFrame& frame, const std::string& id, bool locked) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    ImGui::BeginDisabled(locked);
    const float w = ImGui::GetContentRegionAvail().x;
    bold_line(frame, m.tr("staff.walk_in_hint"));
    const float add_w = 260.0f * t.scale;
    text_field_box(frame, display_code(m.staff_code().text()), m.tr("signup.code_hint"),
                   w - add_w - t.pad);
    if (ImGui::IsItemClicked())
        frame.state.staff_keyboard = true;
    ImGui::SameLine();
    if (touch_button(frame, {"staff.walk_in_code", m.tr("staff.walk_in_code"),
                             ImVec2(add_w, t.touch), ButtonKind::Normal, Icon::Check})) {
        if (m.staff_code().empty())
            frame.state.staff_keyboard = true;
        else
            frame.emit(action::AddWalkIn{id, true});
    }
    const float half = (w - t.pad) / 2;
    if (touch_button(frame, {"staff.walk_in_anonymous", m.tr("staff.walk_in_anonymous"),
                             ImVec2(half, t.touch), ButtonKind::Normal, Icon::Groups}))
        frame.emit(action::AddWalkIn{id, false, false});
    ImGui::SameLine();
    if (touch_button(frame, {"staff.walk_in_new_code", m.tr("staff.walk_in_new_code"),
                             ImVec2(half, t.touch), ButtonKind::Normal, Icon::Check}))
        frame.emit(action::AddWalkIn{id, false, true});
    if (touch_button(frame, {"staff.undo", m.tr("staff.undo"), ImVec2(half, t.touch),
                             ButtonKind::Normal, Icon::Back}))
        frame.emit(action::UndoMark{id});
    if (touch_button(frame, {"staff.close_session", m.tr("staff.close_session"), ImVec2(w, t.touch),
                             ButtonKind::Primary, Icon::Lock}))
        frame.emit(action::CloseSession{id});
    ImGui::EndDisabled();
}

// The next 14 days to add an extra session of this group at the same time on.
void extra_dates(UiFrame& frame, const SessionRow& s) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const int columns = columns_that_fit(frame, 150.0f * t.scale);
    const float cw = column_width(frame, columns);
    const auto today = groups::LocalDate::parse(m.groups().today);
    for (int d = 1; today && d <= 14; ++d) {
        const groups::LocalDate date = today->add_days(d);
        const std::string day = date.format();
        if ((d - 1) % columns != 0)
            ImGui::SameLine();
        if (touch_button(frame, {"staff.extra." + day,
                                 m.tr("groups.weekday." + std::to_string(date.weekday())) + " " +
                                     day.substr(8, 2) + "-" + day.substr(5, 2),
                                 ImVec2(cw, t.touch)})) {
            frame.emit(action::AddExtraSession{s.id, day});
            frame.state.extra_dates_open = false;
        }
    }
}

// Schedule: this one date does not take place (visitors see "cancelled"), or again does; an
// extra session like it.
void date_controls(UiFrame& frame, const SessionRow& s) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const float w = ImGui::GetContentRegionAvail().x;
    if (!s.cancelled && !s.ended &&
        touch_button(frame, {"staff.cancel_date", m.tr("staff.cancel_date"), ImVec2(w, t.touch),
                             ButtonKind::Danger, Icon::Stop}))
        frame.emit(action::CancelSessionDate{s.id});
    // A session taken out of the weekly pattern comes back through the schedule only.
    if (s.cancelled && s.cancel_reason != "removed" &&
        touch_button(frame, {"staff.restore_date", m.tr("staff.restore_date"), ImVec2(w, t.touch),
                             ButtonKind::Normal, Icon::Check}))
        frame.emit(action::RestoreSessionDate{s.id});
    if (touch_button(frame, {"staff.add_extra", m.tr("staff.add_extra"), ImVec2(w, t.touch),
                             ButtonKind::Normal, Icon::Clock}))
        frame.state.extra_dates_open = !frame.state.extra_dates_open;
    if (frame.state.extra_dates_open)
        extra_dates(frame, s);
}

} // namespace

void staff_session_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const std::string& id = m.place().topic;
    const StaffSessionView& v = m.staff_session();
    const bool typing = !m.staff_code().empty() || frame.state.staff_keyboard;
    begin_page(frame, "page.staff_session", typing ? keyboard_height(frame) : 0.0f);
    const SessionRow* session = m.groups().session(id);
    const bool locked = v.closed || (session && session->cancelled);
    session_notices(frame, v, session);
    signup_lists(frame, v, locked);
    attendance_controls(frame, id, locked);
    if (session)
        date_controls(frame, *session);
    end_page(frame);
    if (typing) {
        ImGui::SetCursorPosX(t.pad);
        onscreen_keyboard(frame);
    }
}

} // namespace kiosk::ui
