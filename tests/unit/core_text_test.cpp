// UTF-8 handling, search folding and the text field visitors type into.
#include "core/search_fold.hpp"
#include "core/text_field.hpp"
#include "core/utf8.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;

TEST_CASE("utf8 decodes and re-encodes accented and Cyrillic text unchanged") {
    const std::string text = "Cocaïne ąęł șț ğış Кокаин їґ";
    CHECK(utf8::encode(utf8::decode(text)) == text);
    CHECK(utf8::length("ïą") == 2);
}

TEST_CASE("utf8 turns broken bytes into replacement characters instead of failing") {
    const auto cps = utf8::decode(std::string("a\xC3") + "b\xFF");
    REQUIRE(cps.size() == 4);
    CHECK(cps[0] == U'a');
    CHECK(cps[1] == 0xFFFD);
    CHECK(cps[2] == U'b');
    CHECK(cps[3] == 0xFFFD);
}

TEST_CASE("utf8 pop_back removes a whole character, not a byte") {
    std::string s = "aé";
    utf8::pop_back(s);
    CHECK(s == "a");
    std::string cyr = "дж";
    utf8::pop_back(cyr);
    CHECK(cyr == "д");
}

TEST_CASE("search folding ignores case and accents in every kiosk language") {
    CHECK(fold_for_search("Cocaïne") == "cocaine");
    CHECK(fold_for_search("ŞEKER Ğİ") == "seker gi");
    CHECK(fold_for_search("Ștefan Țară") == "stefan tara");
    CHECK(fold_for_search("ŁÓDŹ") == "lodz");
    CHECK(fold_for_search("Ёлка КОКАИН") == "елка кокаин");
    CHECK(fold_for_search("ЇЖАК Ґ") == "їжак г");
}

TEST_CASE("search matches when every typed word occurs") {
    CHECK(search_matches("Overdose and first aid", "first over"));
    CHECK(search_matches("Drugs laten testen", "TEST"));
    CHECK_FALSE(search_matches("Drugs laten testen", "test hiv"));
    CHECK_FALSE(search_matches("anything", "   "));
}

TEST_CASE("text field keeps whole characters up to its limit and drops control codes") {
    TextField field(5);
    CHECK(field.type("ab\ncd"));
    CHECK(field.text() == "abcd");
    CHECK_FALSE(field.type("éé"));
    CHECK(field.text() == "abcdé");
    field.backspace();
    CHECK(field.text() == "abcd");
    field.clear();
    CHECK(field.empty());
}
