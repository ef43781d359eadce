// Hand-written checks for ids, types, times and nesting: small, exact and with no regex.
#include "validation.hpp"

namespace receiver {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_lower_hex(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f');
}

} // namespace

bool is_event_id(const std::string& text) {
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash_here = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash_here ? text[i] != '-' : !is_lower_hex(text[i])) {
            return false;
        }
    }
    return true;
}

bool is_event_type(const std::string& text) {
    if (text.empty() || text.size() > 64) {
        return false;
    }
    bool word_start = true;
    for (char c : text) {
        if (word_start) {
            if (!is_lower(c)) {
                return false;
            }
            word_start = false;
        } else if (c == '.') {
            word_start = true;
        } else if (!is_lower(c) && !is_digit(c) && c != '_') {
            return false;
        }
    }
    return !word_start;
}

bool is_kiosk_id(const std::string& text) {
    if (text.empty() || text.size() > 64) {
        return false;
    }
    for (char c : text) {
        if (!is_lower(c) && !is_digit(c) && c != '-' && c != '_') {
            return false;
        }
    }
    return true;
}

bool nesting_within(const std::string& json, std::size_t max_depth) {
    std::size_t depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (char c : json) {
        if (in_string) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) {
                return false;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return true;
}

} // namespace receiver
