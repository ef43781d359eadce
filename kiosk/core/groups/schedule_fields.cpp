// The schedule file's field readers.
#include "schedule_fields.hpp"

#include "schedule_loader.hpp"

#include <algorithm>

namespace kiosk::groups::schedule_fields {

std::string join(const Keys& keys) {
    std::string out;
    for (const auto& k : keys)
        out += (out.empty() ? "" : ", ") + k;
    return out;
}

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

bool contains(const Keys& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// Reports keys of `t` not in `allowed`, naming the allowed ones.
void only(TomlReader& r, const toml::table& t, const Keys& allowed, const std::string& prefix) {
    for (const auto& [key, node] : t) {
        const std::string k(key.str());
        if (!contains(allowed, k))
            r.problem(&node, prefix + k, "unknown field; allowed: " + join(allowed));
    }
}

// A date node: "2026-12-25" in quotes, or a bare TOML date.
std::optional<LocalDate> date_of(TomlReader& r, const toml::node& node, const std::string& field) {
    if (const auto* d = node.as_date()) {
        const auto& v = d->get();
        return LocalDate{static_cast<int>(v.year), static_cast<int>(v.month),
                         static_cast<int>(v.day)};
    }
    const auto* s = node.as_string();
    if (!s) {
        r.problem(&node, field, "must be a date in double quotes, like \"2026-12-25\"");
        return std::nullopt;
    }
    auto date = LocalDate::parse(s->get());
    if (!date)
        r.problem(&node, field,
                  quoted(s->get()) + " is not a date; use a real date as \"YYYY-MM-DD\", like "
                                     "\"2026-12-25\"");
    return date;
}

std::optional<LocalDate> required_date(TomlReader& r, const toml::table& t, const std::string& key,
                                       const std::string& field) {
    const toml::node* node = t.get(key);
    if (!node) {
        r.problem(&t, field, "missing; add " + key + " = \"2026-12-25\" (YYYY-MM-DD)");
        return std::nullopt;
    }
    return date_of(r, *node, field);
}

// Absent or "" means no date.
std::optional<LocalDate> optional_date(TomlReader& r, const toml::table& t, const std::string& key,
                                       const std::string& field) {
    const toml::node* node = t.get(key);
    if (!node || (node->as_string() && node->as_string()->get().empty()))
        return std::nullopt;
    return date_of(r, *node, field);
}

std::optional<int> clock(TomlReader& r, const toml::table& t, const std::string& key,
                         const std::string& field) {
    const toml::node* node = t.get(key);
    if (!node) {
        r.problem(&t, field, "missing; add " + key + " = \"14:00\" (24-hour HH:MM)");
        return std::nullopt;
    }
    const auto* s = node->as_string();
    if (!s) {
        r.problem(node, field, "must be a time in double quotes, like \"14:00\"");
        return std::nullopt;
    }
    auto minutes = parse_clock(s->get());
    if (!minutes)
        r.problem(node, field,
                  quoted(s->get()) + " is not a time; use 24-hour \"HH:MM\" from \"00:00\" to "
                                     "\"23:59\"");
    return minutes;
}

// start and end of one slot; false unless both are valid and start < end.
bool read_times(TomlReader& r, const toml::table& t, const std::string& prefix, int& start,
                int& end) {
    const auto s = clock(r, t, "start", prefix + "start");
    const auto e = clock(r, t, "end", prefix + "end");
    if (!s || !e)
        return false;
    if (*s >= *e) {
        r.problem(t.get("end"), prefix + "end",
                  quoted(format_clock(*e)) + " is not after start " + quoted(format_clock(*s)) +
                      "; a session ends later on the same day");
        return false;
    }
    start = *s;
    end = *e;
    return true;
}

// { nl = "...", en = "...", ... } with nl and en required.
Texts read_texts(TomlReader& r, const toml::table& t, const std::string& key,
                 const std::string& field) {
    Texts out;
    const toml::node* node = t.get(key);
    const toml::table* langs = node ? node->as_table() : nullptr;
    if (!langs) {
        r.problem(node ? node : &t, field,
                  std::string(node ? "must be" : "missing; add") + " " + key +
                      " = { nl = \"...\", en = \"...\" }");
        return out;
    }
    for (const auto& [lang, text] : *langs) {
        const std::string l(lang.str());
        if (!contains(schedule_languages(), l))
            r.problem(&text, field + "." + l,
                      "unknown language; use " + join(schedule_languages()));
        else
            out[l] = r.text(*langs, l, field + "." + l);
    }
    for (const char* required : {"nl", "en"})
        if (!langs->get(required))
            r.problem(langs, field + "." + required,
                      std::string("missing; every ") + key + " needs nl and en");
    return out;
}

} // namespace kiosk::groups::schedule_fields
