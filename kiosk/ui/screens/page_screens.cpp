// Information pages: the list of pages of one topic, and one page with its sections as
// large headers (the first one open).
#include "screens.hpp"

#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace kiosk::ui {

void pages_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const std::string& topic = m.place().topic;
    begin_page(frame, "page.pages");
    heading(frame, m.tr("info.topic." + topic));
    std::vector<const content::Page*> pages;
    if (const auto* pack = m.content())
        for (const auto& page : pack->pages)
            if (page.topic == topic)
                pages.push_back(&page);
    if (pages.empty())
        content_missing(frame);
    const float w = ImGui::GetContentRegionAvail().x;
    for (const auto* page : pages) {
        const auto* text = m.localized(page->text, page->meta.id);
        if (text && touch_button(frame, {"page." + page->meta.id, text->title,
                                         ImVec2(w, frame.theme.touch * 1.2f), ButtonKind::Normal,
                                         Icon::Info}))
            frame.emit(action::Open{{ScreenId::Page, page->meta.id}});
    }
    end_page(frame);
}

void page_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const std::string& id = m.place().topic;
    begin_page(frame, "page.page");
    const auto* pack = m.content();
    const content::Page* page = pack ? pack->page(id) : nullptr;
    const content::PageText* text = page ? passage(frame, page->text, id) : nullptr;
    if (!text) {
        content_missing(frame);
        end_page(frame);
        return;
    }
    heading(frame, text->title);
    for (std::size_t i = 0; i < text->sections.size(); ++i) {
        const auto& section = text->sections[i];
        if (section_header(frame, "section." + id + "." + std::to_string(i), section.heading,
                           i == 0))
            bullet_lines(frame, section.lines);
    }
    end_page(frame);
}

} // namespace kiosk::ui
