// Reading alerts.toml strictly: every field checked, translations carry English's numbers.
#include "alerts.hpp"

#include "alert_picture.hpp"
#include "core/languages.hpp"
#include "number_checks.hpp"
#include "toml_reader.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace kiosk::content {

namespace {

bool is_id(const std::string& id) {
    return !id.empty() && id.size() <= 64 &&
           id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
}

bool is_date(const std::string& d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9')
            return false;
    const int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string joined(const std::vector<std::string>& numbers) {
    std::string out;
    for (const auto& n : numbers)
        out += (out.empty() ? "" : " ") + n;
    return out.empty() ? "none" : out;
}

// A translation says exactly the numbers of English, line by line.
void check_translation(TomlReader& r, const toml::node* at, const std::string& field,
                       const AlertText& en, const AlertText& t) {
    if (numbers_in(t.title) != numbers_in(en.title))
        r.problem(at, field + ".title",
                  "has the numbers " + joined(numbers_in(t.title)) + "; English has " +
                      joined(numbers_in(en.title)) + ". Numbers must be exactly those of English");
    if (t.text.size() != en.text.size()) {
        r.problem(at, field + ".text",
                  "has " + std::to_string(t.text.size()) + " lines; English has " +
                      std::to_string(en.text.size()) + ". Translate line by line");
        return;
    }
    for (std::size_t i = 0; i < en.text.size(); ++i)
        if (numbers_in(t.text[i]) != numbers_in(en.text[i]))
            r.problem(at, field + ".text",
                      "line " + std::to_string(i + 1) + " has the numbers " +
                          joined(numbers_in(t.text[i])) + "; English has " +
                          joined(numbers_in(en.text[i])) +
                          ". Doses, times and phone numbers must be exactly those of English");
}

// The picture named by the alert, checked; "" when it has none or it has a problem.
std::string read_picture(TomlReader& r, const toml::table& t, const std::string& field,
                         const std::string& folder) {
    if (!t.get("picture"))
        return "";
    const std::string name = r.text(t, "picture", field + ".picture");
    if (name.empty())
        return "";
    if (!is_picture_name(name)) {
        r.problem(t.get("picture"), field + ".picture",
                  "use the picture's name without .png, 1-64 of a-z 0-9 _ -, e.g. pink-pill");
        return "";
    }
    const std::string path = alert_picture_path(name);
    std::ifstream in(folder + "/" + path, std::ios::binary);
    if (!in) {
        r.problem(t.get("picture"), field + ".picture",
                  "there is no " + path + " beside the alerts file");
        return "";
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    const PictureCheck check = check_alert_picture(bytes);
    if (!check.problem.empty()) {
        r.problem(t.get("picture"), field + ".picture", path + " " + check.problem);
        return "";
    }
    return folder + "/" + path;
}

Alert read_alert(TomlReader& r, const toml::table& t, const std::string& field,
                 const std::vector<std::string>& languages,
                 const std::set<std::string>* substance_ids, const std::string& folder) {
    Alert a;
    // Texts in any kiosk language may be there; those not enabled here are not read.
    std::set<std::string> allowed = {"id",      "level",      "source", "issued",
                                     "expires", "substances", "picture"};
    allowed.insert(language_codes().begin(), language_codes().end());
    r.only(t, allowed, field + ".");
    a.id = r.text(t, "id", field + ".id");
    if (!a.id.empty() && !is_id(a.id))
        r.problem(t.get("id"), field + ".id", "use 1-64 of a-z 0-9 _ -, e.g. 2026-12-pink-pill");
    const std::string level = r.text(t, "level", field + ".level");
    if (level == "red")
        a.level = AlertLevel::Red;
    else if (level == "warning")
        a.level = AlertLevel::Warning;
    else if (level == "notice")
        a.level = AlertLevel::Notice;
    else if (!level.empty())
        r.problem(t.get("level"), field + ".level",
                  "\"" + level + "\" is not a level; use red, warning or notice");
    a.source = r.text(t, "source", field + ".source");
    a.issued = r.text(t, "issued", field + ".issued");
    a.expires = r.text(t, "expires", field + ".expires");
    for (const auto& [key, value] : {std::pair{"issued", a.issued}, {"expires", a.expires}})
        if (!value.empty() && !is_date(value))
            r.problem(t.get(key), field + "." + key, "must be a day like \"2026-12-04\"");
    if (is_date(a.issued) && is_date(a.expires) && a.expires < a.issued)
        r.problem(t.get("expires"), field + ".expires", "is before the day it was issued");
    if (const toml::node* list = t.get("substances")) {
        const auto* array = list->as_array();
        if (!array)
            r.problem(list, field + ".substances", "must be a list of substance ids: [\"mdma\"]");
        else
            for (const auto& item : *array) {
                const auto* s = item.as_string();
                if (!s || (substance_ids && !substance_ids->count(s->get()))) {
                    r.problem(&item, field + ".substances",
                              "every entry must be the id of a substance in the content pack");
                    continue;
                }
                a.substances.push_back(s->get());
            }
    }
    a.picture_file = read_picture(r, t, field, folder);
    std::vector<std::string> read = languages;
    for (const char* needed : {"nl", "en"}) // every alert has them, whatever is enabled
        if (std::find(read.begin(), read.end(), needed) == read.end())
            read.push_back(needed);
    for (const auto& lang : read)
        if (const toml::node* node = t.get(lang)) {
            const auto* texts = node->as_table();
            if (!texts) {
                r.problem(node, field + "." + lang, "must be a table with title and text");
                continue;
            }
            r.only(*texts, {"title", "text"}, field + "." + lang + ".");
            AlertText text{r.text(*texts, "title", field + "." + lang + ".title"),
                           r.lines(*texts, "text", field + "." + lang + ".text", 1, 6)};
            a.text.emplace(lang, std::move(text));
        }
    for (const char* needed : {"nl", "en"})
        if (!a.text.count(needed))
            r.problem(&t, field + "." + needed,
                      std::string("missing: every alert needs a Dutch and an English text "
                                  "(add [[alert]] ... [alert.") +
                          needed + "])");
    if (const auto en = a.text.find("en"); en != a.text.end())
        for (const auto& [lang, text] : a.text)
            if (lang != "en")
                check_translation(r, t.get(lang), field + "." + lang, en->second, text);
    return a;
}

} // namespace

const char* alert_level_name(AlertLevel level) {
    switch (level) {
    case AlertLevel::Red:
        return "red";
    case AlertLevel::Warning:
        return "warning";
    case AlertLevel::Notice:
        return "notice";
    }
    return "notice";
}

AlertsLoad load_alerts(const std::string& file, const std::vector<std::string>& languages,
                       const std::set<std::string>* substance_ids) {
    AlertsLoad out;
    const auto root = parse_toml(file, out.problems);
    if (!root)
        return out;
    TomlReader r(file, out.problems);
    r.only(*root, {"alert"}, "");
    auto alerts = std::make_shared<Alerts>();
    const auto slash = file.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : file.substr(0, slash);
    if (const toml::node* node = root->get("alert")) {
        const auto* array = node->as_array();
        if (!array || !array->is_array_of_tables())
            r.problem(node, "alert", "write each alert as an [[alert]] table");
        else {
            std::set<std::string> ids;
            for (std::size_t i = 0; i < array->size(); ++i) {
                const std::string field = "alert[" + std::to_string(i + 1) + "]";
                Alert a = read_alert(r, *array->get(i)->as_table(), field, languages, substance_ids,
                                     folder);
                if (!a.id.empty() && !ids.insert(a.id).second)
                    r.problem(array->get(i), field + ".id", "\"" + a.id + "\" is used twice");
                alerts->push_back(std::move(a));
            }
            if (alerts->size() > kMaxAlerts)
                r.problem(node, "alert",
                          "has " + std::to_string(alerts->size()) + " alerts; at most " +
                              std::to_string(kMaxAlerts) + " (remove expired ones)");
        }
    }
    if (out.problems.empty())
        out.alerts = std::move(alerts);
    return out;
}

AlertsPtr merge_alerts(const AlertsPtr& preferred, const AlertsPtr& other) {
    if (!preferred || !other)
        return preferred ? preferred : other;
    auto merged = std::make_shared<Alerts>(*preferred);
    std::set<std::string> ids;
    for (const auto& alert : *preferred)
        ids.insert(alert.id);
    for (const auto& alert : *other)
        if (ids.count(alert.id) == 0)
            merged->push_back(alert);
    return merged;
}

bool alert_is_current(const Alert& alert, std::string_view today, bool day_known) {
    if (!day_known)
        return true;
    return alert.issued <= today && today <= alert.expires;
}

} // namespace kiosk::content
