// Full-screen overlays: "Still there?" before an idle reset, and the calm "one moment"
// screen shown while the app recovers from a failed frame.
#include "screens.hpp"

#include "ui/widgets/icons.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {

// A centred card; returns its inner width. Taps on the dimmed area count as `outside`.
float begin_card(UiFrame& frame, const char* id, float height, bool* tapped_outside) {
    const Theme& t = frame.theme;
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(screen);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBackground);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddRectFilled(ImVec2(0, 0), screen, t.scrim);
    const float w = std::min(screen.x - t.pad * 4, 620.0f * t.scale);
    const float h = std::min(screen.y - t.pad * 4, height);
    const ImVec2 at((screen.x - w) * 0.5f, (screen.y - h) * 0.5f);
    if (tapped_outside) {
        // A whole tap (press and release) on the dimmed area around the card.
        const ImGuiIO& io = ImGui::GetIO();
        const ImRect card(at, ImVec2(at.x + w, at.y + h));
        *tapped_outside = io.MouseReleased[0] && !card.Contains(io.MouseClickedPos[0]) &&
                          !card.Contains(io.MousePos);
    }
    d->AddRectFilled(at, ImVec2(at.x + w, at.y + h), t.surface, t.radius * 1.5f);
    d->AddRect(at, ImVec2(at.x + w, at.y + h), t.border, t.radius * 1.5f, 0, 2.0f * t.scale);
    ImGui::SetCursorScreenPos(at);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.pad * 2, t.pad * 2));
    ImGui::BeginChild("card", ImVec2(w, h), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    ImGui::PushTextWrapPos(0.0f);
    return ImGui::GetContentRegionAvail().x;
}

void end_card() {
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ImGui::End();
}

void card_text(ImFont* font, const std::string& text) {
    text_block(font, font->FontSize, ImGui::GetColorU32(ImGuiCol_Text), text);
}

} // namespace

void idle_prompt(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    bool outside = false;
    const float w = begin_card(frame, "overlay.idle", 300.0f * t.scale, &outside);
    card_text(frame.fonts.title, m.tr("idle.title"));
    card_text(frame.fonts.body,
              m.catalog().format(m.language(), "idle.countdown",
                                 {{"seconds", std::to_string(m.idle_seconds_left(frame.now))}}));
    card_text(frame.fonts.body, m.tr("idle.wipe"));
    ImGui::Dummy(ImVec2(1, t.pad));
    const float bw = (w - t.pad) / 2;
    const bool still_here =
        touch_button(frame, {"idle.continue", m.tr("idle.continue"), ImVec2(bw, t.touch * 1.2f),
                             ButtonKind::Primary, Icon::Check});
    ImGui::SameLine();
    const bool start_over =
        touch_button(frame, {"idle.start_over", m.tr("idle.start_over"), ImVec2(bw, t.touch * 1.2f),
                             ButtonKind::Normal, Icon::Home});
    end_card();
    if (start_over)
        frame.emit(action::StartOver{});
    else if (still_here || outside)
        frame.emit(action::StillHere{});
}

void recovering_screen(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    begin_card(frame, "overlay.recovering", 200.0f * t.scale, nullptr);
    card_text(frame.fonts.title, m.tr("recovering.title"));
    card_text(frame.fonts.body, m.tr("recovering.text"));
    end_card();
}

} // namespace kiosk::ui
