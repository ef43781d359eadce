// Search: type with the on-screen keyboard, see matching topics, tap one to open it.
// Titles match in the visitor's language, in English and in Dutch, ignoring accents.
#include "screens.hpp"

#include "core/search_fold.hpp"
#include "core/topic_ids.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field_box.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

namespace {

struct Result {
    std::string id;
    std::string title;
    Place place;
};

std::vector<Result> find(const KioskModel& m, std::string_view query) {
    std::vector<Result> out;
    auto consider = [&](const std::string& key, Place place, const std::string& id) {
        const Catalog& c = m.catalog();
        const std::string haystack = c.text(m.language(), key) + " " +
                                     (c.has("en", key) ? c.text("en", key) : "") + " " +
                                     (c.has("nl", key) ? c.text("nl", key) : "");
        if (search_matches(haystack, query))
            out.push_back({id, m.tr(key), std::move(place)});
    };
    for (const auto& topic : kiosk::info_topic_ids())
        consider("info.topic." + topic, place_for_topic(m, topic), "search.result.info." + topic);
    // Substances by name and street names, in the visitor's language, English and Dutch.
    if (const auto* pack = m.content())
        for (const auto& s : pack->substances) {
            if (search_matches(content::searchable_names(s, m.language()), query))
                if (const auto* text = m.localized(s.text, s.meta.id))
                    out.push_back({"search.result.substance." + s.meta.id,
                                   text->name,
                                   {ScreenId::Substance, s.meta.id}});
        }
    for (const auto& step : group_step_ids())
        consider("groups.step." + step + "_title", {ScreenId::Groups, step},
                 "search.result.groups." + step);
    return out;
}

void search_field(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    const float clear_w = 140.0f * t.scale;
    text_field_box(frame, m.search_text().text(), m.tr("search.placeholder"),
                   ImGui::GetContentRegionAvail().x - clear_w - t.pad);
    ImGui::SameLine();
    if (touch_button(frame, {"search.clear", m.tr("search.clear"), ImVec2(clear_w, t.touch),
                             ButtonKind::Normal, Icon::Backspace}))
        frame.emit(action::ClearText{});
}

Icon icon_for(const Result& r) {
    return r.place.screen == ScreenId::Groups ? Icon::Groups : Icon::Info;
}

// The results in one row just above the keys, as a phone keyboard shows its suggestions: as
// many as fit, then "Hide keyboard" to see them all.
void result_strip(UiFrame& frame, const std::vector<Result>& results) {
    const Theme& t = frame.theme;
    const float avail = ImGui::GetContentRegionAvail().x;
    const std::string hide = frame.model.tr("keyboard.done");
    const float hide_w = button_width_for_label(frame, hide, Icon::Keyboard);
    float used = 0;
    std::size_t shown = 0;
    for (const Result& r : results) {
        const float w = std::min(avail, button_width_for_label(frame, r.title, icon_for(r)));
        const bool last = shown + 1 == results.size();
        if (shown > 0 && used + w + (last ? 0.0f : t.pad + hide_w) > avail)
            break;
        if (shown > 0)
            ImGui::SameLine();
        if (touch_button(frame,
                         {r.id, r.title, ImVec2(w, t.touch), ButtonKind::Normal, icon_for(r)}))
            frame.emit(action::Open{r.place});
        used += w + t.pad;
        ++shown;
    }
    if (shown < results.size()) {
        ImGui::SameLine();
        if (touch_button(frame, {"search.more", hide, ImVec2(hide_w, t.touch), ButtonKind::Normal,
                                 Icon::Keyboard}))
            frame.state.keyboard_hidden = true;
    }
}

} // namespace

void search_screen(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    const bool keyboard = !frame.state.keyboard_hidden;
    float keyboard_h = keyboard ? keyboard_height(frame) : t.touch + t.pad * 2;
    const std::string_view query = m.search_text().text();
    const bool typed = query.find_first_not_of(' ') != std::string::npos;
    const std::vector<Result> results = typed ? find(m, query) : std::vector<Result>{};
    // A short screen with a two-row top bar (800x480 with Listen) has no room above the keys
    // for the field and a result: the results then run in a strip on top of the keys.
    ImGui::SetCursorPosY(t.top_bar);
    const float page_h = ImGui::GetContentRegionAvail().y - keyboard_h;
    // (Where even the field would not fit above a strip, as under the taller accents layout,
    // the results stay in the page, a drag away.)
    const float strip_h = t.touch + t.pad * 0.5f;
    const bool strip = keyboard && !results.empty() && page_h < t.touch * 2 + t.pad * 4 &&
                       page_h - strip_h >= t.touch + t.pad * 0.5f;
    if (strip)
        keyboard_h += strip_h;
    begin_page(frame, "page.search", keyboard_h);
    search_field(frame); // the field says what to do; no heading, so results get the room
    if (!typed) {
        paragraph(frame, m.tr("search.hint"), true);
    } else if (results.empty()) {
        paragraph(frame, m.tr("search.no_results"), true);
    } else if (!strip) {
        bold_line(frame, m.tr("search.results"));
        const float w = ImGui::GetContentRegionAvail().x;
        for (const auto& r : results)
            if (touch_button(frame,
                             {r.id, r.title, ImVec2(w, t.touch), ButtonKind::Normal, icon_for(r)}))
                frame.emit(action::Open{r.place});
    }
    end_page(frame);

    // The keyboard stays docked under the page, outside the scrolling area.
    ImGui::SetCursorPosX(t.pad);
    if (strip) {
        result_strip(frame, results);
        ImGui::SetCursorPosX(t.pad);
    }
    if (keyboard) {
        onscreen_keyboard(frame);
    } else if (touch_button(frame, {"kb.show", m.tr("keyboard.show"),
                                    ImVec2(ImGui::GetContentRegionAvail().x, t.touch),
                                    ButtonKind::Normal, Icon::Keyboard})) {
        frame.state.keyboard_hidden = false;
    }
}

} // namespace kiosk::ui
