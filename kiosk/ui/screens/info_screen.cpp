// The information area: a grid of topics with icons, each one tap away.
#include "screens.hpp"

#include "core/topic_ids.hpp"
#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/text_blocks.hpp"

namespace kiosk::ui {

namespace {

Icon topic_icon(const std::string& topic) {
    if (topic == "substances")
        return Icon::Pill;
    if (topic == "mixing")
        return Icon::Mix;
    if (topic == "emergency")
        return Icon::Phone;
    if (topic == "safer_use")
        return Icon::Check;
    if (topic == "drug_checking")
        return Icon::Flask;
    if (topic == "infections")
        return Icon::Drop;
    if (topic == "mental_health")
        return Icon::Heart;
    if (topic == "alerts")
        return Icon::Warning;
    return Icon::Info;
}

} // namespace

// Where a topic tile leads: its own screen, or the pages of that topic (straight to the
// page when there is only one).
Place place_for_topic(const KioskModel& m, const std::string& topic) {
    if (topic == "substances")
        return {ScreenId::Substances, ""};
    if (topic == "mixing")
        return {ScreenId::Mixing, ""};
    if (topic == "emergency")
        return {ScreenId::Emergency, ""};
    if (topic == "help")
        return {ScreenId::Help, ""};
    if (topic == "alerts")
        return {ScreenId::Alerts, ""};
    const content::Page* only = nullptr;
    int count = 0;
    if (const auto* pack = m.content())
        for (const auto& page : pack->pages)
            if (page.topic == topic) {
                only = &page;
                ++count;
            }
    if (count == 1)
        return {ScreenId::Page, only->meta.id};
    return {ScreenId::Pages, topic};
}

void info_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    begin_page(frame, "page.info");
    heading(frame, m.tr("info.title"));
    std::vector<TileSpec> tiles;
    for (const auto& topic : info_topic_ids())
        tiles.push_back(
            {"info.topic." + topic, m.tr("info.topic." + topic), "", topic_icon(topic)});
    const int tapped = tile_grid(frame, tiles, 175.0f, 84.0f);
    if (tapped >= 0)
        frame.emit(
            action::Open{place_for_topic(m, info_topic_ids()[static_cast<std::size_t>(tapped)])});
    paragraph(frame, m.tr("info.ask"), true);
    end_page(frame);
}

} // namespace kiosk::ui
