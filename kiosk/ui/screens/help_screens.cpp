// Where to get help: choose a need, see the organisations for it, open one to see its
// address, hours and phone, with a QR code to take it along on the visitor's own phone.
#include "screens.hpp"

#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/qr_code.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

Icon need_icon(const std::string& need) {
    if (need == "housing")
        return Icon::Bed;
    if (need == "debts")
        return Icon::Euro;
    if (need == "treatment")
        return Icon::Pill;
    if (need == "health")
        return Icon::Heart;
    if (need == "legal")
        return Icon::Scales;
    if (need == "food")
        return Icon::Food;
    if (need == "migrants")
        return Icon::Globe;
    if (need == "needle_exchange")
        return Icon::Drop;
    if (need == "mental_health")
        return Icon::Groups;
    return Icon::Info;
}

void example_banner(UiFrame& frame) {
    const auto* pack = frame.model.content();
    if (pack && pack->help.example)
        callout(frame, Icon::Warning, frame.tr("help.example"), frame.theme.danger);
}

const content::Organisation* find_organisation(const content::ContentPack& pack,
                                               const std::string& id) {
    for (const auto& o : pack.help.organisations)
        if (o.id == id)
            return &o;
    return nullptr;
}

// A link for the QR code: the organisation's web page, else its phone number.
std::string qr_target(const content::Organisation& o) {
    if (!o.link.empty())
        return o.link;
    std::string digits;
    for (char c : o.phone)
        if ((c >= '0' && c <= '9') || c == '+')
            digits += c;
    return digits.empty() ? "" : "tel:" + digits;
}

} // namespace

void help_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    begin_page(frame, "page.help");
    heading(frame, m.tr("help.title"));
    const auto* pack = m.content();
    if (!pack) {
        content_missing(frame);
        end_page(frame);
        return;
    }
    example_banner(frame);
    paragraph(frame, m.tr("help.intro"));
    std::vector<TileSpec> tiles;
    std::vector<std::string> needs;
    for (const auto& need : content::known_needs()) {
        const bool offered = std::any_of(
            pack->help.organisations.begin(), pack->help.organisations.end(),
            [&](const auto& o) { return std::count(o.needs.begin(), o.needs.end(), need) > 0; });
        if (!offered)
            continue;
        tiles.push_back({"help.need." + need, m.tr("help.need." + need), "", need_icon(need)});
        needs.push_back(need);
    }
    const int tapped = tile_grid(frame, tiles, 175.0f, 76.0f);
    if (tapped >= 0)
        frame.emit(action::Open{{ScreenId::HelpNeed, needs[static_cast<std::size_t>(tapped)]}});
    end_page(frame);
}

void help_need_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const std::string& need = m.place().topic;
    begin_page(frame, "page.help_need");
    heading(frame, m.tr("help.need." + need));
    const auto* pack = m.content();
    if (!pack) {
        content_missing(frame);
        end_page(frame);
        return;
    }
    example_banner(frame);
    const float w = ImGui::GetContentRegionAvail().x;
    bool any = false;
    for (const auto& o : pack->help.organisations) {
        if (std::find(o.needs.begin(), o.needs.end(), need) == o.needs.end())
            continue;
        any = true;
        const auto* about = m.localized(o.about, "help." + o.id);
        if (touch_button(frame, {"org." + o.id, o.name, ImVec2(w, frame.theme.touch * 1.6f),
                                 ButtonKind::Tile, need_icon(need), about ? *about : ""}))
            frame.emit(action::Open{{ScreenId::Organisation, o.id}});
    }
    if (!any)
        paragraph(frame, m.tr("help.none"));
    end_page(frame);
}

void organisation_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.organisation");
    const auto* pack = m.content();
    const content::Organisation* o = pack ? find_organisation(*pack, m.place().topic) : nullptr;
    if (!o) {
        content_missing(frame);
        end_page(frame);
        return;
    }
    heading(frame, o->name);
    example_banner(frame);
    const Catalog& c = m.catalog();
    const std::string& lang = m.language();
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool side = avail > 520.0f * t.scale;
    const float qr_size = std::min(220.0f * t.scale, side ? avail * 0.38f : avail * 0.7f);
    const float top = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(side ? ImGui::GetCursorPosX() + avail - qr_size - t.pad * 2 : 0.0f);
    if (const auto* about = passage(frame, o->about, "help." + o->id))
        paragraph(frame, *about);
    if (!o->address.empty())
        paragraph(frame, c.format(lang, "help.address", {{"address", o->address}}));
    if (const auto* hours = m.localized(o->hours, "help." + o->id))
        paragraph(frame, c.format(lang, "help.hours", {{"hours", *hours}}));
    if (!o->phone.empty())
        bold_line(frame, c.format(lang, "help.phone", {{"phone", o->phone}}));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float text_bottom = ImGui::GetCursorPosY();
    const std::string target = qr_target(*o);
    if (!target.empty()) {
        if (side)
            ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + avail - qr_size, top));
        if (qr_code(target, qr_size)) {
            // The caption spans the page under both columns.
            ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x,
                                       std::max(text_bottom, ImGui::GetCursorPosY())));
            callout(frame, Icon::Info, m.tr("help.scan"), t.primary);
        }
    }
    end_page(frame);
}

} // namespace kiosk::ui
