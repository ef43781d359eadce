// The content pack as loaded: substances, information pages, emergency steps, the mixing
// matrix and the referral directory, each with its sources and review status and its
// texts per language. Immutable once loaded; screens share it through a shared_ptr.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::content {

using Lines = std::vector<std::string>;
template <class T> using PerLanguage = std::map<std::string, T>;

struct ItemMeta {
    std::string id;
    std::string file;
    std::vector<std::string> sources;
    std::string reviewed_by; // "" until the organisation has reviewed the item
    std::string reviewed_on;
    bool reviewed() const { return !reviewed_by.empty() && !reviewed_on.empty(); }
};

struct SubstanceText {
    std::string name, other_names;
    Lines what, effects, risks, safer_use, overdose;
};

struct Substance {
    ItemMeta meta;
    std::string kind; // stimulant, depressant, opioid, psychedelic, dissociative, other
    PerLanguage<SubstanceText> text;
};

struct Section {
    std::string heading;
    Lines lines;
};

struct PageText {
    std::string title;
    std::vector<Section> sections;
};

struct Page {
    ItemMeta meta;
    std::string topic; // safer_use, drug_checking, infections, mental_health
    PerLanguage<PageText> text;
};

struct EmergencyStep {
    std::string picture; // call, breathing, recovery_1..3, stay, no_food_drink
    std::string text;
};

struct EmergencyText {
    std::string title, call_first;
    std::vector<EmergencyStep> steps;
    Lines tell_operator, naloxone;
};

struct Emergency {
    ItemMeta meta;
    PerLanguage<EmergencyText> text;
};

enum class Risk { Low = 0, Caution = 1, Unsafe = 2, Dangerous = 3 };

struct Pair {
    std::string a, b;
    Risk risk = Risk::Caution;
    std::string reason;
};

struct Mixing {
    ItemMeta meta;
    std::map<std::string, PerLanguage<std::string>> reasons;
    std::vector<Pair> pairs;
    // The pair of two substances in either order, or nullptr.
    const Pair* find(const std::string& a, const std::string& b) const;
};

struct Organisation {
    std::string id;
    std::vector<std::string> needs;
    std::string name, address, phone, link;
    PerLanguage<std::string> hours, about;
};

struct Help {
    ItemMeta meta;
    std::string location;
    bool example = true;
    std::vector<Organisation> organisations;
};

struct PackInfo {
    std::string id;
    int version = 0;
    std::string location;
    std::vector<std::string> required_languages;
    std::string dir;
};

// What a search for a substance looks through: its id, and its name and street names in the
// visitor's language, in English and in Dutch (the names heard on the street here).
std::string searchable_names(const Substance& substance, const std::string& lang);

struct ContentPack {
    PackInfo info;
    std::vector<Substance> substances;
    std::vector<Page> pages;
    Emergency emergency;
    Mixing mixing;
    Help help;

    const Substance* substance(const std::string& id) const;
    const Page* page(const std::string& id) const;
    std::vector<const ItemMeta*> items() const;
    int unreviewed_count() const;
    // Every text of the pack, e.g. to choose which glyphs the fonts need.
    std::string all_text() const;
};

using PackPtr = std::shared_ptr<const ContentPack>;

const std::vector<std::string>& known_kinds();
const std::vector<std::string>& known_topics();
const std::vector<std::string>& known_pictures();
const std::vector<std::string>& known_needs();
const char* risk_name(Risk risk); // "dangerous", "unsafe", "caution", "low"

} // namespace kiosk::content
