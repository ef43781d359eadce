// Translations: one TOML file per language in assets/i18n/, flattened to dotted keys
// ("[home] title = ..." is "home.title"). Lookups fall back visitor language -> English
// -> Dutch and remember every fallback so staff can see what is missing.
#pragma once

#include "problem.hpp"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace kiosk {

struct Language {
    std::string code;        // "nl"
    std::string native_name; // "Nederlands"
};

class Catalog {
  public:
    // Loads <dir>/<code>.toml for each code. Problems name file, line and key.
    static Catalog load(const std::string& dir, const std::vector<std::string>& codes,
                        std::vector<Problem>& problems);

    const std::vector<Language>& languages() const { return languages_; }
    bool has_language(const std::string& code) const;
    bool has(const std::string& code, const std::string& key) const;
    std::vector<std::string> keys(const std::string& code) const;

    // The text for `key` in `code`, falling back to English, then Dutch, then the key.
    const std::string& text(const std::string& code, const std::string& key) const;
    // text() with "{name}" placeholders replaced.
    std::string format(const std::string& code, const std::string& key,
                       const std::vector<std::pair<std::string, std::string>>& args) const;
    // Every string of the given languages, e.g. to choose which glyphs a font needs.
    std::string all_text() const;

    // "<lang>:<key>" for each lookup that had to fall back.
    const std::set<std::string>& fallbacks_used() const { return fallbacks_used_; }

    void add(const std::string& code, const std::string& key, std::string value);
    void add_language(Language language);

  private:
    std::vector<Language> languages_;
    std::map<std::string, std::map<std::string, std::string>> texts_;
    mutable std::set<std::string> fallbacks_used_;
    mutable std::map<std::string, std::string> missing_; // key shown as itself, stable storage
};

} // namespace kiosk
