// Staff: a signal from the field (docs/signals.md). A peer or staff member records, behind the
// PIN, what they heard or saw of a drug: the visitor's questions, plus where they heard of it,
// how many people mentioned it, and a note from fixed phrases (never free text about people).
// Saved as a "staff" signal; the form empties and says so, ready for the next one.
#include "report_questions.hpp"
#include "screens.hpp"

#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace kiosk::ui {

void staff_report_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const SignalDraft& d = m.report();
    begin_page(frame, "page.staff_report");
    heading(frame, m.tr("report.staff_title"));
    paragraph(frame, m.tr("report.staff_intro"));
    report_questions(frame, ScreenId::StaffReportMark);
    report_question(frame, SignalField::Setting, m.tr("report.setting"), "setting_is",
                    kSignalSettings, 200);
    report_question(frame, SignalField::People, m.tr("report.people"), "people_is", kSignalPeople,
                    200);
    report_question(frame, SignalField::Note, m.tr("report.note"), "note_is", kSignalNotes, 260);
    // The outcome sits by the button, where the eyes are after a tap.
    if (d.result == SignalDraft::Result::Sent)
        callout(frame, Icon::Check, m.tr("report.staff_saved"), t.risk[0]);
    else if (!d.complete_for_staff())
        paragraph(frame, m.tr("report.answer_all"), true);
    report_result(frame, "staff.device.clock_unsynced");
    ImGui::BeginDisabled(!d.complete_for_staff());
    if (touch_button(frame, {"staff_report.save", m.tr("report.staff_save"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch * 1.2f),
                             ButtonKind::Primary, Icon::Check}))
        frame.emit(action::SaveStaffSignal{});
    ImGui::EndDisabled();
    end_page(frame);
}

} // namespace kiosk::ui
