// Cross-file checks of a content pack.
#include "pack_checks.hpp"

#include "number_checks.hpp"

#include <algorithm>
#include <set>

namespace kiosk::content {

namespace {

template <class T>
void check_languages(const ItemMeta& meta, const PerLanguage<T>& text, const PackInfo& info,
                     const std::vector<std::string>& enabled, LoadResult& out) {
    for (const auto& lang : info.required_languages)
        if (!text.count(lang))
            out.problems.push_back({meta.file, 0, lang,
                                    "missing: every item needs a [" + lang +
                                        "] table (required "
                                        "by pack.toml)"});
    for (const auto& lang : enabled)
        if (!text.count(lang))
            out.notes.push_back(
                {meta.file, 0, lang, "not translated; visitors see English or Dutch instead"});
}

void check_mixing(const ContentPack& pack, LoadResult& out) {
    const std::string& file = pack.mixing.meta.file;
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& pair : pack.mixing.pairs) {
        for (const std::string& id : {pair.a, pair.b})
            if (!id.empty() && !pack.substance(id))
                out.problems.push_back({file, 0, "pair",
                                        "\"" + id +
                                            "\" is not a substance of "
                                            "this pack (no substances/" +
                                            id + ".toml)"});
        if (pair.a == pair.b && !pair.a.empty())
            out.problems.push_back({file, 0, "pair", "\"" + pair.a + "\" is paired with itself"});
        const auto key = std::minmax(pair.a, pair.b);
        if (!seen.insert({key.first, key.second}).second)
            out.problems.push_back(
                {file, 0, "pair", pair.a + " + " + pair.b + " is defined more than once"});
    }
    for (std::size_t i = 0; i < pack.substances.size(); ++i)
        for (std::size_t j = i + 1; j < pack.substances.size(); ++j) {
            const auto key = std::minmax(pack.substances[i].meta.id, pack.substances[j].meta.id);
            if (!seen.count({key.first, key.second}))
                out.problems.push_back({file, 0, "pair",
                                        key.first + " + " + key.second +
                                            " is missing: every two substances "
                                            "need a [[pair]]"});
        }
    for (const auto& [code, texts] : pack.mixing.reasons)
        for (const auto& lang : pack.info.required_languages)
            if (!texts.count(lang))
                out.problems.push_back({file, 0, "reason." + code + "." + lang, "missing"});
}

} // namespace

void check_pack(const ContentPack& pack, const std::vector<std::string>& languages,
                LoadResult& out) {
    for (const auto& s : pack.substances)
        check_languages(s.meta, s.text, pack.info, languages, out);
    for (const auto& p : pack.pages)
        check_languages(p.meta, p.text, pack.info, languages, out);
    if (!pack.emergency.meta.file.empty())
        check_languages(pack.emergency.meta, pack.emergency.text, pack.info, languages, out);
    for (const auto& o : pack.help.organisations) {
        for (const auto& lang : pack.info.required_languages)
            if (!o.hours.count(lang) || !o.about.count(lang))
                out.problems.push_back({pack.help.meta.file, 0, "organisation." + o.id,
                                        "hours and about need a " + lang + " text"});
        for (const auto& lang : languages)
            if (!o.hours.count(lang) || !o.about.count(lang))
                out.notes.push_back({pack.help.meta.file, 0, "organisation." + o.id + "." + lang,
                                     "not translated; visitors see English or Dutch instead"});
    }
    for (const auto& [code, texts] : pack.mixing.reasons)
        for (const auto& lang : languages)
            if (!texts.count(lang))
                out.notes.push_back({pack.mixing.meta.file, 0, "reason." + code + "." + lang,
                                     "not translated; visitors see English or Dutch instead"});
    check_mixing(pack, out);
    check_numbers(pack, out);
    std::set<std::string> ids;
    for (const auto& s : pack.substances)
        if (!ids.insert(s.meta.id).second)
            out.problems.push_back({s.meta.file, 0, "id", "\"" + s.meta.id + "\" is used twice"});
}

} // namespace kiosk::content
