// The harness types as a person would: it looks for a key on screen that types the next
// character, switching the keyboard's layout and shift when none does.
#include "ui_harness.hpp"

#include "core/keyboard_layout.hpp"
#include "core/utf8.hpp"

#include <stdexcept>

namespace kiosk::test {

namespace {
bool ends_with(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}
} // namespace

void UiHarness::switch_layout(const std::string& layout_id) {
    // With the switch key on screen; else through Latin, which every layout reaches.
    for (int hop = 0; hop < 2; ++hop) {
        for (const auto& id : visible_ids())
            if (ends_with(id, ".to-" + layout_id)) {
                tap(id);
                return;
            }
        for (const auto& id : visible_ids())
            if (ends_with(id, ".to-latin")) {
                tap(id);
                break;
            }
    }
    throw std::runtime_error("no way to the '" + layout_id + "' keyboard");
}

void UiHarness::type(const std::string& text) {
    for (char32_t cp : utf8::decode(text)) {
        std::string ch;
        utf8::append(ch, cp);
        if (ch == " ") {
            for (const auto& id : visible_ids())
                if (id.size() > 6 && id.compare(id.size() - 6, 6, ".space") == 0) {
                    tap(id);
                    break;
                }
            continue;
        }
        // A key on screen that types it, as a person would look first.
        bool done = false;
        for (const auto& layout_id : keyboard_layout_ids())
            for (const auto& row : keyboard_layout(layout_id).rows)
                for (const auto& key : row)
                    if (!done && key.action == KeyAction::Character && visible(key.id) &&
                        (key.lower == ch || (key.upper == ch && !ui_.state().shift))) {
                        if (key.lower != ch)
                            tap("kb." + layout_id + ".shift");
                        tap(key.id);
                        done = true;
                    }
        if (done)
            continue;
        // Else find the layout and case that types this character.
        for (const auto& layout_id : keyboard_layout_ids()) {
            for (const auto& row : keyboard_layout(layout_id).rows) {
                for (const auto& key : row) {
                    if (key.action != KeyAction::Character || (key.lower != ch && key.upper != ch))
                        continue;
                    if (!visible(key.id))
                        switch_layout(layout_id);
                    const bool need_upper = key.upper == ch && key.lower != ch;
                    if (need_upper)
                        tap("kb." + layout_id + ".shift");
                    tap(key.id);
                    done = true;
                    break;
                }
                if (done)
                    break;
            }
            if (done)
                break;
        }
        if (!done)
            throw std::runtime_error("no key types '" + ch + "'");
    }
}

} // namespace kiosk::test
