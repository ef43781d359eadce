// The bar under a visitor screen while read aloud is on: say it again, softer, louder, with
// the volume in words and numbers. It sits below the page (the page is made shorter), so
// nothing of the screen hides behind it. Volume and listening are part of the visit and
// return to the configured default at every reset.
#include "screens.hpp"

#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

namespace kiosk::ui {

namespace {
constexpr int kVolumeStep = 10;
}

bool shows_speech_bar(const KioskModel& model, bool can_speak) {
    return can_speak && model.listening() && is_visitor_screen(model.place().screen);
}

float speech_bar_height(const Theme& theme) {
    return theme.touch + theme.pad * 1.5f;
}

void speech_bar(UiFrame& frame) {
    const Theme& t = frame.theme;
    const KioskModel& m = frame.model;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float h = speech_bar_height(t);
    ImGui::SetNextWindowPos(ImVec2(0, display.y - h));
    ImGui::SetNextWindowSize(ImVec2(display.x, h));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, t.surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.pad, t.pad * 0.75f));
    ImGui::Begin("speech_bar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    window->DrawList->AddLine(window->Pos, ImVec2(window->Pos.x + display.x, window->Pos.y),
                              t.border, 2.0f * t.scale);
    const float w = column_width(frame, 4);
    if (touch_button(frame, {"speech.repeat", m.tr("speech.repeat"), ImVec2(w, t.touch),
                             ButtonKind::Normal, Icon::Repeat}))
        frame.emit(action::SayAgain{});
    ImGui::SameLine();
    ImGui::BeginDisabled(m.volume() <= 0);
    if (touch_button(frame, {"speech.softer", m.tr("speech.softer"), ImVec2(w, t.touch),
                             ButtonKind::Normal, Icon::Minus}))
        frame.emit(action::StepVolume{-kVolumeStep});
    ImGui::EndDisabled();
    ImGui::SameLine();
    // The volume in numbers and as a bar, between its buttons.
    const ImVec2 at = window->DC.CursorPos;
    const std::string volume = m.catalog().format(m.language(), "speech.volume",
                                                  {{"percent", std::to_string(m.volume())}});
    const float bar_h = 8.0f * t.scale;
    draw_fitted_text(window->DrawList, frame.fonts.bold, t.body_px, t.small_px, at,
                     ImVec2(at.x + w, at.y + t.touch - bar_h - 4.0f * t.scale), t.text, volume,
                     TextAlign::Centre);
    const float y = at.y + t.touch - bar_h;
    window->DrawList->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + w, y + bar_h), t.border,
                                    bar_h * 0.5f);
    window->DrawList->AddRectFilled(
        ImVec2(at.x, y), ImVec2(at.x + w * static_cast<float>(m.volume()) / 100.0f, y + bar_h),
        t.primary, bar_h * 0.5f);
    // Not noted as a text of the screen: read aloud says the volume when it changes, and as a
    // screen text it would count as new the moment listening starts and cut the reading.
    ImGui::Dummy(ImVec2(w, t.touch));
    ImGui::SameLine();
    ImGui::BeginDisabled(m.volume() >= 100);
    if (touch_button(frame, {"speech.louder", m.tr("speech.louder"), ImVec2(w, t.touch),
                             ButtonKind::Normal, Icon::Plus}))
        frame.emit(action::StepVolume{kVolumeStep});
    ImGui::EndDisabled();
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

} // namespace kiosk::ui
