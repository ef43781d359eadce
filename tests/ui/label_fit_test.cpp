// Every visitor screen in every shipped language, at 800x480 and 720x1280, with and without
// large text: no label (button, tile, top bar) is drawn below body size, none is cut or
// broken inside a word. The UI dump carries each label's size and whether it was cut; this
// reads the same items, scrolling every page to its end as a visitor would.
#include "support/screen_topics.hpp"
#include "support/ui_harness.hpp"

#include "core/groups/schedule.hpp"
#include "core/screen_id.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

constexpr std::int64_t kMonday = 1795428000; // a Monday morning with sessions ahead

// Problems with the labels on screen now, as "screen/topic: id (label): what".
void check_labels(const UiHarness& h, float body_px, const std::string& where,
                  std::vector<std::string>& problems) {
    for (const auto& item : h.ui().taps()) {
        if (item.text_px == 0)
            continue; // draws no label (a text field, an icon-only button)
        std::ostringstream what;
        if (item.text_px + 0.5f < body_px)
            what << "drawn at " << item.text_px << " px, body is " << body_px << " px";
        if (item.clipped)
            what << (what.str().empty() ? "" : "; ") << "cut or broken in a word";
        if (!what.str().empty())
            problems.push_back(where + ": " + item.id + " (" + item.label + "): " + what.str());
    }
}

// Shows the screen, then drags the page up until it stops moving, checking at every stop.
void check_screen(UiHarness& h, const Place& place, float body_px,
                  std::vector<std::string>& problems) {
    h.apply(action::Open{place});
    h.step(3);
    const std::string where = h.screen() + "/" + place.topic;
    std::string last;
    for (int page = 0; page < 12; ++page) {
        check_labels(h, body_px, where, problems);
        std::string seen; // where every scrolling area is: unchanged once at the end
        for (const auto& [id, scroll] : h.ui().state().scrolls)
            seen +=
                std::to_string(id) + ":" + std::to_string(static_cast<int>(scroll.scroll_y)) + ";";
        if (seen == last) {
            if (std::getenv("LABEL_DEBUG"))
                std::fprintf(stderr, "%s pages %d\n", where.c_str(), page);
            break;
        }
        last = seen;
        const float bottom = h.transform().logical_height();
        h.drag({h.transform().logical_width() * 0.5f, bottom - 40}, -(bottom * 0.5f), 8, 16);
        h.step(30); // let a fling settle
    }
}

void check_language(const std::string& lang) {
    std::vector<std::string> problems;
    for (const auto& [w, hgt] : {std::pair{800.0f, 480.0f}, std::pair{720.0f, 1280.0f}})
        for (const bool large : {false, true}) {
            UiHarness h(kiosk::test::speaking_config(), w, hgt); // the fullest bar: Listen too
            h.enable_groups(kMonday);
            h.apply(action::ChooseLanguage{lang});
            if (large)
                h.apply(action::ToggleLargeText{});
            const float body = h.ui().theme_for(h.model()).body_px;
            const std::string size = std::to_string(static_cast<int>(w)) + "x" +
                                     std::to_string(static_cast<int>(hgt)) +
                                     (large ? " large" : "");
            for (const auto& info : kScreens) {
                if (info.audience != Audience::Visitor)
                    continue;
                for (const auto& topic : kiosk::test::topics_for(info.id, *h.model().content())) {
                    std::vector<std::string> found;
                    check_screen(h, {info.id, topic}, body, found);
                    for (auto& p : found)
                        problems.push_back(size + " " + p);
                    if (large != h.model().large_text())
                        h.apply(action::ToggleLargeText{}); // a reset would end it
                    if (h.model().language() != lang)
                        h.apply(action::ChooseLanguage{lang});
                }
            }
        }
    INFO(lang << ": " << problems.size() << " labels\n"
              << [&] {
                     std::string all;
                     for (std::size_t i = 0; i < problems.size() && i < 40; ++i)
                         all += problems[i] + "\n";
                     return all;
                 }());
    CHECK(problems.empty());
}

} // namespace

TEST_CASE("labels fit at body size on every visitor screen: nl", "[ui][labels]") {
    check_language("nl");
}
TEST_CASE("labels fit at body size on every visitor screen: en", "[ui][labels]") {
    check_language("en");
}
TEST_CASE("labels fit at body size on every visitor screen: pl", "[ui][labels]") {
    check_language("pl");
}
TEST_CASE("labels fit at body size on every visitor screen: ro", "[ui][labels]") {
    check_language("ro");
}
TEST_CASE("labels fit at body size on every visitor screen: ru", "[ui][labels]") {
    check_language("ru");
}
TEST_CASE("labels fit at body size on every visitor screen: uk", "[ui][labels]") {
    check_language("uk");
}
TEST_CASE("labels fit at body size on every visitor screen: es", "[ui][labels]") {
    check_language("es");
}
TEST_CASE("labels fit at body size on every visitor screen: fr", "[ui][labels]") {
    check_language("fr");
}
TEST_CASE("labels fit at body size on every visitor screen: tr", "[ui][labels]") {
    check_language("tr");
}
TEST_CASE("labels fit at body size on every visitor screen: ar", "[ui][labels]") {
    check_language("ar");
}
TEST_CASE("labels fit at body size on every visitor screen: fa", "[ui][labels]") {
    check_language("fa");
}
