// Substances: the list of all substances, and one substance's page with its sections as
// large headers, and the substances it is risky to mix with (tap → mixing checker).
#include "screens.hpp"

#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace kiosk::ui {

Icon risk_icon(content::Risk risk); // mixing_screen.cpp

namespace {

// The first few street names, enough to recognise a substance on a tile.
std::string first_names(const std::string& names, int count = 3) {
    std::size_t at = 0;
    for (int i = 0; i < count; ++i) {
        at = names.find(',', at);
        if (at == std::string::npos)
            return names;
        ++at;
    }
    return names.substr(0, at - 1);
}

std::string name_of(const KioskModel& m, const content::Substance& s) {
    const auto* text = m.localized(s.text, s.meta.id);
    return text ? text->name : s.meta.id;
}

} // namespace

void substances_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    begin_page(frame, "page.substances");
    heading(frame, m.tr("substances.title"));
    const auto* pack = m.content();
    if (!pack) {
        content_missing(frame);
        end_page(frame);
        return;
    }
    std::vector<const content::Substance*> sorted;
    for (const auto& s : pack->substances)
        sorted.push_back(&s);
    // Those written in the visitor's language first, then the ones shown in English.
    std::sort(sorted.begin(), sorted.end(), [&](const auto* a, const auto* b) {
        const bool ta = a->text.count(m.language()) > 0, tb = b->text.count(m.language()) > 0;
        return ta != tb ? ta : name_of(m, *a) < name_of(m, *b);
    });
    std::vector<TileSpec> tiles;
    for (const auto* s : sorted) {
        const auto* text = m.localized(s->text, s->meta.id);
        tiles.push_back({"substance." + s->meta.id, name_of(m, *s),
                         text ? first_names(text->other_names) : "", Icon::Pill});
    }
    const int tapped = tile_grid(frame, tiles, 220.0f, 96.0f);
    if (tapped >= 0)
        frame.emit(
            action::Open{{ScreenId::Substance, sorted[static_cast<std::size_t>(tapped)]->meta.id}});
    end_page(frame);
}

void substance_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.substance");
    const auto* pack = m.content();
    const std::string& id = m.place().topic;
    const content::Substance* s = pack ? pack->substance(id) : nullptr;
    const content::SubstanceText* text = s ? passage(frame, s->text, id) : nullptr;
    if (!text) {
        content_missing(frame);
        end_page(frame);
        return;
    }
    heading(frame, text->name);
    for (const content::Alert* alert : m.red_alerts_for(id))
        alert_banner(frame, *alert, "substance.alert." + alert->id);
    if (!text->other_names.empty())
        paragraph(frame,
                  m.catalog().format(m.language(), "substances.also_called",
                                     {{"names", text->other_names}}),
                  true);
    struct Part {
        const char* key;
        const content::Lines* lines;
    };
    const Part parts[] = {{"what", &text->what},
                          {"effects", &text->effects},
                          {"risks", &text->risks},
                          {"safer_use", &text->safer_use},
                          {"overdose", &text->overdose}};
    bool first = true;
    for (const Part& part : parts) {
        if (section_header(frame, "section." + id + "." + part.key,
                           m.tr(std::string("substance.") + part.key), first))
            bullet_lines(frame, *part.lines);
        first = false;
    }

    // Combinations to avoid, most dangerous first.
    std::vector<const content::Pair*> risky;
    for (const auto& pair : pack->mixing.pairs)
        if ((pair.a == id || pair.b == id) && pair.risk >= content::Risk::Unsafe)
            risky.push_back(&pair);
    std::stable_sort(risky.begin(), risky.end(),
                     [](const auto* a, const auto* b) { return a->risk > b->risk; });
    if (!risky.empty() &&
        section_header(frame, "section." + id + ".avoid", m.tr("substance.avoid"), false)) {
        paragraph(frame, m.tr("substance.check"), true);
        const float w = ImGui::GetContentRegionAvail().x;
        for (const auto* pair : risky) {
            const std::string other = pair->a == id ? pair->b : pair->a;
            const auto* o = pack->substance(other);
            const std::string label =
                (o ? name_of(m, *o) : other) + " — " +
                m.tr(std::string("mixing.risk.") + content::risk_name(pair->risk));
            if (touch_button(frame, {"avoid." + other, label, ImVec2(w, t.touch),
                                     ButtonKind::Normal, risk_icon(pair->risk)}))
                frame.emit(action::CheckMix{id, other});
        }
    }
    // A report from here starts with this substance as what it was sold as.
    if (report_button(frame, "substance.report"))
        frame.emit(action::AnswerReport{SignalField::SoldAs, id});
    end_page(frame);
}

} // namespace kiosk::ui
