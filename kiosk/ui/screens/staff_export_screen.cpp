// Staff: export the last four weeks' attendance as CSV to a USB stick (or the kiosk's own
// exports folder) — the folders are listed; one tap writes the file and says where.
#include "screens.hpp"

#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace kiosk::ui {

void staff_export_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const StaffExportView& v = m.staff_export();
    begin_page(frame, "page.staff_export");
    heading(frame, m.tr("staff.export"));
    paragraph(frame, m.tr("staff.export_what"));
    if (!v.written.empty())
        callout(frame, Icon::Check,
                m.catalog().format(m.language(), "staff.export_done", {{"file", v.written}}),
                t.risk[0]);
    if (!v.error.empty())
        callout(frame, Icon::Warning,
                m.catalog().format(m.language(), "staff.export_failed", {{"reason", v.error}}),
                t.danger);
    bold_line(frame, m.tr("staff.export_where"));
    const float w = ImGui::GetContentRegionAvail().x;
    int i = 0;
    for (const auto& folder : v.folders)
        if (touch_button(frame, {"staff.export." + std::to_string(i++), folder, ImVec2(w, t.touch),
                                 ButtonKind::Normal, Icon::Check}))
            frame.emit(action::ExportAttendance{folder});
    end_page(frame);
}

} // namespace kiosk::ui
