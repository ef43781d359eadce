// Groups area: the four steps of the peer track in plain words. Sign-up comes later.
#include "screens.hpp"

#include "core/topic_ids.hpp"

#include "ui/widgets/text_blocks.hpp"

namespace kiosk::ui {

void groups_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    begin_page(frame, "page.groups");
    heading(frame, m.tr("groups.title"));
    paragraph(frame, m.tr("groups.intro"));
    for (const auto& step : group_step_ids()) {
        const std::string key = "groups.step." + step;
        bold_line(frame, m.tr(key + "_title"));
        paragraph(frame, m.tr(key + "_text"), true);
    }
    callout(frame, Icon::Info, m.tr("groups.signup_soon"), frame.theme.primary);
    end_page(frame);
}

} // namespace kiosk::ui
