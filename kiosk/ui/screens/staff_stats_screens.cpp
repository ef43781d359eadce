// Staff: a member code's progress (sessions attended per group, so a leader sees who is
// ready for the next step), and a group's attendance per week as a bar chart drawn with
// ImGui's draw list — numbers and a legend in words, never colour alone.
#include "screens.hpp"

#include "group_format.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field_box.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

void staff_progress_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.staff_progress", keyboard_height(frame));
    heading(frame, m.tr("staff.progress"));
    if (field_with_button(frame, display_code(m.staff_code().text()), m.tr("signup.code_hint"),
                          "staff.progress_look_up", m.tr("signup.look_up"), Icon::Search))
        frame.emit(action::LookUpProgress{});
    const StaffProgressView& p = m.staff_progress();
    if (p.looked_up && !p.known)
        callout(frame, Icon::Warning, m.tr("signup.unknown_code"), t.danger);
    if (p.known) {
        bold_line(frame, display_code(p.code));
        if (p.attended.empty())
            paragraph(frame, m.tr("staff.no_attendance"), true);
        for (const auto& [group, count] : p.attended)
            paragraph(frame, m.catalog().format(m.language(), "staff.attended",
                                                {{"group", group_name(m, group)},
                                                 {"count", std::to_string(count)}}));
    }
    end_page(frame);
    ImGui::SetCursorPosX(t.pad);
    onscreen_keyboard(frame);
}

void staff_stats_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const StaffStatsView& v = m.staff_stats();
    begin_page(frame, "page.staff_stats");
    heading(frame, group_name(m, v.group_id));
    bold_line(frame, m.tr("staff.per_week"));
    // Legend: a swatch and the word, plus hatching on no-shows so it is not colour alone.
    const ImU32 present_col = t.risk[0], noshow_col = t.danger;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImDrawList* d = window->DrawList;
    const float width = ImGui::GetContentRegionAvail().x - 10.0f * t.scale;
    const float chart_h = 220.0f * t.scale;
    const ImVec2 at = window->DC.CursorPos;
    int top = 1;
    for (const auto& w : v.weeks)
        top = std::max(top, w.present + w.no_shows);
    const float base = at.y + chart_h - t.small_px * 1.6f;
    const float scale_y = (chart_h - t.small_px * 3.5f) / static_cast<float>(top);
    const std::size_t n = std::max<std::size_t>(v.weeks.size(), 1);
    const float slot = width / static_cast<float>(n);
    d->AddLine(ImVec2(at.x, base), ImVec2(at.x + width, base), t.border, 2.0f);
    for (std::size_t i = 0; i < v.weeks.size(); ++i) {
        const WeekBar& w = v.weeks[i];
        const float x0 = at.x + slot * static_cast<float>(i) + slot * 0.2f;
        const float x1 = x0 + slot * 0.6f;
        const float present_top = base - w.present * scale_y;
        const float noshow_top = present_top - w.no_shows * scale_y;
        d->AddRectFilled(ImVec2(x0, present_top), ImVec2(x1, base), present_col);
        d->AddRectFilled(ImVec2(x0, noshow_top), ImVec2(x1, present_top), noshow_col);
        for (float y = noshow_top + 6; y < present_top; y += 8) // hatching
            d->AddLine(ImVec2(x0, y), ImVec2(x1, y - 6), t.danger_text, 1.5f);
        const std::string label =
            std::to_string(w.present) + "/" + std::to_string(w.present + w.no_shows);
        draw_text(d, frame.fonts.small, t.small_px, ImVec2(x0, noshow_top - t.small_px * 1.2f),
                  t.text, label, 0);
        const std::string week =
            w.monday.size() == 10 ? w.monday.substr(8, 2) + "-" + w.monday.substr(5, 2) : w.monday;
        draw_text(d, frame.fonts.small, t.small_px, ImVec2(x0, base + 4), t.text_muted, week, 0);
    }
    ImGui::Dummy(ImVec2(width, chart_h));
    const float sw = t.small_px;
    const ImVec2 l = window->DC.CursorPos;
    d->AddRectFilled(l, ImVec2(l.x + sw, l.y + sw), present_col);
    draw_text(d, frame.fonts.small, t.small_px, ImVec2(l.x + sw * 1.4f, l.y), t.text,
              m.tr("staff.legend_present"), 0);
    const float x2 = l.x + width * 0.5f;
    d->AddRectFilled(ImVec2(x2, l.y), ImVec2(x2 + sw, l.y + sw), noshow_col);
    d->AddLine(ImVec2(x2, l.y + sw), ImVec2(x2 + sw, l.y), t.danger_text, 1.5f);
    draw_text(d, frame.fonts.small, t.small_px, ImVec2(x2 + sw * 1.4f, l.y), t.text,
              m.tr("staff.legend_no_show"), 0);
    ImGui::Dummy(ImVec2(width, sw * 1.5f));
    int booked = 0, noshow = 0;
    for (const auto& w : v.weeks) {
        booked += w.present + w.no_shows;
        noshow += w.no_shows;
    }
    if (booked > 0)
        paragraph(frame, m.catalog().format(m.language(), "staff.no_show_rate",
                                            {{"percent", std::to_string(noshow * 100 / booked)}}));
    else
        paragraph(frame, m.tr("staff.no_attendance"), true);
    end_page(frame);
}

} // namespace kiosk::ui
