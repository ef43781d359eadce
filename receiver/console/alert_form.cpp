// Reading the alert form's fields and writing them as TOML.
#include "alert_form.hpp"

#include "core/languages.hpp"
#include "web_form.hpp"

#include <cstdio>
#include <sstream>
#include <vector>

namespace console {

namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return "";
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> words_of(const std::string& list) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : list + ",") {
        if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        if (!trimmed(line).empty())
            lines.push_back(trimmed(line));
    return lines;
}

std::string toml_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + toml_string(items[i]);
    return out + "]";
}

} // namespace

AlertForm alert_form_from(const std::map<std::string, std::string>& fields) {
    AlertForm form;
    form.id = trimmed(value_of(fields, "id"));
    form.level = trimmed(value_of(fields, "level"));
    form.source = trimmed(value_of(fields, "source"));
    form.issued = trimmed(value_of(fields, "issued"));
    form.expires = trimmed(value_of(fields, "expires"));
    form.substances = trimmed(value_of(fields, "substances"));
    form.signal_id = trimmed(value_of(fields, "signal"));
    for (const auto& code : kiosk::language_codes()) {
        AlertTextForm text{trimmed(value_of(fields, "title_" + code)),
                           value_of(fields, "text_" + code)};
        if (!text.title.empty() || !trimmed(text.lines).empty())
            form.text.emplace(code, std::move(text));
    }
    return form;
}

std::string alert_toml_block(const AlertForm& form) {
    std::string out = "[[alert]]\n";
    out += "id = " + toml_string(form.id) + "\n";
    out += "level = " + toml_string(form.level) + "\n";
    out += "source = " + toml_string(form.source) + "\n";
    out += "issued = " + toml_string(form.issued) + "\n";
    out += "expires = " + toml_string(form.expires) + "\n";
    out += "substances = " + toml_list(words_of(form.substances)) + "\n";
    for (const auto& code : kiosk::language_codes()) {
        const auto it = form.text.find(code);
        if (it == form.text.end())
            continue;
        out += "\n[alert." + code + "]\n";
        out += "title = " + toml_string(it->second.title) + "\n";
        out += "text = " + toml_list(lines_of(it->second.lines)) + "\n";
    }
    return out + "\n";
}

std::string new_alert_id(const AlertForm& form, const std::set<std::string>& taken) {
    const auto plain = [](const std::string& word) {
        return !word.empty() && word.size() <= 40 &&
               word.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") ==
                   std::string::npos;
    };
    const bool day = form.issued.size() == 10 && plain(form.issued);
    std::string base = day ? form.issued : "alert";
    const auto substances = words_of(form.substances);
    if (!substances.empty() && plain(substances.front()))
        base += "-" + substances.front();
    base = base.substr(0, 56);
    std::string id = base;
    for (int n = 2; taken.count(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

std::string toml_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04X", byte);
            out += escaped;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

} // namespace console
