// Groups for visitors: the four-step track as a diagram, a step's upcoming sessions, and
// one session with what to expect and a Sign up button.
#include "screens.hpp"

#include "core/topic_ids.hpp"
#include "group_format.hpp"
#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

namespace kiosk::ui {

namespace {

// The steps as tiles joined by arrows: in a row on wide screens, a column on narrow ones.
void step_diagram(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    const auto& steps = group_step_ids();
    const float avail = ImGui::GetContentRegionAvail().x;
    // In a row only where every title's longest word fits its quarter at body size.
    float widest_word = 0;
    for (const auto& step : steps)
        widest_word = std::max(widest_word, longest_word(frame.fonts.bold, t.body_px,
                                                         m.tr("groups.step." + step + "_title")));
    const float row_arrow = 26.0f * t.scale;
    const float quarter = (avail - row_arrow * 3 - t.pad * 6) / 4;
    const bool row = avail > 700.0f * t.scale && widest_word + t.pad * 1.6f + 2.0f <= quarter;
    const float arrow = row ? row_arrow : 0.0f;
    const float w = row ? quarter : avail;
    const auto spec_of = [&](const std::string& step, float height) {
        const std::string key = "groups.step." + step;
        return ButtonSpec(key, m.tr(key + "_title"), ImVec2(w, height),
                          row ? ButtonKind::Normal : ButtonKind::Tile,
                          row ? Icon::None : Icon::Groups, row ? "" : m.tr(key + "_text"));
    };
    float h = 96.0f * t.scale; // in a row, all as tall as the tallest
    if (row)
        for (const auto& step : steps)
            h = std::max(h, button_height(frame, spec_of(step, h)));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (row && i > 0) {
            ImGui::SameLine();
            ImGuiWindow* window = ImGui::GetCurrentWindow();
            const ImVec2 p = window->DC.CursorPos;

            draw_icon(window->DrawList, Icon::ChevronRight,
                      ImVec2(p.x + arrow * 0.5f, p.y + h * 0.5f), arrow, t.text_muted);
            ImGui::Dummy(ImVec2(arrow, h));
            ImGui::SameLine();
        }
        // Title only: what each step means is on its own page, one tap away.
        if (touch_button(frame, spec_of(steps[i], h)))
            frame.emit(action::Open{{ScreenId::GroupType, steps[i]}});
        if (!row && i + 1 < steps.size()) {
            ImGuiWindow* window = ImGui::GetCurrentWindow();
            const ImVec2 p = window->DC.CursorPos;
            draw_icon(window->DrawList, Icon::ChevronDown,
                      ImVec2(p.x + w * 0.5f, p.y + 6 * t.scale), 16.0f * t.scale, t.text_muted);
        }
    }
}

} // namespace

void groups_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.groups");
    heading(frame, m.tr("groups.title"));
    paragraph(frame, m.tr("groups.intro"));
    const bool clock_unknown = m.groups().clock_unknown;
    if (clock_unknown)
        callout(frame, Icon::Clock, m.tr("staff.device.groups_clock_wait"), t.danger);
    else if (!m.groups().available)
        callout(frame, Icon::Warning, m.tr("groups.unavailable"), t.danger);
    paragraph(frame, m.tr("groups.choose_step"), true);
    step_diagram(frame);
    ImGui::BeginDisabled(clock_unknown); // both would record a time
    if (touch_button(frame, {"groups.cancel", m.tr("groups.cancel"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch), ButtonKind::Normal,
                             Icon::Stop}))
        frame.emit(action::Open{{ScreenId::CancelSignup, ""}});
    if (touch_button(frame, {"groups.interest", m.tr("interest.title"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch), ButtonKind::Normal,
                             Icon::Groups}))
        frame.emit(action::Open{{ScreenId::Interest, ""}});
    ImGui::EndDisabled();
    end_page(frame);
}

void group_type_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const std::string& type = m.place().topic;
    begin_page(frame, "page.group_type");
    heading(frame, m.tr("groups.step." + type + "_title"));
    paragraph(frame, m.tr("groups.step." + type + "_text"));
    callout(frame, Icon::Info, m.tr("groups.expect." + type), t.primary);
    bold_line(frame, m.tr("groups.upcoming"));
    const float w = ImGui::GetContentRegionAvail().x;
    bool any = false;
    for (const auto& s : m.groups().sessions) {
        if (s.type != type || s.ended)
            continue; // today's ended sessions are listed for staff only
        any = true;
        std::string detail = s.place + "  ·  ";
        if (s.cancelled)
            detail += m.tr("groups.cancelled");
        else if (s.full())
            detail += m.tr("groups.full");
        else
            detail += m.catalog().format(m.language(), "groups.places_left",
                                         {{"count", std::to_string(s.capacity - s.booked)}});
        ImGui::BeginDisabled(s.cancelled);
        if (touch_button(frame, {"session." + s.id,
                                 session_when(m, s) + "  ·  " + group_name(m, s.group_id),
                                 ImVec2(w, t.touch * 1.5f), ButtonKind::Tile,
                                 s.cancelled ? Icon::Stop : Icon::Clock, detail}))
            frame.emit(action::Open{{ScreenId::GroupSession, s.id}});
        ImGui::EndDisabled();
    }
    if (m.groups().clock_unknown)
        callout(frame, Icon::Clock, m.tr("staff.device.groups_clock_wait"), t.danger);
    else if (!any)
        paragraph(frame, m.tr("groups.no_sessions"), true);
    end_page(frame);
}

void group_session_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.group_session");
    const SessionRow* s = m.groups().session(m.place().topic);
    if (!s || s->ended) {
        callout(frame, Icon::Warning, m.tr("signup.session_gone"), t.danger);
        end_page(frame);
        return;
    }
    heading(frame, group_name(m, s->group_id));
    bold_line(frame, session_when(m, *s));
    paragraph(frame, m.catalog().format(m.language(), "groups.where", {{"place", s->place}}));
    // The leader line only in the visitor's own language (it is optional).
    if (const GroupInfo* g = m.groups().group(s->group_id))
        if (const auto it = g->leader.find(m.language()); it != g->leader.end())
            if (const std::string* leader = &it->second)
                paragraph(frame,
                          m.catalog().format(m.language(), "groups.led_by", {{"leader", *leader}}));
    paragraph(frame, m.tr("groups.expect." + s->type));
    if (s->cancelled) {
        callout(frame, Icon::Stop, m.tr("groups.cancelled"), t.danger);
    } else {
        if (s->full())
            callout(frame, Icon::Clock, m.tr("groups.full"), t.primary);
        if (touch_button(frame, {"groups.sign_up", m.tr("groups.sign_up"),
                                 ImVec2(ImGui::GetContentRegionAvail().x, t.touch * 1.2f),
                                 ButtonKind::Primary, Icon::Check}))
            frame.emit(action::StartSignup{s->id});
    }
    end_page(frame);
}

} // namespace kiosk::ui
