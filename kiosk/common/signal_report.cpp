// Checking a signal against its word lists, and its JSON form (nlohmann).
#include "signal_report.hpp"

#include "calendar.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace kiosk {

namespace {

using nlohmann::json;

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

template <std::size_t N> std::string listed(const std::array<std::string_view, N>& words) {
    std::string out;
    for (const auto w : words)
        out += (out.empty() ? "" : ", ") + std::string(w);
    return out;
}

template <std::size_t N>
std::string word_problem(const char* field, const std::string& value,
                         const std::array<std::string_view, N>& words) {
    if (one_of(words, value))
        return "";
    return std::string(field) + " must be one of " + listed(words);
}

bool is_substance_id(const std::string& id) {
    return !id.empty() && id.size() <= 64 &&
           id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
}

bool is_mark_text(const std::string& text) {
    return !text.empty() && text.size() <= kMaxMarkText &&
           std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
           });
}

std::string staff_problem(const SignalReport& r) {
    const bool staff = r.reporter == "staff";
    if (!staff && (r.setting || r.people || r.note))
        return "setting, people and note are for staff reports only";
    if (!staff)
        return "";
    if (!r.setting || !r.people || !r.note)
        return "a staff report needs setting, people and note";
    for (const std::string& p : {word_problem("setting", *r.setting, kSignalSettings),
                                 word_problem("people", *r.people, kSignalPeople),
                                 word_problem("note", *r.note, kSignalNotes)})
        if (!p.empty())
            return p;
    return "";
}

std::string text_of(const json& data, const char* key, std::string& problem) {
    const auto it = data.find(key);
    if (it == data.end() || !it->is_string()) {
        if (problem.empty())
            problem = std::string(key) + " must be text";
        return "";
    }
    return it->get<std::string>();
}

} // namespace

std::string signal_problem(const SignalReport& r) {
    if (!LocalDate::parse(r.day))
        return "day must be a day like 2026-12-04";
    if (r.sold_as != "unknown" && !is_substance_id(r.sold_as))
        return "sold_as must be a substance id (a-z 0-9 _ -) or unknown";
    for (const std::string& p :
         {word_problem("reporter", r.reporter, kSignalReporters),
          word_problem("form", r.form, kSignalForms),
          word_problem("colour", r.colour, kSignalColours),
          word_problem("mark", r.mark, kSignalMarks), word_problem("when", r.when, kSignalWhen)})
        if (!p.empty())
            return p;
    if (r.mark == "letters" && !is_mark_text(r.mark_text))
        return "mark_text must be 1-20 letters A-Z or digits";
    if (r.mark != "letters" && !r.mark_text.empty())
        return "mark_text is only for mark \"letters\"";
    if (r.effects.empty() || r.effects.size() > kSignalEffects.size())
        return "effects must list 1 to 6 of " + listed(kSignalEffects);
    std::set<std::string> seen;
    for (const auto& e : r.effects)
        if (!one_of(kSignalEffects, e) || !seen.insert(e).second)
            return "effects must list 1 to 6 of " + listed(kSignalEffects) + ", each once";
    return staff_problem(r);
}

std::string signal_json(const SignalReport& r) {
    json data = {{"day", r.day},         {"reporter", r.reporter}, {"sold_as", r.sold_as},
                 {"form", r.form},       {"colour", r.colour},     {"mark", r.mark},
                 {"effects", r.effects}, {"when", r.when},         {"sensitive", true}};
    if (!r.mark_text.empty())
        data["mark_text"] = r.mark_text;
    if (r.setting)
        data["setting"] = *r.setting;
    if (r.people)
        data["people"] = *r.people;
    if (r.note)
        data["note"] = *r.note;
    return data.dump();
}

std::optional<SignalReport> parse_signal(const std::string& data_json, std::string& problem) {
    problem.clear();
    const json data = json::parse(data_json, nullptr, false);
    if (!data.is_object()) {
        problem = "data must be a JSON object";
        return std::nullopt;
    }
    static const std::set<std::string> known = {
        "day",     "reporter", "sold_as",   "form",    "colour", "mark", "mark_text",
        "effects", "when",     "sensitive", "setting", "people", "note"};
    for (const auto& [key, value] : data.items())
        if (!known.count(key)) {
            problem = "unknown field " + key.substr(0, 40) + " (a signal holds only " +
                      "day, reporter, sold_as, form, colour, mark, mark_text, effects, when, " +
                      "setting, people, note, sensitive)";
            return std::nullopt;
        }
    SignalReport r;
    r.day = text_of(data, "day", problem);
    r.reporter = text_of(data, "reporter", problem);
    r.sold_as = text_of(data, "sold_as", problem);
    r.form = text_of(data, "form", problem);
    r.colour = text_of(data, "colour", problem);
    r.mark = text_of(data, "mark", problem);
    r.when = text_of(data, "when", problem);
    if (data.contains("mark_text"))
        r.mark_text = text_of(data, "mark_text", problem);
    using Optional = std::optional<std::string> SignalReport::*;
    for (const auto& [key, field] :
         {std::pair<const char*, Optional>{"setting", &SignalReport::setting},
          {"people", &SignalReport::people},
          {"note", &SignalReport::note}})
        if (data.contains(key))
            r.*field = text_of(data, key, problem);
    const auto effects = data.find("effects");
    if (effects == data.end() || !effects->is_array())
        problem = problem.empty() ? "effects must be a list" : problem;
    else
        for (const auto& e : *effects) {
            if (!e.is_string()) {
                problem = problem.empty() ? "effects must be a list of words" : problem;
                break;
            }
            r.effects.push_back(e.get<std::string>());
        }
    const auto sensitive = data.find("sensitive");
    if (problem.empty() && (sensitive == data.end() || *sensitive != true))
        problem = "sensitive must be true";
    if (problem.empty())
        problem = signal_problem(r);
    if (!problem.empty())
        return std::nullopt;
    return r;
}

} // namespace kiosk
