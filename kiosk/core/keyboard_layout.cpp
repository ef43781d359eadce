// Keyboard layout tables and upper-casing of single characters.
#include "keyboard_layout.hpp"

#include "languages.hpp"
#include "utf8.hpp"

#include <map>

namespace kiosk {

namespace {

char32_t upper_of(char32_t c) {
    if (c >= 'a' && c <= 'z')
        return c - 32;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7)
        return c - 0x20;
    if (c == 0xFF)
        return 0x178;
    if (c == 0x131) // dotless i -> I
        return 'I';
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return (c % 2 == 1) ? c - 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return (c % 2 == 0) ? c - 1 : c;
    if (c == 0x219 || c == 0x21B)
        return c - 1;
    if (c >= 0x430 && c <= 0x44F)
        return c - 0x20;
    if (c >= 0x450 && c <= 0x45F)
        return c - 0x50;
    if (c == 0x491)
        return 0x490;
    return c;
}

std::vector<Key> letters(const std::string& layout, const std::string& chars) {
    std::vector<Key> row;
    for (char32_t cp : utf8::decode(chars)) {
        Key key;
        utf8::append(key.lower, cp);
        key.upper = layout == "accents" && key.lower == "i" ? "İ" : to_upper(key.lower);
        key.id = "kb." + layout + "." + key.lower;
        row.push_back(key);
    }
    return row;
}

Key control(const std::string& layout, KeyAction action, const std::string& label, float width,
            const std::string& target = "") {
    Key key;
    key.action = action;
    key.lower = key.upper = label;
    key.width = width;
    key.target = target;
    key.id = "kb." + layout + "." + (target.empty() ? label : "to-" + target);
    return key;
}

// The layouts a layout's switch keys lead to, with their labels. Every layout reaches Latin
// and the digits; Latin reaches the accents, Cyrillic and Arabic; Arabic and Persian reach
// each other. Four switch keys at most, so the bottom row is no wider than the letters.
std::vector<std::pair<std::string, std::string>> switch_targets(const std::string& layout) {
    const std::vector<std::pair<std::string, std::string>> all = {
        {"latin", "ABC"},   {"accents", "àé"},    {"cyrillic", "АБВ"},
        {"arabic", "عربي"}, {"persian", "فارسی"}, {"digits", "123"}};
    const auto reaches = [&](const std::string& target) {
        if (target == layout)
            return false;
        if (target == "latin" || target == "digits")
            return true;
        if (layout == "arabic" || layout == "persian")
            return target == "arabic" || target == "persian";
        if (target == "arabic")
            return layout == "latin";
        return target == "accents" || target == "cyrillic";
    };
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& target : all)
        if (reaches(target.first))
            out.push_back(target);
    return out;
}

// The bottom row is the same everywhere: switch keys, space, backspace, done.
std::vector<Key> bottom_row(const std::string& layout) {
    std::vector<Key> row;
    const auto targets = switch_targets(layout);
    const float width = targets.size() > 3 ? 1.5f : 1.8f;
    for (const auto& [target, label] : targets)
        row.push_back(control(layout, KeyAction::SwitchLayout, label, width, target));
    row.push_back(control(layout, KeyAction::Space, "space", 2.4f));
    row.push_back(control(layout, KeyAction::Done, "done", 1.6f));
    return row;
}

// Shift and backspace go on row `controls_row`.
KeyboardLayout make(const std::string& id, const std::vector<std::string>& rows, bool shift,
                    std::size_t controls_row) {
    KeyboardLayout layout{id, {}, {}};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto row = letters(id, rows[i]);
        if (i == controls_row) {
            if (shift)
                row.insert(row.begin(), control(id, KeyAction::Shift, "shift", 1.5f));
            row.push_back(control(id, KeyAction::Backspace, "backspace", 1.5f));
        }
        layout.rows.push_back(row);
    }
    layout.rows.push_back(bottom_row(id));
    return layout;
}

// For member codes: only the characters a code can have (no I, L, O, 0, 1), already in
// capitals, with no layout switching — nothing a visitor can type here is ever wrong.
KeyboardLayout make_code_layout() {
    KeyboardLayout layout{"code", {}, {}};
    for (const char* row : {"ABCDEFGH", "JKMNPQRS", "TUVWXYZ"}) {
        auto keys = letters("code", row);
        for (auto& k : keys)
            k.upper = k.lower;
        layout.rows.push_back(keys);
    }
    layout.rows.back().push_back(control("code", KeyAction::Backspace, "backspace", 1.5f));
    auto digits = letters("code", "23456789");
    digits.push_back(control("code", KeyAction::Done, "done", 1.6f));
    layout.rows.push_back(digits);
    return layout;
}

// For the letters or digits on a pill: A-Z and 0-9 only, in capitals as marks are written,
// with no layout switching — nothing typed here is ever dropped.
KeyboardLayout make_mark_layout() {
    KeyboardLayout layout{"mark", {}, {}};
    for (const char* row : {"1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"}) {
        auto keys = letters("mark", row);
        for (auto& k : keys)
            k.upper = k.lower;
        layout.rows.push_back(keys);
    }
    layout.rows.back().push_back(control("mark", KeyAction::Backspace, "backspace", 1.5f));
    layout.rows.back().push_back(control("mark", KeyAction::Done, "done", 1.6f));
    return layout;
}

KeyboardLayout with_narrow(KeyboardLayout wide, const KeyboardLayout& narrow) {
    wide.narrow_rows = narrow.rows;
    return wide;
}

const std::map<std::string, KeyboardLayout>& layouts() {
    static const std::map<std::string, KeyboardLayout> all = {
        {"latin", make("latin", {"qwertyuiop", "asdfghjkl", "zxcvbnm"}, true, 2)},
        {"accents",
         make("accents", {"àáâäæçèéêë", "ìíîïıiñòóôö", "œùúûüÿąćęł", "ńśźżășțğş"}, true, 3)},
        {"cyrillic",
         with_narrow(
             make("cyrillic", {"йцукенгшщзхъї", "фывапролджэєі", "ячсмитьбюёґ"}, true, 2),
             make("cyrillic", {"йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "ёєіїґ"}, true, 2))},
        // Arabic and Persian as on their usual keyboards (ض where Q is); no shift. Three rows
        // of letters, as Latin has, so a search keeps room for its results above the keys.
        {"arabic",
         with_narrow(
             make("arabic", {"ضصثقفغعهخحجد", "شسيبلاتنمكط،؟", "ذئءؤرىةوزظأإآ"}, false, 2),
             make("arabic", {"ضصثقفغعهخ", "حجدشسيبلا", "تنمكطذئءؤ", "رىةوزظأإآ", "،؟"}, false, 4))},
        {"persian",
         with_narrow(
             make("persian", {"ضصثقفغعهخحجچ", "شسیبلاتنمکگ،؟", "ظطزرذدپوژآءئ"}, false, 2),
             make("persian", {"ضصثقفغعهخ", "حجچشسیبلا", "تنمکگظطزر", "ذدپوژآءئ", "،؟"}, false, 4))},
        {"digits", make("digits", {"1234567890", "-/:;()&@\"'", ".,?!¿¡+*#%"}, false, 2)},
        {"code", make_code_layout()},
        {"mark", make_mark_layout()},
    };
    return all;
}

} // namespace

std::string to_upper(const std::string& character) {
    const auto cps = utf8::decode(character);
    if (cps.size() == 1 && cps[0] == 'i')
        return "I";
    std::string out;
    for (char32_t cp : cps)
        utf8::append(out, upper_of(cp));
    return out;
}

const KeyboardLayout& keyboard_layout(const std::string& id) {
    const auto it = layouts().find(id);
    return it != layouts().end() ? it->second : layouts().at("latin");
}

const std::vector<std::string>& keyboard_layout_ids() {
    static const std::vector<std::string> ids = {"latin",   "accents", "cyrillic", "arabic",
                                                 "persian", "digits",  "code",     "mark"};
    return ids;
}

std::string default_layout_for(const std::string& language) {
    for (const LanguageInfo& l : kLanguages)
        if (l.code == language)
            return std::string(l.keyboard);
    return "latin";
}

std::string all_keyboard_text() {
    std::string out;
    for (const auto& [id, layout] : layouts())
        for (const auto& row : layout.rows)
            for (const auto& key : row)
                out += key.lower + key.upper;
    return out;
}

} // namespace kiosk
