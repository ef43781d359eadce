// The mixing checker: choose two substances (big tiles, filtered with the on-screen
// keyboard), then see the risk with colour AND icon AND words, why, and what to do.
#include "screens.hpp"

#include "core/search_fold.hpp"
#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace kiosk::ui {

Icon risk_icon(content::Risk risk) {
    switch (risk) {
    case content::Risk::Dangerous:
        return Icon::Stop;
    case content::Risk::Unsafe:
        return Icon::Warning;
    case content::Risk::Caution:
        return Icon::Info;
    case content::Risk::Low:
        return Icon::Check;
    }
    return Icon::Warning;
}

namespace {

std::string substance_name(const KioskModel& m, const std::string& id) {
    const auto* s = m.content() ? m.content()->substance(id) : nullptr;
    const auto* text = s ? m.localized(s->text, id) : nullptr;
    return text ? text->name : id;
}

void slot(UiFrame& frame, int index, const std::string& id, float width) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const std::string label = m.tr(index == 0 ? "mixing.first" : "mixing.second") + ": " +
                              (id.empty() ? m.tr("mixing.empty") : substance_name(m, id));
    ImGui::BeginGroup();
    ButtonSpec spec("mixing.slot." + std::to_string(index), label, ImVec2(width, t.touch),
                    id.empty() ? ButtonKind::Normal : ButtonKind::Selected,
                    id.empty() ? Icon::None : Icon::Check);
    if (touch_button(frame, spec) && !id.empty())
        frame.emit(action::ClearMixSlot{index}); // tapping a chosen slot empties it
    ImGui::EndGroup();
}

void result_card(UiFrame& frame, const content::Pair& pair) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const int level = static_cast<int>(pair.risk);
    const std::string name = content::risk_name(pair.risk);
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    const float width = ImGui::GetContentRegionAvail().x - 8.0f * t.scale;
    const ImVec2 at = w->DC.CursorPos;
    const float band = t.title_px * 1.8f;
    // Colour band with icon and the level in words.
    w->DrawList->AddRectFilled(at, ImVec2(at.x + width, at.y + band), t.risk[level], t.radius);
    const ImU32 on_band = t.on_risk[level];
    draw_icon(w->DrawList, risk_icon(pair.risk), ImVec2(at.x + band * 0.5f, at.y + band * 0.5f),
              band * 0.6f, on_band);
    draw_text(w->DrawList, frame.fonts.title, t.title_px,
              ImVec2(at.x + band, at.y + (band - t.title_px) * 0.5f), on_band,
              m.tr("mixing.risk." + name), 0);
    register_tap(frame, "mixing.result." + name, m.tr("mixing.risk." + name), at,
                 ImVec2(at.x + width, at.y + band));
    frame.note_text(m.tr("mixing.risk." + name), at, ImVec2(at.x + width, at.y + band));
    ImGui::Dummy(ImVec2(width, band));
    bold_line(frame, m.tr("mixing.advice." + name));
    // A combination that can kill: what to do in an overdose is one tap away.
    if (pair.risk >= content::Risk::Unsafe &&
        touch_button(frame, {"mixing.first_aid", m.tr("info.topic.emergency"),
                             ImVec2(ImGui::GetContentRegionAvail().x, t.touch), ButtonKind::Danger,
                             Icon::Phone}))
        frame.emit(action::Open{{ScreenId::Emergency, ""}});
    const auto reason = m.content()->mixing.reasons.find(pair.reason);
    if (reason != m.content()->mixing.reasons.end())
        if (const auto* why = m.localized(reason->second, "mixing." + pair.reason)) {
            bold_line(frame, m.tr("mixing.why"));
            if (!reason->second.count(m.language()))
                fallback_note(frame, reason->second.count("en") ? "en" : "nl");
            paragraph(frame, *why);
        }
    paragraph(frame, m.tr("mixing.more_than_two"), true);
}

} // namespace

void mixing_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const auto* pack = m.content();
    const bool both = !m.mix_first().empty() && !m.mix_second().empty();
    const bool keyboard = !both && frame.state.mixing_keyboard;
    const float keyboard_h = keyboard ? keyboard_height(frame) : 0.0f;
    begin_page(frame, "page.mixing", keyboard_h);
    if (!pack) {
        heading(frame, m.tr("mixing.title"));
        content_missing(frame);
        end_page(frame);
        return;
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const std::string_view filter = m.mix_filter().text();
    if (!keyboard) {
        // Choosing: title, the two slots, and the result once both are chosen.
        heading(frame, m.tr("mixing.title"));
        const bool side_by_side = avail > 560.0f * t.scale;
        const float slot_w = side_by_side ? (avail - t.pad) / 2 : avail;
        slot(frame, 0, m.mix_first(), slot_w);
        if (side_by_side)
            ImGui::SameLine();
        slot(frame, 1, m.mix_second(), slot_w);
        if (both) {
            if (const auto* pair = pack->mixing.find(m.mix_first(), m.mix_second()))
                result_card(frame, *pair);
            else
                content_missing(frame);
            end_page(frame);
            return;
        }
        paragraph(frame, m.tr("mixing.intro"), true);
    }
    // The filter, typed on the on-screen keyboard: while the keyboard is open only the
    // filter and the matching tiles show, so they fit above the keys on small screens.
    const std::string filter_label =
        filter.empty() ? m.tr("mixing.search") : "\"" + std::string(filter) + "\"";
    if (touch_button(frame,
                     {"mixing.search", filter_label, ImVec2(avail, t.touch),
                      filter.empty() ? ButtonKind::Normal : ButtonKind::Selected, Icon::Search})) {
        if (!filter.empty())
            frame.emit(action::ClearText{});
        frame.state.mixing_keyboard = true;
    }
    std::vector<TileSpec> tiles;
    std::vector<std::string> ids;
    std::vector<bool> translated;
    for (const auto& s : pack->substances) {
        if (s.meta.id == m.mix_first())
            continue;
        const auto* text = m.localized(s.text, s.meta.id);
        const std::string name = text ? text->name : s.meta.id;
        if (!filter.empty() && !search_matches(content::searchable_names(s, m.language()), filter))
            continue;
        tiles.push_back({"mixing.pick." + s.meta.id, name, "", Icon::Pill});
        ids.push_back(s.meta.id);
        translated.push_back(s.text.count(m.language()) > 0);
    }
    std::vector<std::size_t> order(tiles.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return translated[a] != translated[b] ? translated[a] : tiles[a].title < tiles[b].title;
    });
    std::vector<TileSpec> sorted;
    for (std::size_t i : order)
        sorted.push_back(tiles[i]);
    const int tapped = tile_grid(frame, sorted, 170.0f, 66.0f);
    if (tapped >= 0) {
        frame.emit(action::PickMixSubstance{ids[order[static_cast<std::size_t>(tapped)]]});
        frame.emit(action::ClearText{});
    }
    end_page(frame);
    if (keyboard) {
        ImGui::SetCursorPosX(t.pad);
        onscreen_keyboard(frame);
    }
}

} // namespace kiosk::ui
