// Translation catalogues: every enabled language has every key, placeholders match, every
// key the code uses exists, and fallbacks are recorded for staff.
#include "core/catalog.hpp"
#include "core/config.hpp"
#include "core/keyboard_layout.hpp"
#include "core/languages.hpp"
#include "core/topic_ids.hpp"
#include "core/utf8.hpp"
#include "sync/uploader.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <dirent.h>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace kiosk;

namespace {

Catalog shipped(std::vector<Problem>& problems) {
    return Catalog::load(std::string(KIOSK_TEST_ASSETS) + "/i18n", Config{}.languages, problems);
}

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> out;
    static const std::regex re("\\{[a-z_]+\\}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
         ++it)
        out.insert(it->str());
    return out;
}

void list_sources(const std::string& dir, std::vector<std::string>& out) {
    DIR* d = opendir(dir.c_str());
    if (!d)
        return;
    while (const dirent* e = readdir(d)) {
        const std::string name = e->d_name;
        if (name == "." || name == "..")
            continue;
        const std::string path = dir + "/" + name;
        if (e->d_type == DT_DIR)
            list_sources(path, out);
        else if (name.size() > 4 && name.substr(name.size() - 4) == ".cpp")
            out.push_back(path);
    }
    closedir(d);
}

} // namespace

TEST_CASE("every shipped catalogue loads without problems") {
    std::vector<Problem> problems;
    const Catalog c = shipped(problems);
    INFO(to_string(problems));
    CHECK(problems.empty());
    CHECK(c.languages().size() == Config{}.languages.size());
}

TEST_CASE("every enabled language has exactly the keys of English, with the same placeholders") {
    std::vector<Problem> problems;
    const Catalog c = shipped(problems);
    const auto english = c.keys("en");
    REQUIRE(english.size() > 50);
    for (const auto& lang : Config{}.languages) {
        const auto keys = c.keys(lang);
        for (const auto& key : english) {
            INFO(lang << " misses " << key);
            CHECK(c.has(lang, key));
            if (c.has(lang, key)) {
                INFO(lang << ":" << key << " placeholders differ from English");
                CHECK(placeholders(c.text(lang, key)) == placeholders(c.text("en", key)));
            }
        }
        for (const auto& key : keys) {
            INFO(lang << " has a key English does not: " << key);
            CHECK(c.has("en", key));
        }
    }
}

TEST_CASE("every language has English's placeholders and numbers in every text") {
    std::vector<Problem> problems;
    const Catalog c =
        Catalog::load(std::string(KIOSK_TEST_ASSETS) + "/i18n", language_codes(), problems);
    CHECK(problems.empty());
    // The runs of digits ("112", "0800-0113", "15"), in any order: Western digits only.
    const auto digit_runs = [](const std::string& text) {
        std::vector<std::string> runs;
        std::string run;
        for (char ch : text + " ") {
            if (ch >= '0' && ch <= '9') {
                run += ch;
            } else if (!run.empty()) {
                runs.push_back(run);
                run.clear();
            }
        }
        std::sort(runs.begin(), runs.end());
        return runs;
    };
    for (const auto& info : kLanguages) {
        const std::string lang(info.code);
        if (lang == "en")
            continue;
        REQUIRE(c.keys(lang).size() > 40);
        for (const auto& key : c.keys(lang)) {
            INFO(lang << ":" << key);
            REQUIRE(c.has("en", key));
            CHECK(placeholders(c.text(lang, key)) == placeholders(c.text("en", key)));
            CHECK(digit_runs(c.text(lang, key)) == digit_runs(c.text("en", key)));
        }
    }
}

TEST_CASE("every catalogue key written in the code exists in Dutch and English") {
    std::vector<std::string> files;
    // Catalogue keys are used by the UI only (config keys in core look alike).
    list_sources(std::string(KIOSK_TEST_SOURCE_DIR) + "/kiosk/ui", files);
    REQUIRE(files.size() > 10);
    std::vector<Problem> problems;
    const Catalog c = shipped(problems);
    // Keys reach the catalogue through tr("key"), format(lang, "key", ...) or text(lang, "key").
    static const std::regex key_literal(
        "(?:tr|format|text)\\((?:[^\";]*?,\\s*)?\"([a-z_]+\\.[a-z_.]+)\"");
    std::set<std::string> used;
    for (const auto& file : files) {
        std::ifstream in(file);
        std::stringstream buf;
        buf << in.rdbuf();
        const std::string text = buf.str();
        for (auto it = std::sregex_iterator(text.begin(), text.end(), key_literal);
             it != std::sregex_iterator(); ++it) {
            const std::string key = (*it)[1];
            if (key.back() == '.' || key.back() == '_')
                continue; // a prefix completed at run time; checked below
            used.insert(key);
            INFO(file << " uses " << key);
            CHECK(c.has("nl", key));
            CHECK(c.has("en", key));
        }
    }
    CHECK(used.count("nav.quick_exit") == 1);
    CHECK(used.count("home.info_title") == 1);
    CHECK(used.count("staff.pin_locked") == 1);
}

TEST_CASE("every topic and group step has its texts in every language") {
    std::vector<Problem> problems;
    const Catalog c = shipped(problems);
    for (const auto& lang : Config{}.languages) {
        for (const auto& topic : info_topic_ids()) {
            INFO(lang << " topic " << topic);
            CHECK(c.has(lang, "info.topic." + topic));
        }
        for (const auto& step : group_step_ids()) {
            INFO(lang << " step " << step);
            CHECK(c.has(lang, "groups.step." + step + "_title"));
            CHECK(c.has(lang, "groups.step." + step + "_text"));
        }
    }
}

TEST_CASE("every upload problem has its staff text in every language") {
    using kiosk::sync::Problem;
    std::vector<kiosk::Problem> problems_loading;
    const Catalog c = shipped(problems_loading);
    for (const auto& lang : Config{}.languages) {
        for (const Problem p :
             {Problem::Offline, Problem::Timeout, Problem::Tls, Problem::Pin, Problem::LoginPage,
              Problem::ServerError, Problem::Busy, Problem::Refused, Problem::WrongAddress,
              Problem::Storage, Problem::Other}) {
            const std::string key = std::string("staff.sync.problem_") + problem_key(p);
            INFO(lang << " " << key);
            CHECK(c.has(lang, key));
        }
    }
}

TEST_CASE("lookups fall back to English, then Dutch, and staff can see each fallback") {
    Catalog c;
    c.add_language({"nl", "Nederlands"});
    c.add_language({"en", "English"});
    c.add_language({"pl", "Polski"});
    c.add("nl", "a", "nl-a");
    c.add("nl", "b", "nl-b");
    c.add("en", "a", "en-a");
    c.add("pl", "x", "pl-x");
    CHECK(c.text("pl", "x") == "pl-x");
    CHECK(c.fallbacks_used().empty());
    CHECK(c.text("pl", "a") == "en-a");
    CHECK(c.text("pl", "b") == "nl-b");
    CHECK(c.text("pl", "zzz") == "zzz");
    CHECK(c.fallbacks_used() == std::set<std::string>{"pl:a", "pl:b", "pl:zzz"});
    CHECK(c.format("nl", "a", {{"n", "1"}}) == "nl-a");
}

TEST_CASE("format fills every placeholder, also repeated ones") {
    Catalog c;
    c.add_language({"en", "English"});
    c.add("en", "k", "{n} of {n} in {s}");
    CHECK(c.format("en", "k", {{"n", "3"}, {"s", "{n}"}}) == "3 of 3 in {n}");
}

TEST_CASE("a broken catalogue reports file and line, and loading goes on") {
    std::vector<Problem> problems;
    const Catalog c =
        Catalog::load(std::string(KIOSK_TEST_ASSETS) + "/i18n", {"nl", "xx"}, problems);
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].file, Catch::EndsWith("xx.toml"));
    CHECK(c.has_language("nl"));
}

TEST_CASE("the keyboard can type every letter of every shipped language's texts") {
    std::vector<Problem> problems;
    const Catalog c = shipped(problems);
    const std::string keys = all_keyboard_text();
    for (const auto& lang : Config{}.languages) {
        for (const auto& key : c.keys(lang)) {
            if (key.rfind("meta.", 0) == 0)
                continue;
            for (char32_t cp : utf8::decode(c.text(lang, key))) {
                // Letters only: punctuation and symbols are typed from the digits page or
                // not needed for searching.
                const bool letter = (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F) ||
                                    (cp >= 0x400 && cp <= 0x4FF);
                if (!letter || cp == 0xD7 || cp == 0xF7)
                    continue;
                std::string ch;
                utf8::append(ch, cp);
                INFO(lang << ":" << key << " needs '" << ch << "'");
                CHECK(keys.find(ch) != std::string::npos);
            }
        }
    }
}

TEST_CASE("keyboard layouts: shift gives the upper case, Cyrillic for ru and uk") {
    CHECK(to_upper("é") == "É");
    CHECK(to_upper("ł") == "Ł");
    CHECK(to_upper("ș") == "Ș");
    CHECK(to_upper("ж") == "Ж");
    CHECK(to_upper("ї") == "Ї");
    CHECK(to_upper("ґ") == "Ґ");
    CHECK(to_upper("ı") == "I");
    CHECK(default_layout_for("ru") == "cyrillic");
    CHECK(default_layout_for("uk") == "cyrillic");
    CHECK(default_layout_for("tr") == "latin");
    std::set<std::string> ids;
    for (const auto& layout : keyboard_layout_ids())
        for (const auto& row : keyboard_layout(layout).rows)
            for (const auto& key : row) {
                INFO(key.id);
                CHECK(ids.insert(key.id).second); // widget ids are unique
            }
}
