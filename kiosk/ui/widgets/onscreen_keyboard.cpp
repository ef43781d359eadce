// Keyboard drawing: rows of keys sized to the widest row, bottom row for switching layouts.
#include "onscreen_keyboard.hpp"

#include "core/keyboard_layout.hpp"
#include "touch_button.hpp"
#include "ui/text/mirror.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

// The layout a screen starts with, from where its typing goes: the code pad for a member
// code, digits for a phone number, capitals and digits for a pill's mark, else the visitor's
// alphabet.
std::string screen_layout(const UiFrame& frame) {
    switch (traits(frame.model.place().screen).typing) {
    case TypingInto::SignupCode:
    case TypingInto::StaffCode:
        return "code";
    case TypingInto::InterestContact:
        return "digits";
    case TypingInto::SignalMark:
        return "mark"; // a pill's mark is Latin letters and digits, whatever the language
    case TypingInto::Nothing:
    case TypingInto::Search:
    case TypingInto::MixFilter:
    case TypingInto::Nickname:
    case TypingInto::SchedulePlace:
        break;
    }
    return default_layout_for(frame.model.language());
}

// A layout without switch keys (the code pad, the mark pad) is the only one its screen has.
bool has_switch_keys(const KeyboardLayout& layout) {
    for (const auto& row : layout.rows)
        for (const auto& key : row)
            if (key.action == KeyAction::SwitchLayout)
                return true;
    return false;
}

const KeyboardLayout& current_layout(const UiFrame& frame) {
    const KeyboardLayout& start = keyboard_layout(screen_layout(frame));
    if (!has_switch_keys(start) || frame.state.keyboard_layout.empty())
        return start;
    return keyboard_layout(frame.state.keyboard_layout);
}

using Rows = std::vector<std::vector<Key>>;

float widest_row_units(const Rows& rows) {
    float widest = 0;
    for (const auto& row : rows) {
        float units = 0;
        for (const auto& key : row)
            units += key.width;
        widest = std::max(widest, units);
    }
    return widest;
}

float key_gap(const Theme& t) {
    return 4.0f * t.scale;
}

// The width a letter key needs for its widest letter at body size.
float widest_letter_key(const UiFrame& frame, const Rows& rows) {
    float widest = 0;
    for (const auto& row : rows)
        for (const auto& key : row)
            if (key.action == KeyAction::Character)
                widest = std::max(widest,
                                  measure_text(frame.fonts.body, frame.theme.body_px, key.lower).x);
    return widest + frame.theme.pad * 0.6f + 2.0f;
}

// The arrangement whose keys stay at least 48 px wide at this width (scaled), and wide
// enough for their letters (large text).
const Rows& rows_for_width(const UiFrame& frame, const KeyboardLayout& layout, float avail) {
    const Theme& t = frame.theme;
    const float unit = (avail - key_gap(t) * 12) / widest_row_units(layout.rows);
    if ((unit < 48.0f * t.scale || unit < widest_letter_key(frame, layout.rows)) &&
        !layout.narrow_rows.empty())
        return layout.narrow_rows;
    return layout.rows;
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

// Keys are 90% of a touch target high. Where that would leave the page above them less than
// two touch rows (800x480 under a two-row top bar), they are 44 px high, WCAG 2.5.5's target
// size, so a search result or a sign-up still shows above them.
float key_height(const Theme& t, std::size_t rows) {
    const float normal = std::max(48.0f * t.scale, t.touch * 0.9f);
    const float page = ImGui::GetIO().DisplaySize.y - t.top_bar -
                       static_cast<float>(rows) * (normal + key_gap(t)) - t.pad;
    return page < t.touch * 2 + t.pad * 4 ? std::min(normal, 44.0f * t.scale) : normal;
}

} // namespace

float keyboard_height(const UiFrame& frame) {
    const Rows& rows = rows_for_width(frame, current_layout(frame),
                                      ImGui::GetContentRegionAvail().x - frame.theme.pad * 2);
    const float key_h = key_height(frame.theme, rows.size());
    return static_cast<float>(rows.size()) * (key_h + key_gap(frame.theme)) + frame.theme.pad;
}

void onscreen_keyboard(UiFrame& frame) {
    const Theme& t = frame.theme;
    const float gap = key_gap(t);
    const float avail = ImGui::GetContentRegionAvail().x;
    const Rows& rows = rows_for_width(frame, current_layout(frame), avail);
    const float unit = (avail - gap * 12) / widest_row_units(rows);
    const float key_h = key_height(t, rows.size());
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    for (const auto& row : rows) {
        float row_w = 0;
        for (const auto& key : row)
            row_w += key.width * unit + gap;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - row_w + gap) / 2));
        // Keys stay where they are on a real keyboard on a mirrored screen too (Q, or ض, at
        // the left): the row is laid out from its end, so mirroring brings it back.
        std::vector<const Key*> keys;
        for (const auto& key : row)
            keys.push_back(&key);
        if (text::frame_mirrored())
            std::reverse(keys.begin(), keys.end());
        bool first = true;
        for (const Key* key_ptr : keys) {
            const Key& key = *key_ptr;
            if (!first)
                ImGui::SameLine();
            first = false;
            const ImVec2 size(key.width * unit, key_h);
            ButtonSpec spec(key.id, key_label(frame, key), size, ButtonKind::Key);
            if (key.action == KeyAction::Shift)
                spec = icon_button(key.id, frame.tr("keyboard.shift"), size, Icon::Shift,
                                   frame.state.shift ? ButtonKind::Selected : ButtonKind::Key);
            else if (key.action == KeyAction::Space) // the symbol fits where a word may not
                spec = icon_button(key.id, frame.tr("keyboard.space"), size, Icon::Space,
                                   ButtonKind::Key);
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
                frame.state.mixing_keyboard = false;
                frame.state.staff_keyboard = false;
                frame.state.schedule_keyboard = false;
                break;
            }
        }
    }
    ImGui::PopStyleVar();
}

} // namespace kiosk::ui
