// The on-screen keyboard's layouts as data: Latin (QWERTY), the accented letters that
// Dutch, French, Polish, Romanian, Spanish and Turkish need, Cyrillic (Russian and
// Ukrainian), Arabic, Persian, digits, and a member-code pad. The UI draws them; tests type through
// them.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

enum class KeyAction { Character, Shift, Backspace, Space, SwitchLayout, Done };

struct Key {
    KeyAction action = KeyAction::Character;
    std::string lower;  // text typed (Character) or label key (others)
    std::string upper;  // text typed with shift
    std::string target; // layout id for SwitchLayout
    float width = 1.0f; // in key units
    std::string id;     // stable widget id, e.g. "kb.latin.q"
};

struct KeyboardLayout {
    std::string id; // "latin", "accents", "cyrillic", "digits"
    std::vector<std::vector<Key>> rows;
    // The same keys in more, shorter rows, for narrow (portrait) screens; empty if the
    // layout is narrow enough already. Key ids are the same in both arrangements.
    std::vector<std::vector<Key>> narrow_rows;
};

const KeyboardLayout& keyboard_layout(const std::string& id);
const std::vector<std::string>& keyboard_layout_ids();
// The layout a language starts with (core/languages.hpp).
std::string default_layout_for(const std::string& language);
// Upper case of one character for the shifted keyboard (Latin, Latin-Ext-A/B, Cyrillic).
std::string to_upper(const std::string& character);
// Every character any layout can type (for choosing font glyphs).
std::string all_keyboard_text();

} // namespace kiosk
