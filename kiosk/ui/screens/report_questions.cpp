// Drawing the report form's questions as rows of tap buttons.
#include "report_questions.hpp"

#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

using Options = std::vector<std::pair<std::string, std::string>>; // value, label

void buttons(UiFrame& frame, SignalField field, const std::string& title, const Options& options,
             float min_w) {
    const Theme& t = frame.theme;
    const std::vector<std::string> chosen = frame.model.report().answers(field);
    const std::string name(signal_field_name(field));
    bold_line(frame, title);
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
        if (touch_button(frame, {"report." + name + "." + value, label, ImVec2(w, t.touch),
                                 on ? ButtonKind::Selected : ButtonKind::Normal,
                                 on ? Icon::Check : Icon::None}))
            frame.emit(action::AnswerReport{field, value});
    }
    ImGui::Dummy(ImVec2(1, t.pad * 0.5f));
}

} // namespace

void report_question(UiFrame& frame, SignalField field, const std::string& title,
                     const std::string& table, std::span<const std::string_view> words,
                     float min_w) {
    Options options;
    for (const auto w : words)
        options.emplace_back(std::string(w),
                             frame.model.tr("report." + table + "." + std::string(w)));
    buttons(frame, field, title, options, min_w);
}

void report_questions(UiFrame& frame, ScreenId mark_screen) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    Options sold_as;
    if (m.content())
        for (const auto& s : m.content()->substances) {
            const content::SubstanceText* text = m.localized(s.text, s.meta.id);
            sold_as.emplace_back(s.meta.id, text ? text->name : s.meta.id);
        }
    sold_as.emplace_back("unknown", m.tr("report.dont_know"));
    buttons(frame, SignalField::SoldAs, m.tr("report.sold_as"), sold_as, 170);
    report_question(frame, SignalField::Form, m.tr("report.form"), "form_is", kSignalForms, 170);
    report_question(frame, SignalField::Colour, m.tr("report.colour"), "colour_is", kSignalColours,
                    150);
    report_question(frame, SignalField::Mark, m.tr("report.mark"), "mark_is", kSignalMarks, 170);
    const SignalDraft& d = m.report();
    if (d.mark == "letters") {
        paragraph(frame, m.tr("report.mark_text"));
        const std::string shown = d.mark_text.empty() ? "…" : std::string(d.mark_text.text());
        if (touch_button(frame, {"report.mark_text", shown,
                                 ImVec2(ImGui::GetContentRegionAvail().x, t.touch),
                                 ButtonKind::Normal, Icon::Keyboard}))
            frame.emit(action::Open{{mark_screen, ""}});
    }
    report_question(frame, SignalField::Effects, m.tr("report.effects"), "effect", kSignalEffects,
                    230);
    report_question(frame, SignalField::When, m.tr("report.when"), "when_is", kSignalWhen, 170);
}

void report_result(UiFrame& frame, const std::string& clock_key) {
    const KioskModel& m = frame.model;
    switch (m.report().result) {
    case SignalDraft::Result::None:
    case SignalDraft::Result::Sent:
        return;
    case SignalDraft::Result::Failed:
        return callout(frame, Icon::Warning, m.tr("signup.failed"), frame.theme.danger);
    case SignalDraft::Result::ClockWait:
        return callout(frame, Icon::Clock, m.tr(clock_key), frame.theme.danger);
    }
}

} // namespace kiosk::ui
