// Loading and looking up translation catalogues.
#include "catalog.hpp"

#include <toml++/toml.h>

namespace kiosk {

namespace {

void flatten(const toml::table& table, const std::string& prefix, const std::string& file,
             std::map<std::string, std::string>& out, std::vector<Problem>& problems) {
    for (const auto& [key, node] : table) {
        const std::string full =
            prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
        if (const auto* sub = node.as_table()) {
            flatten(*sub, full, file, out, problems);
        } else if (const auto* str = node.as_string()) {
            out[full] = str->get();
        } else {
            problems.push_back({file, static_cast<int>(node.source().begin.line), full,
                                "must be text in double quotes"});
        }
    }
}

} // namespace

Catalog Catalog::load(const std::string& dir, const std::vector<std::string>& codes,
                      std::vector<Problem>& problems) {
    Catalog catalog;
    for (const auto& code : codes) {
        const std::string file = dir + "/" + code + ".toml";
        toml::table table;
        try {
            table = toml::parse_file(file);
        } catch (const toml::parse_error& err) {
            problems.push_back({file, static_cast<int>(err.source().begin.line), "",
                                std::string(err.description())});
            continue;
        }
        std::map<std::string, std::string> texts;
        flatten(table, "", file, texts, problems);
        Language language{code, texts["meta.native_name"]};
        if (language.native_name.empty())
            problems.push_back({file, 0, "meta.native_name",
                                "missing: the language's own name, e.g. \"Nederlands\""});
        catalog.add_language(language);
        for (auto& [key, value] : texts)
            catalog.add(code, key, std::move(value));
    }
    return catalog;
}

void Catalog::add_language(Language language) {
    texts_[language.code];
    languages_.push_back(std::move(language));
}

void Catalog::add(const std::string& code, const std::string& key, std::string value) {
    texts_[code][key] = std::move(value);
}

bool Catalog::has_language(const std::string& code) const {
    return texts_.count(code) > 0;
}

bool Catalog::has(const std::string& code, const std::string& key) const {
    const auto lang = texts_.find(code);
    return lang != texts_.end() && lang->second.count(key) > 0;
}

std::vector<std::string> Catalog::keys(const std::string& code) const {
    std::vector<std::string> out;
    if (const auto lang = texts_.find(code); lang != texts_.end())
        for (const auto& entry : lang->second)
            out.push_back(entry.first);
    return out;
}

const std::string& Catalog::text(const std::string& code, const std::string& key) const {
    for (const char* candidate : {code.c_str(), "en", "nl"}) {
        const auto lang = texts_.find(candidate);
        if (lang == texts_.end())
            continue;
        const auto entry = lang->second.find(key);
        if (entry != lang->second.end()) {
            if (candidate != code)
                fallbacks_used_.insert(code + ":" + key);
            return entry->second;
        }
    }
    fallbacks_used_.insert(code + ":" + key);
    return missing_.emplace(key, key).first->second;
}

std::string Catalog::format(const std::string& code, const std::string& key,
                            const std::vector<std::pair<std::string, std::string>>& args) const {
    std::string out = text(code, key);
    for (const auto& [name, value] : args) {
        const std::string token = "{" + name + "}";
        for (std::size_t at = out.find(token); at != std::string::npos;
             at = out.find(token, at + value.size()))
            out.replace(at, token.size(), value);
    }
    return out;
}

std::string Catalog::all_text() const {
    std::string out;
    for (const auto& [code, texts] : texts_)
        for (const auto& entry : texts)
            out += entry.second;
    return out;
}

} // namespace kiosk
