// Lookups on a loaded pack and the fixed vocabularies the format allows.
#include "content_pack.hpp"

namespace kiosk::content {

const Pair* Mixing::find(const std::string& a, const std::string& b) const {
    for (const auto& p : pairs)
        if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
            return &p;
    return nullptr;
}

const Substance* ContentPack::substance(const std::string& id) const {
    for (const auto& s : substances)
        if (s.meta.id == id)
            return &s;
    return nullptr;
}

const Page* ContentPack::page(const std::string& id) const {
    for (const auto& p : pages)
        if (p.meta.id == id)
            return &p;
    return nullptr;
}

std::vector<const ItemMeta*> ContentPack::items() const {
    std::vector<const ItemMeta*> out;
    for (const auto& s : substances)
        out.push_back(&s.meta);
    for (const auto& p : pages)
        out.push_back(&p.meta);
    out.push_back(&emergency.meta);
    out.push_back(&mixing.meta);
    out.push_back(&help.meta);
    return out;
}

int ContentPack::unreviewed_count() const {
    int n = 0;
    for (const ItemMeta* m : items())
        n += m->reviewed() ? 0 : 1;
    return n;
}

std::string searchable_names(const Substance& substance, const std::string& lang) {
    std::string out = substance.meta.id;
    for (const auto& [code, text] : substance.text)
        if (code == lang || code == "en" || code == "nl")
            out += " " + text.name + " " + text.other_names;
    return out;
}

namespace {
void append_lines(std::string& out, const Lines& lines) {
    for (const auto& l : lines)
        out += l;
}
} // namespace

std::string ContentPack::all_text() const {
    std::string out;
    for (const auto& s : substances)
        for (const auto& [lang, t] : s.text) {
            out += t.name + t.other_names;
            for (const Lines* l : {&t.what, &t.effects, &t.risks, &t.safer_use, &t.overdose})
                append_lines(out, *l);
        }
    for (const auto& p : pages)
        for (const auto& [lang, t] : p.text) {
            out += t.title;
            for (const auto& section : t.sections) {
                out += section.heading;
                append_lines(out, section.lines);
            }
        }
    for (const auto& [lang, t] : emergency.text) {
        out += t.title + t.call_first;
        for (const auto& step : t.steps)
            out += step.text;
        append_lines(out, t.tell_operator);
        append_lines(out, t.naloxone);
    }
    for (const auto& [code, texts] : mixing.reasons)
        for (const auto& [lang, text] : texts)
            out += text;
    for (const auto& o : help.organisations) {
        out += o.name + o.address + o.phone;
        for (const auto* texts : {&o.hours, &o.about})
            for (const auto& [lang, text] : *texts)
                out += text;
    }
    return out;
}

const std::vector<std::string>& known_kinds() {
    static const std::vector<std::string> v = {"stimulant",   "depressant",   "opioid",
                                               "psychedelic", "dissociative", "other"};
    return v;
}

const std::vector<std::string>& known_topics() {
    static const std::vector<std::string> v = {"safer_use", "drug_checking", "infections",
                                               "mental_health"};
    return v;
}

const std::vector<std::string>& known_pictures() {
    static const std::vector<std::string> v = {
        "call", "breathing", "recovery_1", "recovery_2", "recovery_3", "stay", "no_food_drink"};
    return v;
}

const std::vector<std::string>& known_needs() {
    static const std::vector<std::string> v = {
        "housing", "debts",    "treatment", "legal",         "health",
        "food",    "migrants", "sex_work",  "mental_health", "needle_exchange"};
    return v;
}

const char* risk_name(Risk risk) {
    switch (risk) {
    case Risk::Low:
        return "low";
    case Risk::Caution:
        return "caution";
    case Risk::Unsafe:
        return "unsafe";
    case Risk::Dangerous:
        return "dangerous";
    }
    return "caution";
}

} // namespace kiosk::content
