// Staff: the schedule (per group its weekly times, place and number of places; the
// holidays) and the screen that edits one of them — weekdays as big buttons, times, dates
// and numbers with steppers, the place typed on the on-screen keyboard — with what is wrong
// or what the change takes away said before anything is saved.
#include "screens.hpp"

#include "core/groups/schedule.hpp"
#include "group_format.hpp"
#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/stepper.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field_box.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

namespace {

using Kind = ScheduleDraft::Kind;

std::string two(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

std::string hhmm(int minutes) {
    return two(minutes / 60) + ":" + two(minutes % 60);
}

// "experience/1/14:00/2026-12-01": a slot as the edit screen's topic names it.
std::string slot_topic(const std::string& group_id, const ScheduleSlotRow& s,
                       const std::string& today) {
    return group_id + "/" + std::to_string(s.weekday) + "/" + hhmm(s.start_min) + "/" +
           (s.from.empty() ? today : s.from);
}

// A line of text as tall as a button, left of the buttons that follow on the same line.
void row_label(UiFrame& frame, const std::string& text, const std::string& detail, float width) {
    const Theme& t = frame.theme;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 p = window->DC.CursorPos;
    const float h = t.touch * (detail.empty() ? 1.0f : 1.5f);
    const ImVec2 text_max(p.x + width, p.y + (detail.empty() ? h : h * 0.6f));
    draw_fitted_text(window->DrawList, frame.fonts.bold, t.body_px, t.small_px, p, text_max, t.text,
                     text, TextAlign::Left);
    if (!detail.empty())
        draw_fitted_text(window->DrawList, frame.fonts.small, t.small_px, t.small_px * 0.8f,
                         ImVec2(p.x, text_max.y), ImVec2(p.x + width, p.y + h), t.text_muted,
                         detail, TextAlign::Left);
    ImGui::Dummy(ImVec2(width, h));
}

void slot_row(UiFrame& frame, const ScheduleGroupRow& g, const ScheduleSlotRow& s,
              const std::string& today) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const float remove_w = std::max(150.0f * t.scale, ImGui::GetContentRegionAvail().x * 0.25f);
    const float w = ImGui::GetContentRegionAvail().x - remove_w - t.pad;
    std::string detail = m.tr("staff.schedule.tap_to_change");
    if (!s.from.empty())
        detail = m.catalog().format(m.language(), "staff.schedule.slot_from",
                                    {{"date", long_date(m, s.from)}}) +
                 "  ·  " + detail;
    if (!s.until.empty())
        detail = m.catalog().format(m.language(), "staff.schedule.slot_until",
                                    {{"date", long_date(m, s.until)}}) +
                 "  ·  " + detail;
    const std::string topic = slot_topic(g.id, s, today);
    if (touch_button(frame,
                     {"schedule.slot." + topic, slot_text(m, s.weekday, s.start_min, s.end_min),
                      ImVec2(w, t.touch * 1.5f), ButtonKind::Tile, Icon::Clock, detail}))
        frame.emit(action::Open{{ScreenId::StaffScheduleEdit, "change-slot/" + topic}});
    ImGui::SameLine();
    if (touch_button(frame, {"schedule.remove." + topic, m.tr("staff.schedule.remove"),
                             ImVec2(remove_w, t.touch * 1.5f), ButtonKind::Normal, Icon::Stop}))
        frame.emit(action::Open{{ScreenId::StaffScheduleEdit, "remove-slot/" + topic}});
}

// "Ervaringsgroep  ·  di 14:00, do 19:00": a group's section header, its times at a glance.
std::string group_title(const KioskModel& m, const ScheduleGroupRow& g) {
    std::string times;
    for (const auto& s : g.slots)
        times += (times.empty() ? "" : ", ") + m.tr("groups.weekday." + std::to_string(s.weekday)) +
                 " " + hhmm(s.start_min);
    return group_name(m, g.id) + (times.empty() ? "" : "  ·  " + times);
}

void group_card(UiFrame& frame, const ScheduleGroupRow& g, const std::string& today) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const float w = ImGui::GetContentRegionAvail().x;
    if (touch_button(
            frame, {"schedule.group." + g.id,
                    m.catalog().format(m.language(), "staff.schedule.place_capacity",
                                       {{"place", g.place}, {"count", std::to_string(g.capacity)}}),
                    ImVec2(w, t.touch * 1.5f), ButtonKind::Tile, Icon::Groups,
                    m.tr("staff.schedule.change_group")}))
        frame.emit(action::Open{{ScreenId::StaffScheduleEdit, "group/" + g.id}});
    for (const auto& p : g.planned)
        paragraph(frame,
                  m.catalog().format(m.language(), "staff.schedule.planned",
                                     {{"date", long_date(m, p.from)},
                                      {"place", p.place},
                                      {"count", std::to_string(p.capacity)}}),
                  true);
    if (g.slots.empty())
        paragraph(frame, m.tr("staff.schedule.no_slots"), true);
    for (const auto& s : g.slots)
        slot_row(frame, g, s, today);
    if (touch_button(frame, {"schedule.add_slot." + g.id, m.tr("staff.schedule.add_slot"),
                             ImVec2(w, t.touch), ButtonKind::Normal, Icon::Clock}))
        frame.emit(action::Open{{ScreenId::StaffScheduleEdit, "add-slot/" + g.id}});
    ImGui::Dummy(ImVec2(1, t.pad));
}

void holidays(UiFrame& frame, const StaffScheduleView& v) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    if (v.holidays.empty())
        paragraph(frame, m.tr("staff.schedule.no_holidays"), true);
    for (const auto& h : v.holidays) {
        const float remove_w = std::max(150.0f * t.scale, ImGui::GetContentRegionAvail().x * 0.25f);
        std::string name;
        if (const auto it = h.name.find(m.language()); it != h.name.end())
            name = it->second;
        else if (const auto en = h.name.find("en"); en != h.name.end())
            name = en->second;
        if (!h.added_by.empty())
            name = m.catalog().format(m.language(), "staff.schedule.holiday_by",
                                      {{"name", h.added_by}});
        row_label(frame, long_date(m, h.date), name,
                  ImGui::GetContentRegionAvail().x - remove_w - t.pad);
        ImGui::SameLine();
        if (touch_button(frame, {"schedule.remove_holiday." + h.date, m.tr("staff.schedule.remove"),
                                 ImVec2(remove_w, t.touch * (name.empty() ? 1.0f : 1.5f)),
                                 ButtonKind::Normal, Icon::Stop}))
            frame.emit(action::Open{{ScreenId::StaffScheduleEdit, "remove-holiday/" + h.date}});
    }
    if (touch_button(frame, {"schedule.add_holiday", m.tr("staff.schedule.add_holiday"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch), ButtonKind::Normal,
                             Icon::Lock}))
        frame.emit(action::Open{{ScreenId::StaffScheduleEdit, "add-holiday"}});
}

// --- the edit screen ---

StepperSpec time_stepper(const KioskModel& m, const std::string& id, int minutes) {
    StepperSpec s;
    s.id = id;
    s.value = hhmm(minutes);
    s.small = 15;
    s.big = 60;
    s.down_big_label = m.tr("staff.schedule.earlier_hour");
    s.down_label = m.tr("staff.schedule.earlier_quarter");
    s.up_label = m.tr("staff.schedule.later_quarter");
    s.up_big_label = m.tr("staff.schedule.later_hour");
    s.can_down = minutes > 0;
    s.can_up = minutes < 24 * 60 - 15;
    return s;
}

void from_stepper(UiFrame& frame, const ScheduleDraft& d, const std::string& title) {
    const KioskModel& m = frame.model;
    bold_line(frame, title);
    StepperSpec s;
    s.id = "schedule.from";
    s.value = long_date(m, d.from);
    s.small = 1;
    s.big = 7;
    s.down_big_label = m.tr("staff.schedule.earlier_week");
    s.down_label = m.tr("staff.schedule.earlier_day");
    s.up_label = m.tr("staff.schedule.later_day");
    s.up_big_label = m.tr("staff.schedule.later_week");
    s.can_down = d.from > d.first_from;
    s.can_up = d.from < d.last_from;
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
    const float type_w = 180.0f * t.scale;
    text_field_box(frame, d.place.text(), m.tr("staff.schedule.place_hint"),
                   ImGui::GetContentRegionAvail().x - type_w - t.pad);
    const ImRect field(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    register_tap(frame, "schedule.place", d.place.text(), field.Min, field.Max);
    if (ImGui::IsItemClicked())
        frame.state.schedule_keyboard = true;
    ImGui::SameLine();
    if (touch_button(frame, {"schedule.type_place", m.tr("staff.schedule.type"),
                             ImVec2(type_w, t.touch), ButtonKind::Normal, Icon::Keyboard}))
        frame.state.schedule_keyboard = true;
    bold_line(frame, m.tr("staff.schedule.capacity"));
    StepperSpec s;
    s.id = "schedule.capacity";
    s.value = std::to_string(d.capacity);
    s.small = 1;
    s.big = 5;
    s.down_big_label = "–5";
    s.down_label = "–1";
    s.up_label = "+1";
    s.up_big_label = "+5";
    s.can_down = d.capacity > 1;
    s.can_up = d.capacity < 100;
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

void staff_schedule_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const StaffScheduleView& v = m.staff_schedule();
    begin_page(frame, "page.staff_schedule");
    heading(frame, m.tr("staff.schedule.title"));
    if (!m.groups().available)
        callout(frame, Icon::Warning, m.tr("groups.unavailable"), t.danger);
    paragraph(frame, m.tr("staff.schedule.intro"), true);
    // A saved change is confirmed under the header of what it changed, where staff look.
    const auto message = [&](const std::string& section) {
        if (!v.message_key.empty() && v.message_section == section)
            callout(frame, Icon::Check,
                    m.catalog().format(m.language(), v.message_key,
                                       {{"count", std::to_string(v.message_count)}}),
                    t.risk[0]);
    };
    // One section per group and one for the holidays, so the page stays short.
    for (const auto& g : v.groups) {
        const bool open =
            section_header(frame, "schedule.section." + g.id, group_title(m, g), false);
        message(g.id);
        if (open)
            group_card(frame, g, v.today);
    }
    const bool open = section_header(
        frame, "schedule.section.holidays",
        m.tr("staff.schedule.holidays") + "  ·  " + std::to_string(v.holidays.size()), false);
    message("holidays");
    if (open)
        holidays(frame, v);
    end_page(frame);
}

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
    if (d.confirming) {
        confirmation(frame, d);
    } else {
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
