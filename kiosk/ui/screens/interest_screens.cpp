// "Become a peer field worker": languages spoken and times available as toggles, then a
// consent step that says what is kept and for how long, then — only if wanted — a phone
// number or e-mail address. Nothing is stored before the visitor agrees.
#include "screens.hpp"

#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field_box.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

bool has(const std::vector<std::string>& list, const std::string& v) {
    return std::find(list.begin(), list.end(), v) != list.end();
}

void toggles(UiFrame& frame, const std::string& kind,
             const std::vector<std::pair<std::string, std::string>>& options,
             const std::vector<std::string>& chosen) {
    const Theme& t = frame.theme;
    const int columns = columns_that_fit(frame, 170.0f * t.scale);
    const float w = column_width(frame, columns);
    int i = 0;
    for (const auto& [value, label] : options) {
        if (i++ % columns != 0)
            ImGui::SameLine();
        const bool on = has(chosen, value);
        if (touch_button(frame, {"interest." + kind + "." + value, label, ImVec2(w, t.touch),
                                 on ? ButtonKind::Selected : ButtonKind::Normal,
                                 on ? Icon::Check : Icon::None}))
            frame.emit(action::ToggleInterest{kind, value});
    }
}

} // namespace

void interest_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.interest");
    heading(frame, m.tr("interest.title"));
    paragraph(frame, m.tr("interest.what"));
    bold_line(frame, m.tr("interest.languages"));
    std::vector<std::pair<std::string, std::string>> languages;
    for (const auto& lang : m.catalog().languages())
        languages.emplace_back(lang.code, lang.native_name);
    languages.emplace_back("other", m.tr("interest.other_language"));
    toggles(frame, "language", languages, m.interest().languages);
    bold_line(frame, m.tr("interest.when"));
    std::vector<std::pair<std::string, std::string>> times;
    for (const char* slot : {"mornings", "afternoons", "evenings", "weekends"})
        times.emplace_back(slot, m.tr(std::string("interest.time.") + slot));
    toggles(frame, "time", times, m.interest().availability);
    const bool ready = !m.interest().languages.empty() && !m.interest().availability.empty();
    ImGui::BeginDisabled(!ready);
    if (touch_button(frame, {"interest.continue", m.tr("interest.continue"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch * 1.2f),
                             ButtonKind::Primary, Icon::Check}))
        frame.emit(action::Open{{ScreenId::InterestConsent, ""}});
    ImGui::EndDisabled();
    end_page(frame);
}

void interest_consent_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.interest_consent");
    heading(frame, m.tr("interest.consent_title"));
    const std::string how_long =
        m.catalog().format(m.language(), "interest.consent_how_long",
                           {{"days", std::to_string(m.config().retention_interest_days)}});
    bullet_lines(frame, {m.tr("interest.consent_kept"), how_long, m.tr("interest.consent_who"),
                         m.tr("interest.consent_contact")});
    const float w = ImGui::GetContentRegionAvail().x;
    if (touch_button(frame, {"interest.agree_contact", m.tr("interest.agree_contact"),
                             ImVec2(w, t.touch * 1.2f), ButtonKind::Primary, Icon::Check}))
        frame.emit(action::Open{{ScreenId::InterestContact, ""}});
    if (touch_button(frame, {"interest.agree_no_contact", m.tr("interest.agree_no_contact"),
                             ImVec2(w, t.touch * 1.2f), ButtonKind::Normal, Icon::Check}))
        frame.emit(action::SubmitInterest{false});
    if (touch_button(frame, {"interest.no", m.tr("consent.no"), ImVec2(w, t.touch),
                             ButtonKind::Normal, Icon::Back}))
        frame.emit(action::Home{});
    end_page(frame);
}

void interest_contact_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.interest_contact", keyboard_height(frame));
    bold_line(frame, m.tr("interest.contact"));
    if (field_with_button(frame, m.interest().contact.text(), m.tr("interest.contact_hint"),
                          "interest.send", m.tr("interest.send"), Icon::Check,
                          !m.interest().contact.empty()))
        frame.emit(action::SubmitInterest{true});
    end_page(frame);
    ImGui::SetCursorPosX(t.pad);
    onscreen_keyboard(frame);
}

void interest_done_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.interest_done");
    if (m.interest().submitted)
        callout(frame, Icon::Check, m.tr("interest.thanks"), t.risk[0]);
    else
        callout(frame, Icon::Warning, m.tr("signup.failed"), t.danger);
    if (touch_button(frame, {"interest.home", m.tr("nav.home"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch), ButtonKind::Primary,
                             Icon::Home}))
        frame.emit(action::Home{});
    end_page(frame);
}

} // namespace kiosk::ui
