// One reader per file kind; the checks across files are in pack_checks.cpp.
#include "pack_loader.hpp"

#include "core/languages.hpp"
#include "pack_checks.hpp"
#include "toml_reader.hpp"

#include <dirent.h>

#include <algorithm>
#include <set>

namespace kiosk::content {

namespace {

const std::set<std::string> kLanguageCodes(language_codes().begin(), language_codes().end());

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

std::vector<std::string> toml_files(const std::string& dir) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (const dirent* e = readdir(d)) {
            const std::string name = e->d_name;
            if (name.size() > 5 && name.compare(name.size() - 5, 5, ".toml") == 0)
                out.push_back(name);
        }
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool valid_date(const std::string& s) {
    return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
           std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

// Reads id, sources and review status; `expected_id` checks the id against the file name.
ItemMeta read_meta(TomlReader& r, const toml::table& t, const std::string& expected_id) {
    ItemMeta m;
    m.file = r.file();
    m.id = r.text(t, "id", "id");
    if (!expected_id.empty() && !m.id.empty() && m.id != expected_id)
        r.problem(t.get("id"), "id",
                  "\"" + m.id + "\" must equal the file name \"" + expected_id + "\"");
    m.sources = r.lines(t, "sources", "sources", 1, 20);
    m.reviewed_by = r.text(t, "reviewed_by", "reviewed_by", true);
    m.reviewed_on = r.text(t, "reviewed_on", "reviewed_on", true);
    if (!m.reviewed_on.empty() && !valid_date(m.reviewed_on))
        r.problem(t.get("reviewed_on"), "reviewed_on", "use a date like \"2026-12-01\", or \"\"");
    if (m.reviewed_by.empty() != m.reviewed_on.empty())
        r.problem(&t, "reviewed_by", "give both reviewed_by and reviewed_on, or neither");
    return m;
}

// Calls `read(lang, table)` for each language table of the item.
template <class F> void for_languages(TomlReader& r, const toml::table& t, F&& read) {
    for (const auto& [key, node] : t) {
        const std::string lang(key.str());
        if (!kLanguageCodes.count(lang))
            continue;
        if (const auto* table = node.as_table())
            read(lang, *table);
        else
            r.problem(&node, lang,
                      "must be a table [" + lang + "] with the texts in that language");
    }
}

std::set<std::string> with_languages(std::set<std::string> base) {
    base.insert(kLanguageCodes.begin(), kLanguageCodes.end());
    return base;
}

Substance read_substance(TomlReader& r, const toml::table& t, const std::string& id) {
    Substance s;
    s.meta = read_meta(r, t, id);
    s.kind = r.text(t, "kind", "kind");
    if (!s.kind.empty() && !contains(known_kinds(), s.kind))
        r.problem(t.get("kind"), "kind",
                  "\"" + s.kind +
                      "\" is not allowed; use stimulant, depressant, opioid, "
                      "psychedelic, dissociative or other");
    r.only(t, with_languages({"id", "kind", "sources", "reviewed_by", "reviewed_on"}), "");
    for_languages(r, t, [&](const std::string& lang, const toml::table& l) {
        const std::string p = lang + ".";
        SubstanceText x;
        x.name = r.text(l, "name", p + "name");
        x.other_names = r.text(l, "other_names", p + "other_names", true);
        x.what = r.lines(l, "what", p + "what");
        x.effects = r.lines(l, "effects", p + "effects");
        x.risks = r.lines(l, "risks", p + "risks");
        x.safer_use = r.lines(l, "safer_use", p + "safer_use");
        x.overdose = r.lines(l, "overdose", p + "overdose");
        r.only(l, {"name", "other_names", "what", "effects", "risks", "safer_use", "overdose"}, p);
        s.text[lang] = std::move(x);
    });
    return s;
}

Page read_page(TomlReader& r, const toml::table& t, const std::string& id) {
    Page page;
    page.meta = read_meta(r, t, id);
    page.topic = r.text(t, "topic", "topic");
    if (!page.topic.empty() && !contains(known_topics(), page.topic))
        r.problem(t.get("topic"), "topic",
                  "\"" + page.topic +
                      "\" is not allowed; use safer_use, drug_checking, "
                      "infections or mental_health");
    r.only(t, with_languages({"id", "topic", "sources", "reviewed_by", "reviewed_on"}), "");
    for_languages(r, t, [&](const std::string& lang, const toml::table& l) {
        const std::string p = lang + ".";
        PageText x;
        x.title = r.text(l, "title", p + "title");
        const auto* sections = l.get_as<toml::array>("section");
        if (!sections || sections->empty() || sections->size() > 8)
            r.problem(sections ? static_cast<const toml::node*>(sections) : &l, p + "section",
                      "give 1 to 8 [[" + lang + ".section]] tables with heading and lines");
        if (sections)
            for (const auto& node : *sections) {
                const auto* sec = node.as_table();
                if (!sec) {
                    r.problem(&node, p + "section", "must be a [[" + lang + ".section]] table");
                    continue;
                }
                Section s{r.text(*sec, "heading", p + "section.heading"),
                          r.lines(*sec, "lines", p + "section.lines")};
                r.only(*sec, {"heading", "lines"}, p + "section.");
                x.sections.push_back(std::move(s));
            }
        r.only(l, {"title", "section"}, p);
        page.text[lang] = std::move(x);
    });
    return page;
}

Emergency read_emergency(TomlReader& r, const toml::table& t) {
    Emergency e;
    e.meta = read_meta(r, t, "emergency");
    r.only(t, with_languages({"id", "sources", "reviewed_by", "reviewed_on"}), "");
    for_languages(r, t, [&](const std::string& lang, const toml::table& l) {
        const std::string p = lang + ".";
        EmergencyText x;
        x.title = r.text(l, "title", p + "title");
        x.call_first = r.text(l, "call_first", p + "call_first");
        const auto* steps = l.get_as<toml::array>("steps");
        if (!steps || steps->empty() || steps->size() > 10)
            r.problem(steps ? static_cast<const toml::node*>(steps) : &l, p + "steps",
                      "give 1 to 10 steps: { picture = \"call\", text = \"...\" }");
        if (steps)
            for (const auto& node : *steps) {
                const auto* st = node.as_table();
                if (!st) {
                    r.problem(&node, p + "steps", "each step is { picture = ..., text = ... }");
                    continue;
                }
                EmergencyStep step{r.text(*st, "picture", p + "steps.picture"),
                                   r.text(*st, "text", p + "steps.text")};
                if (!step.picture.empty() && !contains(known_pictures(), step.picture))
                    r.problem(st->get("picture"), p + "steps.picture",
                              "\"" + step.picture +
                                  "\" is not a picture the kiosk can draw; use "
                                  "call, breathing, recovery_1, recovery_2, recovery_3, stay or "
                                  "no_food_drink");
                r.only(*st, {"picture", "text"}, p + "steps.");
                x.steps.push_back(std::move(step));
            }
        x.tell_operator = r.lines(l, "tell_operator", p + "tell_operator");
        x.naloxone = r.lines(l, "naloxone", p + "naloxone");
        r.only(l, {"title", "call_first", "steps", "tell_operator", "naloxone"}, p);
        e.text[lang] = std::move(x);
    });
    return e;
}

std::optional<Risk> parse_risk(const std::string& s) {
    for (Risk r : {Risk::Low, Risk::Caution, Risk::Unsafe, Risk::Dangerous})
        if (s == risk_name(r))
            return r;
    return std::nullopt;
}

Mixing read_mixing(TomlReader& r, const toml::table& t) {
    Mixing m;
    m.meta = read_meta(r, t, "mixing");
    r.only(t, {"id", "sources", "reviewed_by", "reviewed_on", "reason", "pair"}, "");
    if (const auto* reasons = r.table(t, "reason", "reason"))
        for (const auto& [code, node] : *reasons) {
            const std::string field = "reason." + std::string(code.str());
            const auto* langs = node.as_table();
            if (!langs) {
                r.problem(&node, field, "must be a table of languages: nl = \"...\"");
                continue;
            }
            for (const auto& [lang, text] : *langs) {
                const std::string l(lang.str());
                if (!kLanguageCodes.count(l))
                    r.problem(&text, field + "." + l, "not a language code of the kiosk");
                else
                    m.reasons[std::string(code.str())][l] = r.text(*langs, l, field + "." + l);
            }
        }
    const auto* pairs = t.get_as<toml::array>("pair");
    if (!pairs)
        r.problem(&t, "pair", "missing: give one [[pair]] per two substances");
    if (pairs)
        for (const auto& node : *pairs) {
            const auto* p = node.as_table();
            if (!p) {
                r.problem(&node, "pair", "must be a [[pair]] table");
                continue;
            }
            Pair pair;
            pair.a = r.text(*p, "a", "pair.a");
            pair.b = r.text(*p, "b", "pair.b");
            const std::string risk = r.text(*p, "risk", "pair.risk");
            if (const auto parsed = parse_risk(risk))
                pair.risk = *parsed;
            else if (!risk.empty())
                r.problem(p->get("risk"), "pair.risk",
                          "\"" + risk + "\" is not allowed; use dangerous, unsafe, caution or low");
            pair.reason = r.text(*p, "reason", "pair.reason");
            if (!pair.reason.empty() && !m.reasons.count(pair.reason))
                r.problem(p->get("reason"), "pair.reason",
                          "\"" + pair.reason + "\" has no [reason." + pair.reason + "] table");
            r.only(*p, {"a", "b", "risk", "reason"}, "pair.");
            m.pairs.push_back(std::move(pair));
        }
    return m;
}

Help read_help(TomlReader& r, const toml::table& t) {
    Help h;
    h.meta = read_meta(r, t, "help");
    h.location = r.text(t, "location", "location");
    h.example = r.boolean(t, "example", "example");
    r.only(t,
           {"id", "location", "example", "sources", "reviewed_by", "reviewed_on", "organisation"},
           "");
    const auto* orgs = t.get_as<toml::array>("organisation");
    if (!orgs || orgs->empty())
        r.problem(&t, "organisation", "give at least one [[organisation]]");
    if (orgs)
        for (const auto& node : *orgs) {
            const auto* o = node.as_table();
            if (!o) {
                r.problem(&node, "organisation", "must be an [[organisation]] table");
                continue;
            }
            Organisation org;
            org.id = r.text(*o, "id", "organisation.id");
            org.needs = r.lines(*o, "needs", "organisation.needs", 1, 10);
            for (const auto& need : org.needs)
                if (!contains(known_needs(), need))
                    r.problem(o->get("needs"), "organisation.needs",
                              "\"" + need +
                                  "\" is not a need the kiosk knows; see "
                                  "docs/content-format.md");
            org.name = r.text(*o, "name", "organisation.name");
            org.address = r.text(*o, "address", "organisation.address", true);
            org.phone = r.text(*o, "phone", "organisation.phone", true);
            org.link = r.text(*o, "link", "organisation.link", true);
            for (auto [key, target] :
                 {std::pair{"hours", &org.hours}, std::pair{"about", &org.about}}) {
                if (const auto* langs = r.table(*o, key, std::string("organisation.") + key))
                    for (const auto& [lang, text] : *langs) {
                        const std::string l(lang.str());
                        if (kLanguageCodes.count(l))
                            (*target)[l] =
                                r.text(*langs, l, std::string("organisation.") + key + "." + l);
                        else
                            r.problem(&text, std::string("organisation.") + key + "." + l,
                                      "not a language code of the kiosk");
                    }
            }
            r.only(*o, {"id", "needs", "name", "address", "phone", "link", "hours", "about"},
                   "organisation.");
            h.organisations.push_back(std::move(org));
        }
    return h;
}

PackInfo read_pack_info(TomlReader& r, const toml::table& t, const std::string& dir) {
    PackInfo info;
    info.dir = dir;
    info.id = r.text(t, "id", "id");
    info.version = r.integer(t, "version", "version");
    info.location = r.text(t, "location", "location");
    info.required_languages = r.lines(t, "required_languages", "required_languages", 1, 9);
    for (const auto& lang : info.required_languages)
        if (!kLanguageCodes.count(lang))
            r.problem(t.get("required_languages"), "required_languages",
                      "\"" + lang + "\" is not a language of the kiosk");
    r.only(t, {"id", "version", "location", "required_languages"}, "");
    return info;
}

} // namespace

LoadResult load_pack(const std::string& dir, const std::vector<std::string>& languages) {
    LoadResult out;
    auto pack = std::make_shared<ContentPack>();
    auto read_file = [&](const std::string& path, auto&& reader) {
        if (auto table = parse_toml(path, out.problems)) {
            TomlReader r(path, out.problems);
            reader(r, *table);
            return true;
        }
        return false;
    };
    read_file(dir + "/pack.toml",
              [&](TomlReader& r, const toml::table& t) { pack->info = read_pack_info(r, t, dir); });
    for (const auto& name : toml_files(dir + "/substances"))
        read_file(dir + "/substances/" + name, [&](TomlReader& r, const toml::table& t) {
            pack->substances.push_back(read_substance(r, t, name.substr(0, name.size() - 5)));
        });
    for (const auto& name : toml_files(dir + "/pages"))
        read_file(dir + "/pages/" + name, [&](TomlReader& r, const toml::table& t) {
            pack->pages.push_back(read_page(r, t, name.substr(0, name.size() - 5)));
        });
    read_file(dir + "/emergency.toml",
              [&](TomlReader& r, const toml::table& t) { pack->emergency = read_emergency(r, t); });
    read_file(dir + "/mixing.toml",
              [&](TomlReader& r, const toml::table& t) { pack->mixing = read_mixing(r, t); });
    read_file(dir + "/help.toml",
              [&](TomlReader& r, const toml::table& t) { pack->help = read_help(r, t); });

    if (pack->substances.empty())
        out.problems.push_back({dir + "/substances", 0, "", "no substance files found"});
    check_pack(*pack, languages, out);
    if (out.problems.empty())
        out.pack = std::move(pack);
    return out;
}

} // namespace kiosk::content
