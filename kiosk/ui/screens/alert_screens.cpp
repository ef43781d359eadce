// Drug alerts on screen: the banner of a red alert (home and the substance pages it
// concerns; a tap opens the Alerts screen), the button to the alerts when only warnings or
// notices are current, and the Alerts screen itself: every current alert, red first, its
// level in words and an icon (never colour alone), its lines, source and dates, the
// substances it is about, and where to get drugs tested.
#include "screens.hpp"

#include "group_format.hpp"
#include "ui/text/mirror.hpp"
#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

Icon level_icon(content::AlertLevel level) {
    return level == content::AlertLevel::Notice ? Icon::Info : Icon::Warning;
}

ImU32 level_colour(const Theme& t, content::AlertLevel level) {
    return level == content::AlertLevel::Notice ? t.primary : t.danger;
}

std::string level_word(const KioskModel& m, content::AlertLevel level) {
    return m.tr(std::string("alerts.level.") + content::alert_level_name(level));
}

// The substances an alert is about, by their names in the visitor's language.
std::string substance_names(const KioskModel& m, const content::Alert& a) {
    std::string names;
    for (const auto& id : a.substances) {
        const content::Substance* s = m.content() ? m.content()->substance(id) : nullptr;
        const content::SubstanceText* text = s ? m.localized(s->text, id) : nullptr;
        names += (names.empty() ? "" : ", ") + (text ? text->name : id);
    }
    return names;
}

// The alert's picture (the pill, the package) under its title, at most a quarter of the
// screen high, never mirrored: a logo on a pill reads one way only. Words only without it.
void alert_picture(UiFrame& frame, const content::Alert& a) {
    if (a.picture_file.empty() || !frame.pictures)
        return;
    const ShownPicture shown = frame.pictures->picture(a.picture_file);
    if (!shown.texture || shown.width <= 0 || shown.height <= 0)
        return;
    const float max_w = ImGui::GetContentRegionAvail().x * 0.6f;
    const float max_h = std::max(frame.theme.touch * 2.5f, ImGui::GetIO().DisplaySize.y * 0.25f);
    const float scale =
        std::min(max_w / static_cast<float>(shown.width), max_h / static_cast<float>(shown.height));
    const ImVec2 size(static_cast<float>(shown.width) * scale,
                      static_cast<float>(shown.height) * scale);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int first_vertex = draw->VtxBuffer.Size;
    draw->AddImage(shown.texture, at, ImVec2(at.x + size.x, at.y + size.y));
    text::keep_unmirrored(draw, first_vertex, at.x, at.x + size.x);
    draw->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), frame.theme.border, 0.0f, 0,
                  std::max(1.0f, frame.theme.scale));
    ImGui::Dummy(size);
    ImGui::Dummy(ImVec2(1, frame.theme.pad * 0.5f));
}

void alert_block(UiFrame& frame, const content::Alert& a) {
    const KioskModel& m = frame.model;
    const Catalog& c = m.catalog();
    const std::string& lang = m.language();
    // A fallback is said first; then the level in words and the title, beside its icon.
    const content::AlertText* text = passage(frame, a.text, "alert:" + a.id);
    callout(frame, level_icon(a.level), level_word(m, a.level) + "\n" + (text ? text->title : a.id),
            level_colour(frame.theme, a.level));
    alert_picture(frame, a);
    if (text)
        bullet_lines(frame, text->text);
    if (!a.substances.empty())
        paragraph(frame, c.format(lang, "alerts.about", {{"names", substance_names(m, a)}}));
    paragraph(frame, c.format(lang, "alerts.source", {{"source", a.source}}), true);
    paragraph(frame,
              c.format(lang, "alerts.dates",
                       {{"issued", long_date(m, a.issued)}, {"expires", long_date(m, a.expires)}}),
              true);
    ImGui::Dummy(ImVec2(1, frame.theme.pad));
}

} // namespace

bool alert_banner(UiFrame& frame, const content::Alert& alert, const std::string& id) {
    const KioskModel& m = frame.model;
    const content::AlertText* text = m.localized(alert.text, "alert:" + alert.id);
    const std::string label = m.catalog().format(
        m.language(), "alerts.banner",
        {{"level", level_word(m, alert.level)}, {"title", text ? text->title : alert.id}});
    if (!touch_button(frame,
                      {id, label, ImVec2(ImGui::GetContentRegionAvail().x, frame.theme.touch),
                       ButtonKind::Danger, Icon::Warning}))
        return false;
    frame.emit(action::Open{{ScreenId::Alerts, ""}});
    return true;
}

void home_alerts(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const auto alerts = m.current_alerts();
    if (alerts.empty())
        return;
    if (alerts.front()->level == content::AlertLevel::Red) {
        alert_banner(frame, *alerts.front(), "home.alert");
        return;
    }
    if (touch_button(frame, {"home.alerts",
                             m.catalog().format(m.language(), "alerts.home_button",
                                                {{"count", std::to_string(alerts.size())}}),
                             ImVec2(ImGui::GetContentRegionAvail().x, frame.theme.touch),
                             ButtonKind::Normal, Icon::Warning}))
        frame.emit(action::Open{{ScreenId::Alerts, ""}});
}

void alerts_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    begin_page(frame, "page.alerts");
    heading(frame, m.tr("alerts.title"));
    const auto alerts = m.current_alerts();
    if (alerts.empty())
        paragraph(frame, m.tr("alerts.none"));
    for (const content::Alert* a : alerts)
        alert_block(frame, *a);
    bold_line(frame, m.tr("alerts.advice"));
    if (touch_button(frame, {"alerts.drug_checking", m.tr("info.topic.drug_checking"),
                             ImVec2(ImGui::GetContentRegionAvail().x, frame.theme.touch),
                             ButtonKind::Normal, Icon::Flask}))
        frame.emit(action::Open{place_for_topic(m, "drug_checking")});
    report_button(frame, "alerts.report");
    end_page(frame);
}

} // namespace kiosk::ui
