// Staff entry (PIN pad with lock-out countdown) and the staff page: who is signed in,
// messages staff must see (e.g. a database that was moved aside), and the kiosk's status.
#include "screens.hpp"

#include "ui/widgets/pin_pad.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace kiosk::ui {

namespace {

// At the top of the staff page: the clock while it cannot be trusted (with a way for
// staff to vouch for it), and what went wrong switching the screen.
void device_alerts(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const DeviceStatus& d = m.device();
    if (!d.clock_trusted) {
        callout(frame, Icon::Clock,
                m.tr("staff.device.clock_unsynced") + "\n" +
                    m.catalog().format(m.language(), "staff.device.clock_now",
                                       {{"time", d.clock_text}}) +
                    "\n" +
                    m.tr(d.clock_before_build ? "staff.device.clock_before_build"
                                              : "staff.device.clock_wait"),
                t.danger);
        if (!d.clock_before_build &&
            touch_button(frame, {"staff.clock_confirm", m.tr("staff.device.clock_confirm"),
                                 ImVec2(ImGui::GetContentRegionAvail().x, t.touch),
                                 ButtonKind::Normal, Icon::Check}))
            frame.emit(action::ConfirmClock{});
    }
    for (const auto& problem : d.problems)
        callout(
            frame, Icon::Warning,
            m.catalog().format(m.language(), "staff.device.screen_problem", {{"detail", problem}}),
            t.danger);
}

} // namespace

void staff_pin_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    begin_page(frame, "page.staff_pin");
    heading(frame, m.tr("staff.pin_title"));
    const bool no_pins = m.config().staff_pins.empty();
    const bool locked = m.lockout().locked(frame.now);
    if (no_pins)
        callout(frame, Icon::Warning, m.tr("staff.pin_none"), frame.theme.danger);
    else if (locked)
        callout(
            frame, Icon::Clock,
            m.catalog().format(m.language(), "staff.pin_locked",
                               {{"seconds", std::to_string(m.lockout().seconds_left(frame.now))}}),
            frame.theme.danger);
    else if (m.pin_checking())
        callout(frame, Icon::Clock, m.tr("staff.pin_checking"), frame.theme.primary);
    else if (m.pin_was_wrong())
        callout(frame, Icon::Warning, m.tr("staff.pin_wrong"), frame.theme.danger);
    else
        paragraph(frame, m.tr("staff.pin_hint"));
    // While the PIN is checked (off the UI thread) the pad waits, its dots stay filled.
    pin_pad(frame, !no_pins && !locked && !m.pin_checking());
    end_page(frame);
}

void staff_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const Catalog& c = m.catalog();
    const std::string& lang = m.language();
    begin_page(frame, "page.staff");
    heading(frame, m.tr("staff.title"));
    if (m.staff_user())
        paragraph(frame,
                  c.format(lang, "staff.signed_in",
                           {{"name", m.staff_user()->name}, {"role", m.staff_user()->role}}));
    device_alerts(frame);
    if (touch_button(frame, {"staff.groups", m.tr("staff.groups"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch * 1.2f),
                             ButtonKind::Primary, Icon::Groups}))
        frame.emit(action::Open{{ScreenId::StaffGroups, ""}});
    const SyncStatusView& sync = m.sync_status();
    const bool sync_trouble =
        !sync.problem.empty() || sync.quarantined > 0 || sync.pressure != "ok";
    if (touch_button(frame, {"staff.sync", m.tr("staff.sync.open"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch * 1.2f),
                             sync_trouble ? ButtonKind::Danger : ButtonKind::Normal,
                             sync_trouble ? Icon::Warning : Icon::Clock}))
        frame.emit(action::Open{{ScreenId::StaffSync, ""}});
    bold_line(frame, m.tr("staff.notices"));
    if (m.notices().empty())
        paragraph(frame, m.tr("staff.no_notices"), true);
    for (const auto& notice : m.notices()) {
        callout(frame, Icon::Warning, notice.created_at + "  " + notice.detail, t.danger);
        if (touch_button(frame,
                         {"staff.ack." + std::to_string(notice.id), m.tr("staff.acknowledge"),
                          ImVec2(260.0f * t.scale, t.touch), ButtonKind::Normal, Icon::Check}))
            frame.emit(action::AcknowledgeNotice{notice.id});
    }
    if (touch_button(frame, {"staff.report", m.tr("report.staff_open"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch), ButtonKind::Normal,
                             Icon::Pill}))
        frame.emit(action::Open{{ScreenId::StaffReport, ""}});
    bold_line(frame, m.tr("staff.status"));
    const KioskStatus& s = m.status();
    if (!s.storage_ok)
        callout(frame, Icon::Warning, m.tr("staff.storage_broken"), t.danger);
    for (const auto& problem : s.content_problems)
        callout(frame, Icon::Warning, problem, t.danger);
    paragraph(frame, c.format(lang, "staff.kiosk_id", {{"id", m.config().kiosk_id}}));
    paragraph(frame, c.format(lang, "staff.location", {{"name", m.config().location_name}}));
    paragraph(frame, c.format(lang, "staff.version", {{"version", s.version}}));
    if (!m.device().screen_switch.empty())
        paragraph(frame, c.format(lang, "staff.device.screen_switch",
                                  {{"how", m.device().screen_switch}}));
    paragraph(frame, c.format(lang, "staff.database", {{"path", s.database_path}}));
    paragraph(frame, c.format(lang, "staff.queued", {{"count", std::to_string(s.events_queued)}}));
    paragraph(frame, c.format(lang, "staff.missing_texts",
                              {{"count", std::to_string(c.fallbacks_used().size())}}));
    speech_status(frame);
    const bool speech_trouble =
        frame.speech && frame.speech->enabled && !frame.speech->problem.empty();
    if (touch_button(frame, {"staff.speech", m.tr("staff.speech.title"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch),
                             speech_trouble ? ButtonKind::Danger : ButtonKind::Normal,
                             speech_trouble ? Icon::Warning : Icon::Speaker}))
        frame.emit(action::Open{{ScreenId::StaffSpeech, ""}});
    if (const auto* pack = m.content()) {
        paragraph(frame, c.format(lang, "staff.content_pack",
                                  {{"id", pack->info.id},
                                   {"version", std::to_string(pack->info.version)}}));
        paragraph(frame, c.format(lang, "staff.content_unreviewed",
                                  {{"count", std::to_string(pack->unreviewed_count())},
                                   {"total", std::to_string(pack->items().size())}}));
        paragraph(frame, c.format(lang, "staff.content_fallbacks",
                                  {{"count", std::to_string(m.content_fallbacks().size())}}));
    }
    end_page(frame);
}

} // namespace kiosk::ui
