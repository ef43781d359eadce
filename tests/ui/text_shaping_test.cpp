// The text engine for Arabic and Persian: bidi order (FriBiDi), shaping (HarfBuzz) and the
// layouts drawn from them, checked against what a reader expects.
#include "ui/text/arabic_font.hpp"
#include "ui/text/bidi_runs.hpp"
#include "ui/text/script.hpp"

#include "core/utf8.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using namespace kiosk::ui::text;

namespace {
std::u32string u32(const std::string& s) {
    const auto cps = utf8::decode(s);
    return {cps.begin(), cps.end()};
}
std::string part(const std::u32string& line, const BidiRun& run) {
    return utf8::encode(std::vector<char32_t>(line.begin() + static_cast<long>(run.start),
                                              line.begin() + static_cast<long>(run.end)));
}
} // namespace

TEST_CASE("bidi: 112 inside an Arabic sentence stays whole, left to right, in its place") {
    const std::u32string line = u32("اتصل بالرقم 112 الآن");
    const auto runs = visual_runs(line, BaseDirection::RightToLeft);
    REQUIRE(runs.size() == 3);
    // On screen from the left: the sentence's last word, the number, then its first words.
    CHECK(part(line, runs[0]) == " الآن");
    CHECK(runs[0].right_to_left);
    CHECK(part(line, runs[1]) == "112");
    CHECK_FALSE(runs[1].right_to_left);
    CHECK(part(line, runs[2]) == "اتصل بالرقم ");
    CHECK(runs[2].right_to_left);
}

TEST_CASE("bidi: Latin names, codes and phone numbers in Persian keep their own order") {
    // Plain bidi shows "3-MMC" after a Persian word as "MMC-3": such stretches are isolated.
    const std::u32string line = isolate_left_to_right(u32("مصرف GHB و 3-MMC خطرناک است"));
    const auto runs = visual_runs(line, BaseDirection::RightToLeft);
    std::vector<std::string> ltr;
    for (const auto& r : runs)
        if (!r.right_to_left)
            ltr.push_back(part(line, r));
    // "3-MMC" is one left-to-right run; GHB another; 3-MMC (later in the sentence) is left of it.
    REQUIRE(ltr.size() == 2);
    CHECK(ltr[0] == "3-MMC");
    CHECK(ltr[1] == "GHB");
    // A phone number's groups stay in their order, and the full stop after it stays outside.
    const std::u32string phone = isolate_left_to_right(u32("بگیر 020 000 0000."));
    const auto phone_runs = visual_runs(phone, BaseDirection::RightToLeft);
    int ltr_runs = 0;
    for (const auto& r : phone_runs)
        if (!r.right_to_left) {
            ++ltr_runs;
            CHECK(part(phone, r) == "020 000 0000");
        }
    CHECK(ltr_runs == 1);
    CHECK(phone.back() == U'.');
}

TEST_CASE("bidi: a Latin name with a bracket in Arabic stays in its own order") {
    // "DIMS (Trimbos)" as an alert's source: not "(Trimbos) DIMS".
    for (const char* text : {"المصدر: DIMS (Trimbos)", "المصدر: DIMS (Trimbos) اليوم",
                             "المصدر: DIMS (Trimbos), EXAMPLE"}) {
        const std::u32string line = isolate_left_to_right(u32(text));
        std::vector<std::string> ltr;
        for (const auto& r : visual_runs(line, BaseDirection::RightToLeft))
            if (!r.right_to_left)
                ltr.push_back(part(line, r));
        REQUIRE(ltr.size() == 1);
        CHECK(ltr[0].rfind("DIMS (Trimbos)", 0) == 0);
    }
}

TEST_CASE("bidi: a line of plain Latin text is one left-to-right run") {
    const std::u32string line = u32("Call 112 now");
    const auto runs = visual_runs(line, BaseDirection::LeftToRight);
    REQUIRE(runs.size() == 1);
    CHECK_FALSE(runs[0].right_to_left);
    CHECK(paragraph_direction(u32("112 اتصل"), BaseDirection::LeftToRight) ==
          BaseDirection::RightToLeft);
    CHECK(mirrored(U'(') == U')');
    CHECK(mirrored(U'a') == U'a');
}

TEST_CASE(
    "bidi: on a right-to-left screen a Persian line that starts with GHB reads right to left") {
    const std::u32string line = u32("GHB یک مایع شفاف است.");
    CHECK(paragraph_direction(line, BaseDirection::RightToLeft) == BaseDirection::RightToLeft);
    // On a left-to-right screen the first strong letter decides, and English stays English
    // on a mirrored one.
    CHECK(paragraph_direction(line, BaseDirection::LeftToRight) == BaseDirection::LeftToRight);
    CHECK(paragraph_direction(u32("GHB and GBL"), BaseDirection::RightToLeft) ==
          BaseDirection::LeftToRight);
}

TEST_CASE("shaping: letters join in their contextual forms, lam-alef is one glyph, marks sit on "
          "their letter") {
    const ArabicFace* face = ArabicFace::get(false);
    REQUIRE(face);
    const std::u32string beh = U"\u0628";
    const auto isolated = face->shape(beh.data(), 1, true);
    REQUIRE(isolated.size() == 1);
    const std::u32string two = U"\u0628\u0628";
    const auto joined = face->shape(two.data(), 2, true);
    REQUIRE(joined.size() == 2);
    // Visual order: the final form is at the left, the initial form at the right.
    CHECK(joined[0].glyph != isolated[0].glyph);
    CHECK(joined[1].glyph != isolated[0].glyph);
    CHECK(joined[0].glyph != joined[1].glyph);
    const std::u32string lam_alef = U"\u0644\u0627";
    CHECK(face->shape(lam_alef.data(), 2, true).size() == 1);
    const std::u32string with_fatha = U"\u0628\u064E";
    const auto marked = face->shape(with_fatha.data(), 2, true);
    REQUIRE(marked.size() == 2);
    int zero_advance = 0;
    for (const auto& g : marked)
        zero_advance += g.advance == 0 ? 1 : 0;
    CHECK(zero_advance == 1); // the mark takes no room of its own
}

TEST_CASE("shaping: the atlas gets every form the letters can take, not the whole font") {
    const ArabicFace* face = ArabicFace::get(true);
    REQUIRE(face);
    const auto glyphs = face->glyph_closure(u32("لا ب"));
    // lam, alef, beh: isolated, initial, medial and final forms, and lam-alef ligatures.
    CHECK(glyphs.size() >= 10);
    CHECK(glyphs.size() < 100);
    const std::u32string word = U"\u0644\u0628\u0627";
    for (const auto& g : face->shape(word.data(), word.size(), true))
        CHECK(std::find(glyphs.begin(), glyphs.end(), g.glyph) != glyphs.end());
}

TEST_CASE("only text with right-to-left letters takes the shaping path") {
    CHECK(has_right_to_left("مرحبا"));
    CHECK(has_right_to_left("GHB و MDMA"));
    CHECK_FALSE(has_right_to_left("Кокаин ąę 112 …"));
    CHECK(is_arabic_script(U'\u06CC')); // Persian yeh
    CHECK_FALSE(is_arabic_script(U'a'));
}
