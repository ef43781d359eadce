// Every visitor screen in every language has something to read aloud, and what it reads is in
// that language: a sentence read in Polish that is word for word the English one (and not the
// Dutch one too, as a place's own name is) means a text fell back to English.
#include "support/screen_topics.hpp"
#include "support/ui_harness.hpp"

#include "core/languages.hpp"
#include "core/screen_id.hpp"
#include "ui/speech_script.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

constexpr std::int64_t kMonday = 1795428000; // a Monday morning with sessions ahead

// What each visitor screen reads, by "screen/topic", in one language.
std::map<std::string, std::vector<std::string>> scripts_in(const std::string& lang) {
    UiHarness h(kiosk::test::speaking_config(), 800, 480);
    h.enable_groups(kMonday);
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& info : kScreens) {
        if (info.audience != Audience::Visitor)
            continue;
        for (const auto& topic : kiosk::test::topics_for(info.id, *h.model().content())) {
            h.apply(action::ChooseLanguage{lang});
            h.apply(action::Open{{info.id, topic}});
            h.step(3);
            auto& lines = out[std::string(info.name) + "/" + topic];
            for (const auto& line : ui::speech_script(h.model(), h.ui().texts(), false))
                lines.push_back(line.text);
        }
    }
    return out;
}

std::size_t words(const std::string& s) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = c == ' ';
        n += !space && !in_word;
        in_word = !space;
    }
    return n;
}

} // namespace

TEST_CASE("every visitor screen reads aloud in every language, and not in English") {
    const auto english = scripts_in("en");
    const auto dutch = scripts_in("nl");
    REQUIRE(english.size() > 30);
    for (const auto& lang : language_codes()) {
        const auto scripts = lang == "en" ? english : lang == "nl" ? dutch : scripts_in(lang);
        for (const auto& [where, lines] : scripts) {
            INFO(lang << " " << where);
            CHECK_FALSE(lines.empty());
            if (lang == "en" || lang == "nl") // the sources
                continue;
            const auto& en = english.at(where);
            const auto& nl = dutch.at(where);
            const std::set<std::string> en_lines(en.begin(), en.end());
            const std::set<std::string> nl_lines(nl.begin(), nl.end());
            for (const auto& line : lines)
                if (words(line) >= 3 && en_lines.count(line) && !nl_lines.count(line)) {
                    INFO(line);
                    CHECK(false); // an English sentence on a screen in another language
                }
        }
    }
}
