// Keyboard drawing: rows of keys sized to the widest row, bottom row for switching layouts.
#include "onscreen_keyboard.hpp"

#include "core/keyboard_layout.hpp"
#include "touch_button.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

const KeyboardLayout& current_layout(const UiFrame& frame) {
    const std::string& id = frame.state.keyboard_layout.empty()
                                ? default_layout_for(frame.model.language())
                                : frame.state.keyboard_layout;
    return keyboard_layout(id);
}

float widest_row_units(const KeyboardLayout& layout) {
    float widest = 0;
    for (const auto& row : layout.rows) {
        float units = 0;
        for (const auto& key : row)
            units += key.width;
        widest = std::max(widest, units);
    }
    return widest;
}

std::string key_label(const UiFrame& frame, const Key& key) {
    switch (key.action) {
    case KeyAction::Character:
        return frame.state.shift ? key.upper : key.lower;
    case KeyAction::Space:
        return frame.tr("keyboard.space");
    case KeyAction::Done:
        return frame.tr("keyboard.done");
    case KeyAction::Shift:
    case KeyAction::Backspace:
    case KeyAction::SwitchLayout:
        return key.lower;
    }
    return key.lower;
}

} // namespace

float keyboard_height(const UiFrame& frame) {
    const auto& layout = current_layout(frame);
    const float key_h = std::max(48.0f * frame.theme.scale, frame.theme.touch * 0.9f);
    return static_cast<float>(layout.rows.size()) * (key_h + frame.theme.pad * 0.5f) +
           frame.theme.pad;
}

void onscreen_keyboard(UiFrame& frame) {
    const auto& layout = current_layout(frame);
    const Theme& t = frame.theme;
    const float gap = t.pad * 0.5f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float unit = (avail - gap * 12) / widest_row_units(layout);
    const float key_h = std::max(48.0f * t.scale, t.touch * 0.9f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    for (const auto& row : layout.rows) {
        float row_w = 0;
        for (const auto& key : row)
            row_w += key.width * unit + gap;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - row_w + gap) / 2));
        bool first = true;
        for (const auto& key : row) {
            if (!first)
                ImGui::SameLine();
            first = false;
            const ImVec2 size(key.width * unit, key_h);
            ButtonSpec spec(key.id, key_label(frame, key), size, ButtonKind::Key);
            if (key.action == KeyAction::Shift)
                spec = icon_button(key.id, frame.tr("keyboard.shift"), size, Icon::Shift,
                                   frame.state.shift ? ButtonKind::Selected : ButtonKind::Key);
            else if (key.action == KeyAction::Backspace)
                spec = icon_button(key.id, frame.tr("keyboard.backspace"), size, Icon::Backspace,
                                   ButtonKind::Key);
            else if (key.action == KeyAction::Done)
                spec = icon_button(key.id, frame.tr("keyboard.done"), size, Icon::Keyboard,
                                   ButtonKind::Key);
            if (!touch_button(frame, spec))
                continue;
            switch (key.action) {
            case KeyAction::Character:
                frame.emit(action::TypeText{frame.state.shift ? key.upper : key.lower});
                frame.state.shift = false;
                break;
            case KeyAction::Shift:
                frame.state.shift = !frame.state.shift;
                break;
            case KeyAction::Backspace:
                frame.emit(action::Backspace{});
                break;
            case KeyAction::Space:
                frame.emit(action::TypeText{" "});
                break;
            case KeyAction::SwitchLayout:
                frame.state.keyboard_layout = key.target;
                frame.state.shift = false;
                break;
            case KeyAction::Done:
                frame.state.keyboard_hidden = true;
                break;
            }
        }
    }
    ImGui::PopStyleVar();
}

} // namespace kiosk::ui
