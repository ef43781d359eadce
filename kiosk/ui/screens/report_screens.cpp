// "Report a drug that was not as expected" (docs/signals.md): a form of taps (what it was sold
// as, its form, colour and mark, what happened, when), the few letters of a mark on their own
// screen with the keyboard, a check of what will be sent before anything is stored, and a
// thank-you that says what happens with reports and where to get drugs tested.
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

using Options = std::vector<std::pair<std::string, std::string>>; // value, label

template <std::size_t N>
Options options_of(const KioskModel& m, const std::string& table,
                   const std::array<std::string_view, N>& words) {
    Options out;
    for (const auto w : words)
        out.emplace_back(std::string(w), m.tr("report." + table + "." + std::string(w)));
    return out;
}

// One question: its words, then its answers as buttons, the chosen ones marked with a tick.
void question(UiFrame& frame, const std::string& field, const std::string& title,
              const Options& options, const std::vector<std::string>& chosen, float min_w) {
    const Theme& t = frame.theme;
    bold_line(frame, title);
    // Columns no narrower than the longest word of any answer: a word is never broken.
    float widest = min_w * t.scale;
    for (const auto& option : options)
        widest = std::max(widest,
                          longest_word(frame.fonts.bold, t.body_px, option.second) + t.pad * 2.5f);
    const int columns = columns_that_fit(frame, widest);
    const float w = column_width(frame, columns);
    int i = 0;
    for (const auto& [value, label] : options) {
        if (i++ % columns != 0)
            ImGui::SameLine();
        const bool on = std::find(chosen.begin(), chosen.end(), value) != chosen.end();
        if (touch_button(frame, {"report." + field + "." + value, label, ImVec2(w, t.touch),
                                 on ? ButtonKind::Selected : ButtonKind::Normal,
                                 on ? Icon::Check : Icon::None}))
            frame.emit(action::AnswerReport{field, value});
    }
    ImGui::Dummy(ImVec2(1, t.pad * 0.5f));
}

std::vector<std::string> one(const std::string& value) {
    return value.empty() ? std::vector<std::string>{} : std::vector<std::string>{value};
}

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
    Options sold_as;
    if (m.content())
        for (const auto& s : m.content()->substances) {
            const content::SubstanceText* text = m.localized(s.text, s.meta.id);
            sold_as.emplace_back(s.meta.id, text ? text->name : s.meta.id);
        }
    sold_as.emplace_back("unknown", m.tr("report.dont_know"));
    question(frame, "sold_as", m.tr("report.sold_as"), sold_as, one(d.sold_as), 170);
    question(frame, "form", m.tr("report.form"), options_of(m, "form_is", kSignalForms),
             one(d.form), 170);
    question(frame, "colour", m.tr("report.colour"), options_of(m, "colour_is", kSignalColours),
             one(d.colour), 150);
    question(frame, "mark", m.tr("report.mark"), options_of(m, "mark_is", kSignalMarks),
             one(d.mark), 170);
    if (d.mark == "letters") {
        paragraph(frame, m.tr("report.mark_text"));
        const std::string shown = d.mark_text.empty() ? "…" : std::string(d.mark_text.text());
        if (touch_button(frame, {"report.mark_text", shown,
                                 ImVec2(ImGui::GetContentRegionAvail().x, t.touch),
                                 ButtonKind::Normal, Icon::Keyboard}))
            frame.emit(action::Open{{ScreenId::ReportMark, ""}});
    }
    question(frame, "effects", m.tr("report.effects"), options_of(m, "effect", kSignalEffects),
             d.effects, 230);
    question(frame, "when", m.tr("report.when"), options_of(m, "when_is", kSignalWhen), one(d.when),
             170);
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
    if (m.report().result == SignalDraft::Result::Failed)
        callout(frame, Icon::Warning, m.tr("signup.failed"), t.danger);
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
