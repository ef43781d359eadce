// Lookups in the language table.
#include "languages.hpp"

namespace kiosk {

const std::vector<std::string>& language_codes() {
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> out;
        for (const LanguageInfo& l : kLanguages)
            out.emplace_back(l.code);
        return out;
    }();
    return codes;
}

const std::vector<std::string>& complete_language_codes() {
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> out;
        for (const LanguageInfo& l : kLanguages)
            if (l.complete)
                out.emplace_back(l.code);
        return out;
    }();
    return codes;
}

bool is_language(std::string_view code) {
    for (const LanguageInfo& l : kLanguages)
        if (l.code == code)
            return true;
    return false;
}

bool is_right_to_left(std::string_view code) {
    for (const LanguageInfo& l : kLanguages)
        if (l.code == code)
            return l.right_to_left;
    return false;
}

std::string language_list() {
    std::string out;
    for (const LanguageInfo& l : kLanguages)
        out += (out.empty() ? "" : ", ") + std::string(l.code);
    return out;
}

} // namespace kiosk
