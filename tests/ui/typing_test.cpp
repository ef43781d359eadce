// Headless UI: the on-screen keyboard types Latin, accented and Cyrillic letters, shift,
// backspace, and finds topics.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

TEST_CASE("typing on the on-screen keyboard, with accents, shift and backspace") {
    UiHarness h;
    h.tap("home.tile.search");
    h.type("Cocaïne");
    CHECK(h.model().search_text().text() == "Cocaïne");
    h.tap("kb.latin.backspace");
    CHECK(h.model().search_text().text() == "Cocaïn");
    h.tap("search.clear");
    CHECK(h.model().search_text().empty());
    h.type("Łódź șțăî ğışİ ñ");
    CHECK(h.model().search_text().text() == "Łódź șțăî ğışİ ñ");
}

TEST_CASE("shift applies to one letter only") {
    UiHarness h;
    h.tap("home.tile.search");
    h.tap("kb.latin.shift");
    h.tap("kb.latin.a");
    h.tap("kb.latin.a");
    CHECK(h.model().search_text().text() == "Aa");
}

TEST_CASE("Russian and Ukrainian visitors get the Cyrillic keyboard first") {
    UiHarness h;
    h.tap("home.lang.uk");
    h.tap("home.tile.search");
    CHECK(h.visible("kb.cyrillic.ї"));
    CHECK_FALSE(h.visible("kb.latin.q"));
    h.type("Їжак ґ");
    CHECK(h.model().search_text().text() == "Їжак ґ");
}

TEST_CASE("digits layout and switching back") {
    UiHarness h;
    h.tap("home.tile.search");
    h.tap("kb.latin.to-digits");
    h.tap("kb.digits.1");
    h.tap("kb.digits.1");
    h.tap("kb.digits.2");
    CHECK(h.model().search_text().text() == "112");
    h.tap("kb.digits.to-latin");
    CHECK(h.visible("kb.latin.q"));
}

TEST_CASE("search finds topics in the visitor's language, in English and without accents") {
    UiHarness h;
    h.tap("home.tile.search");
    h.type("overdose");
    CHECK(h.visible("search.result.info.emergency"));
    h.tap("search.clear");
    h.type("hiv");
    REQUIRE(h.visible("search.result.info.infections"));
    h.tap("search.result.info.infections");
    CHECK(h.screen() == "page"); // the topic's only page opens directly
    CHECK(h.model().place().topic == "infections");
}

TEST_CASE("nothing found says so kindly") {
    UiHarness h;
    h.tap("home.tile.search");
    h.type("zzqx");
    CHECK_FALSE(h.visible("search.result.info.help"));
    CHECK(h.model().search_text().text() == "zzqx");
}

TEST_CASE("the keyboard can be hidden and shown again") {
    UiHarness h;
    h.tap("home.tile.search");
    h.tap("kb.latin.done");
    CHECK_FALSE(h.visible("kb.latin.q"));
    h.tap("kb.show");
    CHECK(h.visible("kb.latin.q"));
}

TEST_CASE("at 800x480 results run in a strip above the keys, and Hide keyboard shows them all") {
    UiHarness h; // 800x480 with Listen: a two-row top bar leaves no room above the keys
    h.tap("home.tile.search");
    h.type("a"); // matches more topics than one row holds
    REQUIRE(h.visible("search.more"));
    const auto& first_key = h.item("kb.latin.q");
    int in_strip = 0;
    for (const auto& id : h.visible_ids())
        if (id.rfind("search.result.", 0) == 0) {
            ++in_strip;
            CHECK(h.item(id).max.y <= first_key.min.y); // above the keys, whole
            CHECK(h.item(id).max.y - h.item(id).min.y >= 48);
        }
    CHECK(in_strip >= 1);
    h.tap("search.more");
    CHECK_FALSE(h.visible("kb.latin.q"));
    int in_page = 0;
    for (const auto& id : h.visible_ids())
        in_page += id.rfind("search.result.", 0) == 0;
    CHECK(in_page > in_strip);
}
