// "Report a drug that was not as expected" (docs/signals.md): a form of taps (what it was sold
// as, its form, colour and mark, what happened, when), the few letters of a mark on their own
// screen with the keyboard, a check of what will be sent before anything is stored, and a
// thank-you that says what happens with reports and where to get drugs tested.
#include "report_questions.hpp"
#include "screens.hpp"

#include "core/languages.hpp"

#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/fitted_text.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field_box.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

// What the draft says, one line per idea, in the visitor's language.
std::vector<std::string> summary(const KioskModel& m) {
    const SignalDraft& d = m.report();
    const auto word = [&](const std::string& table, const std::string& value) {
        return m.tr("report." + table + "." + value);
    };
    const auto sold_as = [&]() -> std::string {
        if (d.sold_as == "unknown")
            return m.tr("report.dont_know");
        const content::Substance* s = m.content() ? m.content()->substance(d.sold_as) : nullptr;
        const content::SubstanceText* text = s ? m.localized(s->text, d.sold_as) : nullptr;
        return text ? text->name : d.sold_as;
    }();
    // Arabic and Persian have their own comma.
    const std::string comma = is_right_to_left(m.language()) ? "، " : ", ";
    std::string effects;
    for (const auto& e : d.effects)
        effects += (effects.empty() ? "" : comma) + word("effect", e);
    const std::string mark =
        d.mark == "letters" ? std::string(d.mark_text.text()) : word("mark_is", d.mark);
    const Catalog& c = m.catalog();
    const std::string& lang = m.language();
    return {c.format(lang, "report.summary_sold_as", {{"value", sold_as}}),
            c.format(lang, "report.summary_looks",
                     {{"value", word("form_is", d.form) + comma + word("colour_is", d.colour)}}),
            c.format(lang, "report.summary_mark", {{"value", mark}}),
            c.format(lang, "report.summary_effects", {{"value", effects}}),
            c.format(lang, "report.summary_when", {{"value", word("when_is", d.when)}})};
}

} // namespace

void report_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const SignalDraft& d = m.report();
    begin_page(frame, "page.report");
    heading(frame, m.tr("report.title"));
    paragraph(frame, m.tr("report.intro"));
    report_questions(frame, ScreenId::ReportMark);
    if (!d.complete())
        paragraph(frame, m.tr("report.answer_all"), true);
    ImGui::BeginDisabled(!d.complete());
    if (touch_button(frame, {"report.continue", m.tr("report.continue"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch * 1.2f),
                             ButtonKind::Primary, Icon::Check}))
        frame.emit(action::Open{{ScreenId::ReportConsent, ""}});
    ImGui::EndDisabled();
    end_page(frame);
}

void report_mark_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.report_mark", keyboard_height(frame));
    bold_line(frame, m.tr("report.mark_text"));
    if (field_with_button(frame, m.report().mark_text.text(), "", "report.mark_done",
                          m.tr("staff.ok"), Icon::Check, !m.report().mark_text.empty()))
        frame.emit(action::Back{});
    end_page(frame);
    ImGui::SetCursorPosX(t.pad);
    onscreen_keyboard(frame);
}

void report_consent_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.report_consent");
    heading(frame, m.tr("report.consent_title"));
    bullet_lines(frame, summary(m));
    bullet_lines(frame, {m.tr("report.consent_kept"), m.tr("report.consent_never"),
                         m.tr("report.consent_who")});
    report_result(frame, "report.clock_wait");
    const float w = ImGui::GetContentRegionAvail().x;
    if (touch_button(frame, {"report.send", m.tr("report.send"), ImVec2(w, t.touch * 1.2f),
                             ButtonKind::Primary, Icon::Check}))
        frame.emit(action::SendReport{});
    if (touch_button(frame, {"report.change", m.tr("report.change"), ImVec2(w, t.touch),
                             ButtonKind::Normal, Icon::Back}))
        frame.emit(action::Back{});
    end_page(frame);
}

void report_done_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.report_done");
    heading(frame, m.tr("report.done_title"));
    callout(frame, Icon::Check, m.tr("report.done_saved"), t.risk[0]);
    bullet_lines(frame, {m.tr("report.done_what"), m.tr("report.done_112")});
    bold_line(frame, m.tr("report.done_test"));
    const float w = ImGui::GetContentRegionAvail().x;
    if (touch_button(frame, {"report.drug_checking", m.tr("info.topic.drug_checking"),
                             ImVec2(w, t.touch), ButtonKind::Normal, Icon::Flask}))
        frame.emit(action::Open{place_for_topic(m, "drug_checking")});
    if (touch_button(frame, {"report.home", m.tr("nav.home"), ImVec2(w, t.touch),
                             ButtonKind::Primary, Icon::Home}))
        frame.emit(action::Home{});
    end_page(frame);
}

// The way in, from the alerts screen and the substance pages.
bool report_button(UiFrame& frame, const std::string& id) {
    if (!touch_button(frame, {id, frame.model.tr("report.open"),
                              ImVec2(ImGui::GetContentRegionAvail().x, frame.theme.touch),
                              ButtonKind::Normal, Icon::Pill}))
        return false;
    frame.emit(action::Open{{ScreenId::Report, ""}});
    return true;
}

} // namespace kiosk::ui
