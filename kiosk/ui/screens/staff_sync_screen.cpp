// Staff: uploads to the organisation's server — how many records wait and since when, when
// the last one got through, what went wrong last in plain words, when the kiosk tries again,
// the events the server refused, the content bundle, and a "send now" button.
#include "screens.hpp"

#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace kiosk::ui {

namespace {

// "5 minutes", "3 hours", "2 days" in the staff member's language. A past moment under a
// minute ago reads "less than a minute" rather than a count that changes every second.
std::string span_text(const KioskModel& m, std::int64_t seconds, bool past = true) {
    seconds = std::max<std::int64_t>(0, seconds);
    if (past && seconds < 60)
        return m.tr("staff.sync.under_a_minute");
    const char* key = "staff.sync.seconds";
    std::int64_t n = seconds;
    if (seconds >= 2 * 86400) {
        key = "staff.sync.days";
        n = seconds / 86400;
    } else if (seconds >= 2 * 3600) {
        key = "staff.sync.hours";
        n = seconds / 3600;
    } else if (seconds >= 120) {
        key = "staff.sync.minutes";
        n = seconds / 60;
    }
    return m.catalog().format(m.language(), key, {{"n", std::to_string(n)}});
}

void problem_callout(UiFrame& frame, const SyncStatusView& s) {
    const KioskModel& m = frame.model;
    if (s.problem.empty())
        return;
    std::string text = m.tr("staff.sync.problem_" + s.problem);
    if (s.problem_unix)
        text += "\n" + m.catalog().format(m.language(), "staff.sync.since",
                                          {{"age", span_text(m, s.now_unix - *s.problem_unix)}});
    callout(frame, Icon::Warning, text, frame.theme.danger);
    if (!s.problem_detail.empty())
        paragraph(
            frame,
            m.catalog().format(m.language(), "staff.sync.detail", {{"detail", s.problem_detail}}),
            true);
}

void pressure_callout(UiFrame& frame, const SyncStatusView& s) {
    const KioskModel& m = frame.model;
    if (s.pressure == "ok" || s.outbox_cap_bytes <= 0)
        return;
    const auto percent = std::to_string(s.outbox_bytes * 100 / s.outbox_cap_bytes);
    const char* key = s.pressure == "full" ? "staff.sync.outbox_full" : "staff.sync.outbox_near";
    callout(frame, Icon::Warning, m.catalog().format(m.language(), key, {{"percent", percent}}),
            s.pressure == "full" ? frame.theme.danger : frame.theme.risk[1]);
}

void quarantine_list(UiFrame& frame, const SyncStatusView& s) {
    const KioskModel& m = frame.model;
    if (s.quarantined == 0)
        return;
    bold_line(frame, m.catalog().format(m.language(), "staff.sync.refused",
                                        {{"count", std::to_string(s.quarantined)}}));
    paragraph(frame, m.tr("staff.sync.refused_what"));
    for (const auto& q : s.quarantined_events)
        callout(frame, Icon::Stop, q.type + "  " + q.occurred_at + "\n" + q.reason,
                frame.theme.border);
}

void bundle_lines(UiFrame& frame, const SyncStatusView& s) {
    const KioskModel& m = frame.model;
    const Catalog& c = m.catalog();
    bold_line(frame, m.tr("staff.sync.bundle_title"));
    paragraph(frame, s.bundle_version ? c.format(m.language(), "staff.sync.bundle_version",
                                                 {{"version", std::to_string(*s.bundle_version)}})
                                      : m.tr("staff.sync.bundle_none"));
    if (s.bundle_checked_unix)
        paragraph(frame,
                  c.format(m.language(), "staff.sync.bundle_checked",
                           {{"age", span_text(m, s.now_unix - *s.bundle_checked_unix)}}),
                  true);
    if (!s.bundle_problem.empty())
        callout(frame, Icon::Warning,
                c.format(m.language(), "staff.sync.bundle_refused", {{"reason", s.bundle_problem}}),
                frame.theme.danger);
    if (!s.bundle_message.empty())
        paragraph(frame, c.format(m.language(), "staff.sync.rollback_result",
                                  {{"message", s.bundle_message}}));
    // From a bundle back to what was before it; from the built-in content forward again.
    const std::string switch_label =
        s.bundle_version ? m.tr("staff.sync.roll_back")
                         : c.format(m.language(), "staff.sync.roll_forward",
                                    {{"version", std::to_string(s.bundle_previous.value_or(0))}});
    if (s.bundle_can_roll_back &&
        touch_button(frame, {"staff.sync.roll_back", switch_label,
                             ImVec2(ImGui::GetContentRegionAvail().x, frame.theme.touch),
                             ButtonKind::Normal, Icon::Back}))
        frame.emit(action::RollBackBundle{});
}

// The console's alert channel, when this kiosk takes it: what is in use, and a refusal.
void alert_channel_lines(UiFrame& frame, const SyncStatusView& s) {
    const KioskModel& m = frame.model;
    const Catalog& c = m.catalog();
    if (!s.alerts_configured)
        return;
    paragraph(frame, s.alerts_version ? c.format(m.language(), "staff.sync.alerts_version",
                                                 {{"version", std::to_string(*s.alerts_version)}})
                                      : m.tr("staff.sync.alerts_none"));
    if (!s.alerts_problem.empty())
        callout(frame, Icon::Warning,
                c.format(m.language(), "staff.sync.alerts_refused", {{"reason", s.alerts_problem}}),
                frame.theme.danger);
}

} // namespace

void staff_sync_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const Catalog& c = m.catalog();
    const std::string& lang = m.language();
    const SyncStatusView& s = m.sync_status();
    begin_page(frame, "page.staff_sync");
    heading(frame, m.tr("staff.sync.title"));
    if (!s.configured) {
        callout(frame, Icon::Info, m.tr("staff.sync.not_configured"), t.border);
        end_page(frame);
        return;
    }
    paragraph(frame, c.format(lang, "staff.sync.server", {{"server", s.server}}), true);
    if (s.waiting == 0 && !s.last_success_unix)
        callout(frame, Icon::Check, m.tr("staff.sync.nothing_yet"), t.risk[0]);
    else if (s.waiting == 0)
        callout(frame, Icon::Check, m.tr("staff.sync.all_sent"), t.risk[0]);
    else
        bold_line(frame,
                  c.format(lang, "staff.sync.waiting", {{"count", std::to_string(s.waiting)}}));
    if (s.oldest_waiting_unix && s.waiting > 0)
        paragraph(frame, c.format(lang, "staff.sync.oldest",
                                  {{"age", span_text(m, s.now_unix - *s.oldest_waiting_unix)}}));
    if (s.last_success_unix)
        paragraph(frame, c.format(lang, "staff.sync.last_success",
                                  {{"age", span_text(m, s.now_unix - *s.last_success_unix)}}));
    else if (s.waiting > 0)
        paragraph(frame, m.tr("staff.sync.never_sent"));
    problem_callout(frame, s);
    if (s.sending)
        paragraph(frame, m.tr("staff.sync.sending"));
    else if (s.next_attempt_unix && s.waiting > 0)
        paragraph(frame,
                  c.format(lang, "staff.sync.next_attempt",
                           {{"age", span_text(m, *s.next_attempt_unix - s.now_unix, false)}}));
    if (touch_button(frame, {"staff.sync.send_now", m.tr("staff.sync.send_now"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch * 1.2f),
                             ButtonKind::Primary}))
        frame.emit(action::SendNow{});
    pressure_callout(frame, s);
    quarantine_list(frame, s);
    bundle_lines(frame, s);
    alert_channel_lines(frame, s);
    end_page(frame);
}

} // namespace kiosk::ui
