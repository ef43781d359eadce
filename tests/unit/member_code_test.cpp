// Member codes: alphabets without look-alikes, the LLL-DDD format, an even spread, typed
// variants normalised, impossible codes refused, and the 12 picture symbols.
#include "core/groups/member_code.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

using namespace kiosk::groups;

namespace {

bool well_formed(const std::string& code) {
    if (code.size() != 7 || code[3] != '-')
        return false;
    for (std::size_t i = 0; i < 3; ++i)
        if (kCodeLetters.find(code[i]) == std::string_view::npos ||
            kCodeDigits.find(code[i + 4]) == std::string_view::npos)
            return false;
    return true;
}

} // namespace

TEST_CASE("member codes never use 0, O, 1, I or L", "[groups]") {
    for (int i = 0; i < 10000; ++i) {
        const std::string code = make_member_code();
        INFO(code);
        REQUIRE(well_formed(code));
        REQUIRE(code.find_first_of("0O1IL") == std::string::npos);
    }
    CHECK(kCodeLetters.size() == 23);
    CHECK(kCodeDigits.size() == 8);
}

TEST_CASE("member codes come from the injected randomness, without modulo bias", "[groups]") {
    std::uint32_t next = 0;
    CHECK(make_member_code([&] { return next++; }) == "ABC-567");
    // 0xFFFFFFFF lies in the biased top slice for 23 letters and is drawn again.
    std::vector<std::uint32_t> words = {0xFFFFFFFFu, 22, 0, 1, 0, 7, 9};
    std::size_t at = 0;
    CHECK(make_member_code([&] { return words.at(at++); }) == "ZAB-293");
    // A broken generator does not hang.
    CHECK(well_formed(make_member_code([] { return 0xFFFFFFFFu; })));
}

TEST_CASE("member codes spread evenly and rarely repeat", "[groups]") {
    std::mt19937 engine(20260324);
    const auto random = [&] { return static_cast<std::uint32_t>(engine()); };
    std::set<std::string> seen;
    std::vector<std::map<char, int>> counts(7);
    constexpr int kCodes = 10000;
    for (int i = 0; i < kCodes; ++i) {
        const std::string code = make_member_code(random);
        seen.insert(code);
        for (std::size_t p = 0; p < 7; ++p)
            counts[p][code[p]]++;
    }
    // 6.2 million possible codes: about 8 repeats expected in 10,000.
    CHECK(seen.size() >= kCodes - 50);
    for (std::size_t p : {0u, 1u, 2u}) {
        CHECK(counts[p].size() == kCodeLetters.size());
        for (const auto& [c, n] : counts[p])
            CHECK((n > 300 && n < 570)); // 435 expected
    }
    for (std::size_t p : {4u, 5u, 6u}) {
        CHECK(counts[p].size() == kCodeDigits.size());
        for (const auto& [c, n] : counts[p])
            CHECK((n > 1050 && n < 1450)); // 1250 expected
    }
}

TEST_CASE("typed member codes are normalised", "[groups]") {
    for (const char* typed :
         {"KXT-482", "kxt 482", "KXT482", "kxt-482", " k x t - 4 8 2 ", "Kxt--482", "KX-T482"}) {
        INFO(typed);
        CHECK(normalise_member_code(typed) == std::string("KXT-482"));
        CHECK(is_plausible_member_code(typed));
        CHECK(member_code_issue(typed) == CodeIssue::None);
    }
}

TEST_CASE("member codes that cannot exist are refused with a reason", "[groups]") {
    const std::vector<std::pair<const char*, CodeIssue>> cases = {
        {"", CodeIssue::Empty},
        {" - ", CodeIssue::Empty},
        {"KXT-48", CodeIssue::WrongLength},
        {"KXT-4822", CodeIssue::WrongLength},
        {"KXT-482!", CodeIssue::WrongLength},
        {"KX\xC3\x89-482", CodeIssue::WrongChar}, // one character, not a letter a code has
        {"KX0-482", CodeIssue::LookAlike},
        {"KXT-402", CodeIssue::LookAlike},
        {"KXT-182", CodeIssue::LookAlike},
        {"KXI-482", CodeIssue::LookAlike},
        {"LXT-482", CodeIssue::LookAlike},
        {"kxo-482", CodeIssue::LookAlike},
        {"482-KXT", CodeIssue::WrongChar},
        {"KXT-48A", CodeIssue::WrongChar},
        {"KX3-482", CodeIssue::WrongChar},
        {"KX_-482", CodeIssue::WrongChar},
    };
    for (const auto& [typed, issue] : cases) {
        INFO(typed);
        CHECK_FALSE(normalise_member_code(typed));
        CHECK_FALSE(is_plausible_member_code(typed));
        CHECK(member_code_issue(typed) == issue);
    }
}

TEST_CASE("Cyrillic letters that look like Latin ones are read as those", "[groups]") {
    // A Russian or Ukrainian keyboard types these when copying "KXT-482" from paper.
    CHECK(normalise_member_code("кхт-482") == std::optional<std::string>("KXT-482"));
    CHECK(normalise_member_code("КХТ 482") == std::optional<std::string>("KXT-482"));
    CHECK(normalise_member_code("ВАР482") == std::optional<std::string>("BAP-482"));
    CHECK_FALSE(normalise_member_code("ЖХТ-482")); // no Latin look-alike
}

TEST_CASE("there are 12 member symbols", "[groups]") {
    CHECK(member_symbols() == std::vector<std::string>{"sun", "moon", "star", "tree", "flower",
                                                       "fish", "bird", "heart", "key", "boat",
                                                       "cup", "bike"});
    CHECK(is_member_symbol("boat"));
    CHECK_FALSE(is_member_symbol("car"));
    CHECK_FALSE(is_member_symbol(""));
}
