// Staff: one edit of the schedule — weekdays as big buttons, times, dates and numbers with
// steppers, the place typed on the on-screen keyboard — with what is wrong, or what the change
// takes away, said before anything is saved.
#include "screens.hpp"

#include "group_format.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/stepper.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field_box.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <array>

namespace kiosk::ui {

namespace {

using Kind = ScheduleDraft::Kind;

// A stepper over `value` whose buttons step by `small` and `big`, named by four words.
StepperSpec stepper_spec(const std::string& id, std::string value, int small, int big,
                         const std::array<std::string, 4>& words, bool can_down, bool can_up) {
    StepperSpec s;
    s.id = id;
    s.value = std::move(value);
    s.small = small;
    s.big = big;
    s.down_big_label = words[0];
    s.down_label = words[1];
    s.up_label = words[2];
    s.up_big_label = words[3];
    s.can_down = can_down;
    s.can_up = can_up;
    return s;
}

StepperSpec time_stepper(const KioskModel& m, const std::string& id, int minutes) {
    return stepper_spec(id, clock_text(minutes), 15, 60,
                        {m.tr("staff.schedule.earlier_hour"),
                         m.tr("staff.schedule.earlier_quarter"),
                         m.tr("staff.schedule.later_quarter"), m.tr("staff.schedule.later_hour")},
                        minutes > 0, minutes < 24 * 60 - 15);
}

void from_stepper(UiFrame& frame, const ScheduleDraft& d, const std::string& title) {
    const KioskModel& m = frame.model;
    bold_line(frame, title);
    const StepperSpec s =
        stepper_spec("schedule.from", long_date(m, d.from), 1, 7,
                     {m.tr("staff.schedule.earlier_week"), m.tr("staff.schedule.earlier_day"),
                      m.tr("staff.schedule.later_day"), m.tr("staff.schedule.later_week")},
                     d.from > d.first_from, d.from < d.last_from);
    if (const int step = stepper(frame, s))
        frame.emit(action::StepSchedule{action::ScheduleField::From, step});
}

void slot_fields(UiFrame& frame, const ScheduleDraft& d) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    bold_line(frame, m.tr("staff.schedule.which_day"));
    const int fit = columns_that_fit(frame, 140.0f * t.scale);
    const int columns = fit >= 7 ? 7 : std::min(fit, 4);
    const float cw = column_width(frame, columns);
    for (int day = 0; day < 7; ++day) {
        if (day % columns != 0)
            ImGui::SameLine();
        const bool on = d.weekday == day;
        if (touch_button(frame,
                         {"schedule.weekday." + std::to_string(day),
                          m.tr("staff.schedule.day." + std::to_string(day)), ImVec2(cw, t.touch),
                          on ? ButtonKind::Selected : ButtonKind::Normal,
                          on ? Icon::Check : Icon::None}))
            frame.emit(action::SetScheduleWeekday{day});
    }
    bold_line(frame, m.tr("staff.schedule.starts"));
    if (const int step = stepper(frame, time_stepper(m, "schedule.start", d.start_min)))
        frame.emit(action::StepSchedule{action::ScheduleField::Start, step});
    bold_line(frame, m.tr("staff.schedule.ends"));
    if (const int step = stepper(frame, time_stepper(m, "schedule.end", d.end_min)))
        frame.emit(action::StepSchedule{action::ScheduleField::End, step});
}

void group_fields(UiFrame& frame, const ScheduleDraft& d) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    bold_line(frame, m.tr("staff.schedule.place"));
    // The field, and a button that says how to type in it; either opens the keyboard.
    const float type_w = std::min(180.0f * t.scale, ImGui::GetContentRegionAvail().x * 0.3f);
    text_field_box(frame, d.place.text(), m.tr("staff.schedule.place_hint"),
                   ImGui::GetContentRegionAvail().x - type_w - t.pad);
    const ImRect field(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    register_tap(frame, "schedule.place", d.place.str(), field.Min, field.Max);
    if (ImGui::IsItemClicked())
        frame.state.schedule_keyboard = true;
    ImGui::SameLine();
    if (touch_button(frame, {"schedule.type_place", m.tr("staff.schedule.type"),
                             ImVec2(type_w, t.touch), ButtonKind::Normal, Icon::Keyboard}))
        frame.state.schedule_keyboard = true;
    bold_line(frame, m.tr("staff.schedule.capacity"));
    const StepperSpec s = stepper_spec("schedule.capacity", std::to_string(d.capacity), 1, 5,
                                       {"–5", "–1", "+1", "+5"}, d.capacity > 1, d.capacity < 100);
    if (const int step = stepper(frame, s))
        frame.emit(action::StepSchedule{action::ScheduleField::Capacity, step});
}

// The problem with the last Save, in words.
std::string problem_text(const KioskModel& m, const ScheduleDraft& d) {
    const std::string key = "staff.schedule.problem_" + d.problem;
    if (d.problem == "overlaps")
        return m.catalog().format(
            m.language(), key,
            {{"slot", slot_text(m, d.other_weekday, d.other_start, d.other_end)}});
    if (d.problem == "holiday_exists")
        return m.catalog().format(m.language(), key, {{"date", long_date(m, d.from)}});
    return m.tr(key);
}

const char* save_key(Kind kind) {
    switch (kind) {
    case Kind::RemoveSlot:
        return "staff.schedule.remove_slot_button";
    case Kind::AddHoliday:
        return "staff.schedule.add_holiday_button";
    case Kind::RemoveHoliday:
        return "staff.schedule.remove_holiday_button";
    default:
        return "staff.schedule.save";
    }
}

const char* title_key(Kind kind) {
    switch (kind) {
    case Kind::AddSlot:
        return "staff.schedule.new_slot";
    case Kind::ChangeSlot:
        return "staff.schedule.change_slot";
    case Kind::RemoveSlot:
        return "staff.schedule.remove_slot";
    case Kind::ChangeGroup:
        return "staff.schedule.group_title";
    case Kind::AddHoliday:
        return "staff.schedule.add_holiday";
    case Kind::RemoveHoliday:
        return "staff.schedule.remove_holiday";
    case Kind::None:
        break;
    }
    return "staff.schedule.title";
}

// What the draft would take away, and the yes / no to it.
void confirmation(UiFrame& frame, const ScheduleDraft& d) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    if (d.affected_signups > 0)
        callout(frame, Icon::Warning,
                m.catalog().format(m.language(), "staff.schedule.confirm_signups",
                                   {{"count", std::to_string(d.affected_signups)},
                                    {"sessions", std::to_string(d.affected_sessions)}}),
                t.danger);
    if (d.over_capacity_sessions > 0)
        callout(frame, Icon::Warning,
                m.catalog().format(m.language(), "staff.schedule.confirm_capacity",
                                   {{"count", std::to_string(d.over_capacity_sessions)},
                                    {"places", std::to_string(d.capacity)}}),
                t.danger);
    bold_line(frame, m.tr("staff.schedule.confirm_question"));
    const float half = (ImGui::GetContentRegionAvail().x - t.pad) / 2;
    if (touch_button(frame, {"schedule.confirm", m.tr("staff.schedule.yes"), ImVec2(half, t.touch),
                             ButtonKind::Danger, Icon::Check}))
        frame.emit(action::SaveSchedule{true});
    ImGui::SameLine();
    if (touch_button(frame, {"schedule.keep", m.tr("staff.schedule.no"), ImVec2(half, t.touch),
                             ButtonKind::Normal, Icon::Back}))
        frame.emit(action::KeepSchedule{});
    // The question appears where Save was; bring its answers into view once.
    if (!frame.state.schedule_confirm_shown) {
        frame.state.schedule_confirm_shown = true;
        ImGui::SetScrollHereY(1.0f);
    }
}

void edit_body(UiFrame& frame, const ScheduleDraft& d) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const std::string& today = m.staff_schedule().today;
    switch (d.kind) {
    case Kind::AddSlot:
    case Kind::ChangeSlot:
        slot_fields(frame, d);
        from_stepper(frame, d, m.tr("staff.schedule.from"));
        break;
    case Kind::RemoveSlot:
        paragraph(frame, m.catalog().format(
                             m.language(), "staff.schedule.remove_what",
                             {{"slot", slot_text(m, d.old_weekday, d.old_start, d.old_end)}}));
        from_stepper(frame, d, m.tr("staff.schedule.from_removed"));
        break;
    case Kind::ChangeGroup:
        group_fields(frame, d);
        from_stepper(frame, d, m.tr("staff.schedule.from"));
        break;
    case Kind::AddHoliday:
        paragraph(frame, m.tr("staff.schedule.holiday_what"));
        from_stepper(frame, d, m.tr("staff.schedule.holiday_date"));
        break;
    case Kind::RemoveHoliday:
        paragraph(frame, m.catalog().format(m.language(), "staff.schedule.remove_holiday_what",
                                            {{"date", long_date(m, d.from)}}));
        break;
    case Kind::None:
        break;
    }
    if (d.kind != Kind::AddHoliday && d.kind != Kind::RemoveHoliday)
        paragraph(frame, m.tr("staff.schedule.from_hint"), true);
    if (d.kind != Kind::AddSlot && d.kind != Kind::RemoveHoliday && !today.empty() &&
        d.first_from > today)
        paragraph(frame, m.tr("staff.schedule.started_hint"), true);
    if (!d.problem.empty())
        callout(frame, Icon::Warning, problem_text(m, d), t.danger);
}
} // namespace

void staff_schedule_edit_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const ScheduleDraft& d = m.schedule_draft();
    const bool typing = d.kind == Kind::ChangeGroup && frame.state.schedule_keyboard;
    begin_page(frame, "page.staff_schedule_edit", typing ? keyboard_height(frame) : 0.0f);
    const bool holiday = d.kind == Kind::AddHoliday || d.kind == Kind::RemoveHoliday;
    heading(frame, holiday || d.kind == Kind::None
                       ? m.tr(title_key(d.kind))
                       : group_name(m, d.group_id) + ":  " + m.tr(title_key(d.kind)));
    if (d.kind == Kind::None) {
        callout(frame, Icon::Warning, m.tr("staff.schedule.problem_gone"), t.danger);
        end_page(frame);
        return;
    }
    edit_body(frame, d);
    ImGui::Dummy(ImVec2(1, t.pad * 0.5f)); // a little room above the decision
    if (d.confirming) {
        confirmation(frame, d);
    } else {
        frame.state.schedule_confirm_shown = false;
        const float half = (ImGui::GetContentRegionAvail().x - t.pad) / 2;
        const bool removes = d.kind == Kind::RemoveSlot || d.kind == Kind::RemoveHoliday;
        if (touch_button(frame, {"schedule.save", m.tr(save_key(d.kind)), ImVec2(half, t.touch),
                                 removes ? ButtonKind::Danger : ButtonKind::Primary,
                                 removes ? Icon::Stop : Icon::Check})) {
            frame.state.schedule_keyboard = false;
            frame.emit(action::SaveSchedule{false});
        }
        ImGui::SameLine();
        if (touch_button(frame, {"schedule.cancel", m.tr("staff.schedule.cancel"),
                                 ImVec2(half, t.touch), ButtonKind::Normal, Icon::Back})) {
            frame.state.schedule_keyboard = false;
            frame.emit(action::Back{});
        }
    }
    end_page(frame);
    if (typing) {
        ImGui::SetCursorPosX(t.pad);
        onscreen_keyboard(frame);
    }
}
} // namespace kiosk::ui
