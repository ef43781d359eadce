// Emergency: call 112 first, then numbered steps with drawings, what to tell the
// operator, and the Dutch rules on naloxone in plain words.
#include "screens.hpp"

#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/emergency_pictures.hpp"
#include "ui/widgets/text_blocks.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

void emergency_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.emergency");
    const auto* pack = m.content();
    const content::EmergencyText* text =
        pack ? m.localized(pack->emergency.text, "emergency") : nullptr;
    // 112 is shown even when no content could be loaded.
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    const float width = ImGui::GetContentRegionAvail().x - 8.0f * t.scale;
    const ImVec2 at = w->DC.CursorPos;
    const std::string call = text ? text->call_first : m.tr("emergency.call");
    const float icon_w = t.title_px * 2.2f;
    const float text_w = width - icon_w - t.pad;
    // The banner grows with the text, so "112" always stays inside it.
    const float text_h = measure_text(frame.fonts.title, t.title_px, call, text_w).y;
    const float band = std::max(icon_w, text_h + t.pad * 2);
    w->DrawList->AddRectFilled(at, ImVec2(at.x + width, at.y + band), t.danger, t.radius);
    draw_icon(w->DrawList, Icon::Phone, ImVec2(at.x + icon_w * 0.5f, at.y + band * 0.5f),
              icon_w * 0.55f, t.danger_text);
    draw_text(w->DrawList, frame.fonts.title, t.title_px,
              ImVec2(at.x + icon_w, at.y + (band - text_h) * 0.5f), t.danger_text, call, text_w);
    frame.note_text(call, at, ImVec2(at.x + width, at.y + band));
    ImGui::Dummy(ImVec2(width, band));
    if (!text) {
        content_missing(frame);
        end_page(frame);
        return;
    }
    if (!pack->emergency.text.count(m.language()))
        fallback_note(frame, pack->emergency.text.count("en") ? "en" : "nl");
    heading(frame, text->title);
    const float picture = std::min(110.0f * t.scale, width * 0.3f);
    for (std::size_t i = 0; i < text->steps.size(); ++i) {
        const auto& step = text->steps[i];
        const ImVec2 row = w->DC.CursorPos;
        draw_emergency_picture(w->DrawList, step.picture, row, picture, t.text, t.danger);
        ImGui::SetCursorScreenPos(ImVec2(row.x + picture + t.pad, row.y));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(0.0f);
        text_block(frame.fonts.bold, t.body_px, t.text, std::to_string(i + 1) + ".");
        text_block(frame.fonts.body, t.body_px, t.text, step.text);
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        frame.note_text(std::to_string(i + 1) + ". " + step.text, row, ImGui::GetItemRectMax());
        const float bottom = std::max(ImGui::GetItemRectMax().y, row.y + picture);
        ImGui::SetCursorScreenPos(ImVec2(row.x, bottom + t.pad));
        ImGui::Dummy(ImVec2(1, 1));
    }
    bold_line(frame, m.tr("emergency.tell"));
    // The first thing 112 asks is where you are: this kiosk's address, from its config.
    const std::string& address = m.config().location_address;
    callout(frame, Icon::Home,
            address.empty()
                ? m.tr("emergency.address_ask")
                : m.catalog().format(m.language(), "emergency.address", {{"address", address}}),
            t.danger);
    bullet_lines(frame, text->tell_operator);
    if (section_header(frame, "section.emergency.naloxone", m.tr("emergency.naloxone"), false))
        bullet_lines(frame, text->naloxone);
    end_page(frame);
}

} // namespace kiosk::ui
