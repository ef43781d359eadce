// The languages the kiosk ships, declared once: their code, the direction they are written
// in and the keyboard a visitor starts typing with. Config, content packs, the schedule and
// the UI all take the list from here.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct LanguageInfo {
    std::string_view code;     // ISO 639-1
    bool right_to_left;        // Arabic script: the UI is mirrored
    std::string_view keyboard; // keyboard_layout() id typing starts with
    // Its whole catalogue and content are in assets/ (drafts for review), so the default
    // config enables it. Persian is not yet: its catalogue is partial (the rest is shown in
    // English) and its content is being drafted. A config may enable it to try it.
    bool complete;
};

inline constexpr std::array kLanguages = {
    LanguageInfo{"nl", false, "latin", true},    LanguageInfo{"en", false, "latin", true},
    LanguageInfo{"pl", false, "latin", true},    LanguageInfo{"ro", false, "latin", true},
    LanguageInfo{"ru", false, "cyrillic", true}, LanguageInfo{"uk", false, "cyrillic", true},
    LanguageInfo{"es", false, "latin", true},    LanguageInfo{"fr", false, "latin", true},
    LanguageInfo{"tr", false, "latin", true},    LanguageInfo{"ar", true, "arabic", true},
    LanguageInfo{"fa", true, "persian", true},
};

// Every code the kiosk knows, in the order above.
const std::vector<std::string>& language_codes();
// The complete ones: what the default config enables.
const std::vector<std::string>& complete_language_codes();
bool is_language(std::string_view code);
// False for an unknown code.
bool is_right_to_left(std::string_view code);
// "nl, en, pl, ..." for messages.
std::string language_list();

} // namespace kiosk
