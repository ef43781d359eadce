// Compares every translated text of a pack with its English text: the same lines, the same
// numbers in each line.
#include "number_checks.hpp"

#include <algorithm>
#include <functional>

namespace kiosk::content {

std::vector<std::string> numbers_in(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] < '0' || text[i] > '9') {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        out.emplace_back(text.substr(start, i - start));
    }
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

std::string joined(const std::vector<std::string>& numbers) {
    if (numbers.empty())
        return "none";
    std::string out;
    for (const auto& n : numbers)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

// Compares the texts of one item in one language with English and reports what differs.
class Comparison {
  public:
    Comparison(const ItemMeta& meta, std::string lang, LoadResult& out)
        : meta_(meta), lang_(std::move(lang)), out_(out) {}

    void text(const std::string& field, const std::string& en, const std::string& translated) {
        const auto want = numbers_in(en), got = numbers_in(translated);
        if (want != got)
            problem(field, "has the numbers " + joined(got) + "; English has " + joined(want) +
                               ". Doses, times and phone numbers must be exactly those of "
                               "English");
    }

    void lines(const std::string& field, const Lines& en, const Lines& translated) {
        if (en.size() != translated.size()) {
            problem(field, "has " + std::to_string(translated.size()) + " lines; English has " +
                               std::to_string(en.size()) + ". Translate line by line");
            return;
        }
        for (std::size_t i = 0; i < en.size(); ++i)
            text(field + "[" + std::to_string(i + 1) + "]", en[i], translated[i]);
    }

    void problem(const std::string& field, const std::string& what) {
        out_.problems.push_back({meta_.file, 0, lang_ + "." + field, what});
    }

  private:
    const ItemMeta& meta_;
    std::string lang_;
    LoadResult& out_;
};

void compare(const SubstanceText& en, const SubstanceText& t, Comparison& c) {
    c.text("name", en.name, t.name);
    c.lines("what", en.what, t.what);
    c.lines("effects", en.effects, t.effects);
    c.lines("risks", en.risks, t.risks);
    c.lines("safer_use", en.safer_use, t.safer_use);
    c.lines("overdose", en.overdose, t.overdose);
}

void compare(const PageText& en, const PageText& t, Comparison& c) {
    c.text("title", en.title, t.title);
    if (en.sections.size() != t.sections.size()) {
        c.problem("section", "has " + std::to_string(t.sections.size()) +
                                 " sections; English has " + std::to_string(en.sections.size()));
        return;
    }
    for (std::size_t i = 0; i < en.sections.size(); ++i) {
        const std::string field = "section[" + std::to_string(i + 1) + "]";
        c.text(field + ".heading", en.sections[i].heading, t.sections[i].heading);
        c.lines(field + ".lines", en.sections[i].lines, t.sections[i].lines);
    }
}

void compare(const EmergencyText& en, const EmergencyText& t, Comparison& c) {
    c.text("title", en.title, t.title);
    c.text("call_first", en.call_first, t.call_first);
    if (en.steps.size() != t.steps.size())
        c.problem("steps", "has " + std::to_string(t.steps.size()) + " steps; English has " +
                               std::to_string(en.steps.size()));
    else
        for (std::size_t i = 0; i < en.steps.size(); ++i)
            c.text("steps[" + std::to_string(i + 1) + "]", en.steps[i].text, t.steps[i].text);
    c.lines("tell_operator", en.tell_operator, t.tell_operator);
    c.lines("naloxone", en.naloxone, t.naloxone);
}

template <class Text>
void compare_item(const ItemMeta& meta, const PerLanguage<Text>& texts, LoadResult& out) {
    const auto en = texts.find("en");
    if (en == texts.end())
        return; // the language checks report a missing English text
    for (const auto& [lang, text] : texts) {
        if (lang == "en")
            continue;
        Comparison c(meta, lang, out);
        compare(en->second, text, c);
    }
}

// Single texts per language (mixing reasons, an organisation's hours and about).
void compare_texts(const ItemMeta& meta, const std::string& field,
                   const PerLanguage<std::string>& texts, LoadResult& out) {
    const auto en = texts.find("en");
    if (en == texts.end())
        return;
    for (const auto& [lang, text] : texts)
        if (lang != "en")
            Comparison(meta, lang, out).text(field, en->second, text);
}

} // namespace

void check_numbers(const ContentPack& pack, LoadResult& out) {
    for (const auto& s : pack.substances)
        compare_item(s.meta, s.text, out);
    for (const auto& p : pack.pages)
        compare_item(p.meta, p.text, out);
    compare_item(pack.emergency.meta, pack.emergency.text, out);
    for (const auto& [code, texts] : pack.mixing.reasons)
        compare_texts(pack.mixing.meta, "reason." + code, texts, out);
    for (const auto& o : pack.help.organisations) {
        compare_texts(pack.help.meta, "organisation." + o.id + ".hours", o.hours, out);
        compare_texts(pack.help.meta, "organisation." + o.id + ".about", o.about, out);
    }
}

} // namespace kiosk::content
