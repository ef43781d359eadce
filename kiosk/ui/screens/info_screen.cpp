// Information area. Until the content packs arrive it says honestly what is coming, whom
// to ask now, and where to call in an emergency.
#include "screens.hpp"

#include "core/topic_ids.hpp"
#include "ui/widgets/text_blocks.hpp"

namespace kiosk::ui {

void info_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    begin_page(frame, "page.info");
    heading(frame, m.tr("info.title"));
    callout(frame, Icon::Warning, m.tr("info.emergency"), frame.theme.danger);
    paragraph(frame, m.tr("info.coming"));
    paragraph(frame, m.tr("info.ask"));
    bold_line(frame, m.tr("info.topics_heading"));
    const std::string& focus = m.place().topic;
    for (const auto& topic : info_topic_ids()) {
        const std::string& title = m.tr("info.topic." + topic);
        if (topic == focus)
            bold_line(frame, "→ " + title);
        else
            paragraph(frame, "•  " + title);
    }
    end_page(frame);
}

} // namespace kiosk::ui
