// The content pack: the shipped pack is valid and complete; broken packs are refused with
// precise messages; random damage never crashes the loader.
#include "core/config.hpp"
#include "core/content/number_checks.hpp"
#include "core/content/pack_loader.hpp"

#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <dirent.h>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/stat.h>

using namespace kiosk;
using namespace kiosk::content;
using kiosk::store::test::TempDir;

namespace {

const std::string kShipped = std::string(KIOSK_TEST_ASSETS) + "/content";

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// A copy of the shipped pack in a temp dir, to break on purpose.
void copy_pack(const std::string& to) {
    for (const char* sub : {"", "/substances", "/pages"}) {
        mkdir((to + sub).c_str(), 0755);
        DIR* d = opendir((kShipped + sub).c_str());
        REQUIRE(d);
        while (const dirent* e = readdir(d)) {
            const std::string name = e->d_name;
            if (name.size() > 5 && name.substr(name.size() - 5) == ".toml")
                write(to + sub + "/" + name, read(kShipped + sub + "/" + name));
        }
        closedir(d);
    }
}

void replace_in(const std::string& path, const std::string& from, const std::string& to) {
    std::string text = read(path);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    write(path, text);
}

bool has_problem(const LoadResult& r, const std::string& file_end, const std::string& field,
                 const std::string& words) {
    for (const auto& p : r.problems)
        if (p.file.size() >= file_end.size() &&
            p.file.compare(p.file.size() - file_end.size(), file_end.size(), file_end) == 0 &&
            p.field == field && p.message.find(words) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("the shipped content pack is valid") {
    const auto r = load_pack(kShipped, Config{}.languages);
    INFO(to_string(r.problems));
    REQUIRE(r.pack);
    CHECK(r.problems.empty());
}

TEST_CASE("the shipped pack has every substance the issue names, in Dutch and English") {
    const auto r = load_pack(kShipped, Config{}.languages);
    REQUIRE(r.pack);
    for (const char* id : {"alcohol", "cannabis", "cocaine", "crack", "heroin", "methadone", "ghb",
                           "mdma", "amphetamine", "cathinones", "ketamine", "benzodiazepines",
                           "nitrous_oxide", "lsd", "mushrooms"}) {
        INFO(id);
        const Substance* s = r.pack->substance(id);
        REQUIRE(s);
        CHECK(s->text.count("nl"));
        CHECK(s->text.count("en"));
        CHECK_FALSE(s->meta.sources.empty());
    }
    CHECK(r.pack->help.example); // the Amsterdam directory is marked as example data
}

TEST_CASE("every shipped item is complete in every language it claims") {
    // The loader refuses incomplete languages; here we also check that lists have the
    // same number of lines as English, so no translation silently drops an idea.
    const auto r = load_pack(kShipped, Config{}.languages);
    REQUIRE(r.pack);
    for (const auto& s : r.pack->substances)
        for (const auto& [lang, text] : s.text) {
            INFO(s.meta.id << " " << lang);
            const auto& en = s.text.at("en");
            CHECK(text.what.size() == en.what.size());
            CHECK(text.effects.size() == en.effects.size());
            CHECK(text.risks.size() == en.risks.size());
            CHECK(text.safer_use.size() == en.safer_use.size());
            CHECK(text.overdose.size() == en.overdose.size());
        }
    for (const auto& [lang, text] : r.pack->emergency.text) {
        INFO("emergency " << lang);
        CHECK(text.steps.size() == r.pack->emergency.text.at("en").steps.size());
    }
}

TEST_CASE("every shipped item is in every shipped language: no visitor meets a fallback") {
    const auto r = load_pack(kShipped, Config{}.languages);
    REQUIRE(r.pack);
    INFO(to_string(r.notes));
    CHECK(r.notes.empty()); // --check-content prints these as "not translated"
    for (const auto& lang : Config{}.languages) {
        INFO(lang);
        for (const auto& s : r.pack->substances)
            CHECK(s.text.count(lang));
        for (const auto& p : r.pack->pages)
            CHECK(p.text.count(lang));
        CHECK(r.pack->emergency.text.count(lang));
        for (const auto& [code, texts] : r.pack->mixing.reasons)
            CHECK(texts.count(lang));
        for (const auto& o : r.pack->help.organisations)
            CHECK((o.hours.count(lang) && o.about.count(lang)));
    }
}

TEST_CASE("every two substances have exactly one mixing pair, the same both ways") {
    const auto r = load_pack(kShipped, Config{}.languages);
    REQUIRE(r.pack);
    const auto& subs = r.pack->substances;
    CHECK(r.pack->mixing.pairs.size() == subs.size() * (subs.size() - 1) / 2);
    for (const auto& a : subs)
        for (const auto& b : subs) {
            if (a.meta.id == b.meta.id)
                continue;
            const Pair* ab = r.pack->mixing.find(a.meta.id, b.meta.id);
            const Pair* ba = r.pack->mixing.find(b.meta.id, a.meta.id);
            INFO(a.meta.id << " + " << b.meta.id);
            REQUIRE(ab);
            CHECK(ab == ba);
        }
    // Well-established anchors: depressants together can stop breathing.
    CHECK(r.pack->mixing.find("alcohol", "ghb")->risk == Risk::Dangerous);
    CHECK(r.pack->mixing.find("heroin", "benzodiazepines")->risk == Risk::Dangerous);
}

TEST_CASE("broken packs are refused with file, field and what is wrong") {
    TempDir dir;
    copy_pack(dir.path());
    const std::string& p = dir.path();
    replace_in(p + "/substances/cocaine.toml", "kind = \"stimulant\"", "kind = \"upper\"");
    replace_in(p + "/mixing.toml", "risk = \"dangerous\"", "risk = \"deadly\"");
    replace_in(p + "/emergency.toml", "picture = \"call\"", "picture = \"ambulance\"");
    write(p + "/substances/unknown_drug.toml", "id = \"other_id\"\nkind = \"other\"\n"
                                               "sources = [\"x\"]\nreviewed_by = \"\"\n"
                                               "reviewed_on = \"\"\n[nl]\nname = \"X\"\n");
    const auto r = load_pack(p, Config{}.languages);
    CHECK_FALSE(r.pack);
    INFO(to_string(r.problems));
    CHECK(has_problem(r, "cocaine.toml", "kind", "\"upper\" is not allowed"));
    CHECK(has_problem(r, "mixing.toml", "pair.risk", "\"deadly\" is not allowed"));
    CHECK((has_problem(r, "emergency.toml", "nl.steps.picture", "not a picture") ||
           has_problem(r, "emergency.toml", "en.steps.picture", "not a picture")));
    CHECK(has_problem(r, "unknown_drug.toml", "id", "must equal the file name"));
    CHECK(has_problem(r, "unknown_drug.toml", "nl.what", "missing"));
    CHECK(has_problem(r, "unknown_drug.toml", "en", "missing"));
    // A new substance needs a pair with every other one.
    CHECK(has_problem(r, "mixing.toml", "pair", "is missing"));
    // Every problem has a line number where there is one to give.
    for (const auto& problem : r.problems)
        if (problem.field == "kind")
            CHECK(problem.line > 0);
}

TEST_CASE("a translation with other numbers or other lines than English is refused") {
    TempDir dir;
    copy_pack(dir.path());
    const std::string& p = dir.path();
    replace_in(p + "/substances/ghb.toml", "\"112'yi ara.", "\"113'yi ara."); // a wrong number
    replace_in(p + "/help.toml", "en = \"Every day 20:00-08:00 (example)\"",
               "en = \"Every day 20:00-09:00 (example)\""); // English changed, Dutch not
    const auto r = load_pack(p, Config{}.languages);
    CHECK_FALSE(r.pack);
    INFO(to_string(r.problems));
    CHECK(has_problem(r, "ghb.toml", "tr.overdose[3]", "has the numbers 113; English has 112"));
    CHECK(has_problem(r, "help.toml", "nl.organisation.night_shelter.hours",
                      "has the numbers 00, 00, 08, 20; English has 00, 00, 09, 20"));
}

TEST_CASE("numbers_in finds every run of digits sorted as text") {
    CHECK(numbers_in("Call 112 at 20:00-08:00, 1.5 ml") ==
          std::vector<std::string>{"00", "00", "08", "1", "112", "20", "5"});
    CHECK(numbers_in("no numbers").empty());
    CHECK(numbers_in("0800-8115") == std::vector<std::string>{"0800", "8115"});
}

TEST_CASE("a pair naming an unknown substance, or defined twice, is refused") {
    const auto shipped = load_pack(kShipped, {"nl", "en"});
    REQUIRE(shipped.pack);
    const std::string reason = shipped.pack->mixing.reasons.begin()->first;
    TempDir dir;
    copy_pack(dir.path());
    std::ofstream(dir.path() + "/mixing.toml", std::ios::app)
        << "\n[[pair]]\na = \"ghb\"\nb = \"alcohol\"\nrisk = \"low\"\nreason = \"" << reason
        << "\"\n\n[[pair]]\na = \"ghb\"\nb = \"unicorn\"\nrisk = \"low\"\nreason = \"" << reason
        << "\"\n";
    const auto r = load_pack(dir.path(), {"nl", "en"});
    CHECK_FALSE(r.pack);
    INFO(to_string(r.problems));
    CHECK(has_problem(r, "mixing.toml", "pair", "defined more than once"));
    CHECK(has_problem(r, "mixing.toml", "pair", "\"unicorn\" is not a substance"));
}

TEST_CASE("a missing folder or file is reported, not fatal") {
    const auto r = load_pack("/nonexistent/pack", {"nl", "en"});
    CHECK_FALSE(r.pack);
    CHECK(has_problem(r, "pack.toml", "", "could not be opened"));
}

TEST_CASE("untranslated items are notes, not problems") {
    TempDir dir;
    copy_pack(dir.path());
    // LSD without its Polish table: visitors see English, staff see the note.
    std::string lsd = read(dir.path() + "/substances/lsd.toml");
    const auto from = lsd.find("\n[pl]\n");
    REQUIRE(from != std::string::npos);
    const auto to = lsd.find("\n[", from + 1);
    lsd.erase(from, to == std::string::npos ? std::string::npos : to - from);
    write(dir.path() + "/substances/lsd.toml", lsd);
    const auto r = load_pack(dir.path(), Config{}.languages);
    REQUIRE(r.pack);
    INFO(to_string(r.problems));
    bool noted = false;
    for (const auto& n : r.notes)
        noted = noted || (n.field == "pl" && n.file.find("lsd.toml") != std::string::npos &&
                          n.message.find("not translated") != std::string::npos);
    CHECK(noted);
}

TEST_CASE("fuzz: damaged content files give problems, never a crash or a half pack") {
    // Deterministic mutations of real files: cut, flip bytes, insert TOML-ish junk.
    std::mt19937 rng(20261122);
    const char* files[] = {"/pack.toml",
                           "/mixing.toml",
                           "/emergency.toml",
                           "/help.toml",
                           "/substances/cocaine.toml",
                           "/pages/drug_checking.toml"};
    const char* junk[] = {"[",
                          "]]",
                          "\"",
                          "= =",
                          "\n[nl]\n",
                          "\xff\xfe",
                          "\n[[pair]]\n",
                          "\nname = 3\n",
                          "\\u0000",
                          "{",
                          "\n[en.section]\n"};
    int refused = 0;
    for (int round = 0; round < 60; ++round) {
        TempDir dir;
        copy_pack(dir.path());
        const std::string path = dir.path() + files[rng() % 6];
        std::string text = read(path);
        switch (rng() % 3) {
        case 0:
            text.resize(rng() % (text.size() + 1));
            break;
        case 1:
            for (int i = 0; i < 8 && !text.empty(); ++i)
                text[rng() % text.size()] = static_cast<char>(rng() % 256);
            break;
        default:
            text.insert(rng() % (text.size() + 1), junk[rng() % 11]);
        }
        write(path, text);
        const auto r = load_pack(dir.path(), {"nl", "en"});
        CHECK((r.pack == nullptr) == !r.problems.empty()); // usable, or refused with reasons
        for (const auto& p : r.problems)
            CHECK_FALSE(p.message.empty());
        refused += r.pack ? 0 : 1;
    }
    CHECK(refused > 30); // most damage is caught (some changes, e.g. in a comment, are harmless)
}
