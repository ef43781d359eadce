// UTF-8 handling, search folding and the text field visitors type into.
#include "core/keyboard_layout.hpp"
#include "core/languages.hpp"
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

TEST_CASE("search folding treats Arabic and Persian spellings of a letter as one") {
    // Alef forms, taa marbuta and haa, alef maqsura and yaa.
    CHECK(fold_for_search("أفيون") == fold_for_search("افيون"));
    CHECK(fold_for_search("إبرة") == fold_for_search("ابره"));
    CHECK(fold_for_search("آمن") == fold_for_search("امن"));
    CHECK(fold_for_search("مستشفى") == fold_for_search("مستشفي"));
    // Persian kaf and yeh are Arabic kaf and yaa: a Persian keyboard finds Arabic text.
    CHECK(search_matches("كوكايين", "کوکایین"));
    // Vowel marks, the tatweel stretch and the zero-width non-joiner are ignored.
    CHECK(fold_for_search("مُخَدِّرات") == fold_for_search("مخدرات"));
    CHECK(fold_for_search("مـــخدرات") == fold_for_search("مخدرات"));
    CHECK(fold_for_search("می‌شود") == fold_for_search("میشود"));
    // Different letters stay different.
    CHECK_FALSE(search_matches("كوكايين", "هيروين"));
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

TEST_CASE("a field of capitals and digits keeps A-Z and 0-9, capitalises, drops the rest") {
    TextField mark(6, TextKind::CapitalsAndDigits);
    CHECK(mark.type("pb-7 éЖ٣!"));
    CHECK(mark.text() == "PB7");
    CHECK_FALSE(mark.type("tesla5"));
    CHECK(mark.text() == "PB7TES");
    // Copies keep what the field takes.
    TextField copy = mark;
    copy.clear();
    copy.type("x");
    CHECK(copy.text() == "X");
}

TEST_CASE("the mark pad types only what a mark field keeps, and has nowhere to switch to") {
    const KeyboardLayout& pad = keyboard_layout("mark");
    REQUIRE(pad.id == "mark");
    int characters = 0;
    for (const auto& row : pad.rows)
        for (const auto& key : row) {
            CHECK(key.action != KeyAction::SwitchLayout);
            if (key.action != KeyAction::Character)
                continue;
            ++characters;
            TextField mark(2, TextKind::CapitalsAndDigits);
            mark.type(key.lower);
            CHECK(mark.text() == key.lower); // every key's character is kept as it is
        }
    CHECK(characters == 36); // A-Z and 0-9
}

TEST_CASE("Arabic and Persian visitors start on their own keyboard and can reach Latin and back") {
    CHECK(default_layout_for("ar") == "arabic");
    CHECK(default_layout_for("fa") == "persian");
    for (const std::string id : {"arabic", "persian"}) {
        const KeyboardLayout& layout = keyboard_layout(id);
        REQUIRE(layout.id == id);
        bool to_latin = false;
        for (const auto& row : layout.rows)
            for (const Key& key : row) {
                if (key.action == KeyAction::Character)
                    for (char32_t c : utf8::decode(key.lower))
                        CHECK((c >= 0x0600 && c <= 0x06FF)); // letters of the script only
                to_latin = to_latin || key.target == "latin";
            }
        CHECK(to_latin);
    }
    // Persian has its own letters; Arabic its own.
    CHECK(all_keyboard_text().find("پ") != std::string::npos);
    CHECK(all_keyboard_text().find("ة") != std::string::npos);
    bool latin_to_arabic = false;
    for (const auto& row : keyboard_layout("latin").rows)
        for (const Key& key : row)
            latin_to_arabic = latin_to_arabic || key.target == "arabic";
    CHECK(latin_to_arabic);
}

TEST_CASE(
    "the language table gives every shipped language once, Arabic and Persian right to left") {
    CHECK(language_codes().size() == kLanguages.size());
    CHECK(is_right_to_left("ar"));
    CHECK(is_right_to_left("fa"));
    CHECK_FALSE(is_right_to_left("nl"));
    CHECK_FALSE(is_right_to_left("xx"));
    CHECK(language_list().find("fa") != std::string::npos);
}
