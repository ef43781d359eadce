// Percent-decoding and splitting of forms and cookies.
#include "web_form.hpp"

#include "core/utf8.hpp"

namespace console {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::string decode(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
                   hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    // A browser sends UTF-8. Anything else (a hand-made request) has each bad byte replaced by
    // U+FFFD, so no field carries broken text on to TOML, SQLite or PostgreSQL.
    return kiosk::utf8::encode(kiosk::utf8::decode(out));
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) {
        return "";
    }
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

} // namespace

std::map<std::string, std::string> parse_form(const std::string& body) {
    std::map<std::string, std::string> fields;
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = body.find('&', start);
        if (end == std::string::npos) {
            end = body.size();
        }
        const std::string pair = body.substr(start, end - start);
        const auto eq = pair.find('=');
        if (!pair.empty()) {
            fields[decode(pair.substr(0, eq))] =
                eq == std::string::npos ? "" : decode(pair.substr(eq + 1));
        }
        start = end + 1;
    }
    return fields;
}

std::map<std::string, std::string> parse_cookies(const std::string& header) {
    std::map<std::string, std::string> cookies;
    std::size_t start = 0;
    while (start < header.size()) {
        std::size_t end = header.find(';', start);
        if (end == std::string::npos) {
            end = header.size();
        }
        const std::string pair = trimmed(header.substr(start, end - start));
        const auto eq = pair.find('=');
        if (eq != std::string::npos && eq > 0) {
            cookies[pair.substr(0, eq)] = pair.substr(eq + 1);
        }
        start = end + 1;
    }
    return cookies;
}

std::string value_of(const std::map<std::string, std::string>& fields, const std::string& name) {
    const auto it = fields.find(name);
    return it == fields.end() ? "" : it->second;
}

} // namespace console
