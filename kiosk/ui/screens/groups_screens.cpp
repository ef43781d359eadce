// Groups for visitors: the four-step track as a diagram, a step's upcoming sessions, and
// one session with what to expect and a Sign up button.
#include "screens.hpp"

#include "core/topic_ids.hpp"
#include "group_format.hpp"
#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {

// The steps as tiles joined by arrows: in a row on wide screens, a column on narrow ones.
void step_diagram(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    const auto& steps = group_step_ids();
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool row = avail > 700.0f * t.scale;
    const float arrow = row ? 26.0f * t.scale : 0.0f;
    const float w = row ? (avail - arrow * 3 - t.pad * 6) / 4 : avail;
    const float h = row ? 96.0f * t.scale : 96.0f * t.scale;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::string key = "groups.step." + steps[i];
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
        if (touch_button(frame, {"groups.step." + steps[i], m.tr(key + "_title"), ImVec2(w, h),
                                 row ? ButtonKind::Normal : ButtonKind::Tile,
                                 row ? Icon::None : Icon::Groups, row ? "" : m.tr(key + "_text")}))
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
