// Staff: the schedule — per group its weekly times, place and number of places, and the
// holidays — each in a section that opens with a tap, with buttons to change, remove or add.
#include "screens.hpp"

#include "group_format.hpp"
#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

namespace {

// "experience/1/14:00/2026-12-01": a slot as the edit screen's topic names it.
std::string slot_topic(const std::string& group_id, const ScheduleSlotRow& s,
                       const std::string& today) {
    return group_id + "/" + std::to_string(s.weekday) + "/" + clock_text(s.start_min) + "/" +
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
                     text, TextAlign::Start);
    if (!detail.empty())
        draw_fitted_text(window->DrawList, frame.fonts.small, t.small_px, t.small_px * 0.8f,
                         ImVec2(p.x, text_max.y), ImVec2(p.x + width, p.y + h), t.text_muted,
                         detail, TextAlign::Start);
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
                 " " + clock_text(s.start_min);
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
        if (v.message_key.empty() || v.message_section != section)
            return;
        const float top = ImGui::GetCursorPosY();
        callout(frame, Icon::Check,
                m.catalog().format(m.language(), v.message_key,
                                   {{"count", std::to_string(v.message_count)}}),
                t.risk[0]);
        // Once, so staff see it wherever the page was: it, with its header just above.
        if (frame.state.schedule_message_seen != v.message_id) {
            frame.state.schedule_message_seen = v.message_id;
            ImGui::SetScrollY(std::max(0.0f, top - t.touch - t.pad * 2));
        }
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
} // namespace kiosk::ui
