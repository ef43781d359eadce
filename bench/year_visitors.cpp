// The visitors' side of a bench location's year: reach counters per day, signals from the
// field, interest forms, and the kiosk's hourly health reports (year_kiosk.hpp).
#include "year_kiosk.hpp"

#include "common/rfc3339.hpp"
#include "common/signal_report.hpp"
#include "core/reach_counters.hpp"
#include "store/interest_store.hpp"
#include "store/reach_store.hpp"
#include "store/signal_store.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace year_bench {

namespace {

// Ids as in assets/content and assets/i18n. The pack has 15 substances; 5 more stand for a
// larger pack, so a page meets 20.
const std::vector<std::string> kLanguages = {"nl", "en", "ar", "tr", "pl", "uk",
                                             "ro", "ru", "es", "fa", "fr"};
const std::vector<std::string> kTopics = {
    "substances", "mixing",        "emergency", "safer_use", "drug_checking",
    "infections", "mental_health", "help",      "alerts",    "sex_and_drugs"};
const std::vector<std::string> kSubstances = {
    "alcohol",   "amphetamine", "benzodiazepines", "cannabis", "cathinones", "cocaine",
    "crack",     "ghb",         "heroin",          "ketamine", "lsd",        "mdma",
    "methadone", "mushrooms",   "nitrous_oxide",   "2c-b",     "3-mmc",      "poppers",
    "tramadol",  "oxycodone"};
const std::vector<std::pair<std::string, std::string>> kMixes = {{"alcohol", "ghb"},
                                                                 {"alcohol", "cocaine"},
                                                                 {"benzodiazepines", "heroin"},
                                                                 {"alcohol", "benzodiazepines"},
                                                                 {"ghb", "ketamine"},
                                                                 {"cocaine", "mdma"},
                                                                 {"alcohol", "mdma"},
                                                                 {"heroin", "methadone"},
                                                                 {"cannabis", "alcohol"},
                                                                 {"amphetamine", "alcohol"}};
const std::vector<std::string> kReferrals = {
    "night_shelter",          "day_centre",       "food_bank",       "geldfit",
    "addiction_care",         "juridisch_loket",  "legal_aid_local", "health_clinic",
    "sexual_health",          "sex_work_support", "migrant_support", "needle_exchange",
    "zelfmoordpreventie_113", "luisterlijn"};

// Picks one of items, the first ones more often (weights 1/(i+1)).
template <typename T> const T& skewed(Location& loc, const std::vector<T>& items) {
    std::vector<double> weights;
    for (std::size_t i = 0; i < items.size(); ++i) {
        weights.push_back(1.0 / static_cast<double>(i + 1));
    }
    std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
    return items[pick(loc.rng)];
}

template <typename T> const T& any_of(Location& loc, const std::vector<T>& items) {
    return items[static_cast<std::size_t>(loc.uniform(0, static_cast<int>(items.size()) - 1))];
}

// The location's languages: Dutch and English, and 3-6 others (5-8 in all).
std::vector<std::string> languages_of(Location& loc) {
    std::vector<std::string> others(kLanguages.begin() + 2, kLanguages.end());
    std::shuffle(others.begin(), others.end(), loc.rng);
    std::vector<std::string> spoken = {"nl", "en"};
    spoken.insert(spoken.end(), others.begin(), others.begin() + loc.uniform(3, 6));
    return spoken;
}

// The alerts on screen that day: one a month, listed for its month.
std::string alert_of(const kiosk::LocalDate& day) {
    static const char* kinds[] = {"pink-pill", "strong-mdma", "fentanyl-heroin", "ghb-dosing"};
    char id[40];
    std::snprintf(id, sizeof id, "%04d-%02d-%s", day.y, day.m, kinds[day.m % 4]);
    return id;
}

} // namespace

int Location::uniform(int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

bool Location::chance(double p) {
    return std::uniform_real_distribution<double>(0, 1)(rng) < p;
}

std::int64_t Location::unix_at(const kiosk::LocalDate& day, int minutes) const {
    return zone.to_utc(day, minutes);
}

std::string utc(std::int64_t unix_seconds) {
    return kiosk::format_utc_unix(unix_seconds);
}

void record_reach_day(Location& loc, const kiosk::LocalDate& day) {
    static thread_local std::map<std::string, std::vector<std::string>> spoken;
    auto& languages = spoken[loc.kiosk_id];
    if (languages.empty()) {
        languages = languages_of(loc);
    }
    std::map<std::pair<std::string, std::string>, std::int64_t> counts;
    const int visits = static_cast<int>(loc.uniform(10, 60) * loc.size);
    for (int v = 0; v < visits; ++v) {
        const std::string& language = skewed(loc, languages);
        ++counts[{"visit", ""}];
        ++counts[{"language", language}];
        for (int t = loc.uniform(0, 3); t > 0; --t) {
            const std::string& topic = any_of(loc, kTopics);
            ++counts[{"topic", topic}];
            if (topic == "alerts") {
                ++counts[{"alert", alert_of(day)}];
            }
        }
        for (int s = loc.uniform(0, 3); s > 0; --s) {
            ++counts[{"substance", skewed(loc, kSubstances)}];
        }
        if (loc.chance(0.3)) {
            const auto& [a, b] = skewed(loc, kMixes);
            ++counts[{"mix", kiosk::mix_key(a, b)}];
        }
        if (loc.chance(0.15)) {
            const std::string& to = skewed(loc, kReferrals);
            ++counts[{"referral", to}];
            if (to != "legal_aid_local") { // the one organisation without a link or phone
                ++counts[{"qr", to}];
            }
        }
        if (loc.chance(0.03)) {
            ++counts[{"emergency", ""}];
        }
        if (loc.chance(0.08)) {
            ++counts[{"listen", language}];
        }
    }
    std::vector<kiosk::CounterDelta> deltas;
    for (const auto& [key, count] : counts) {
        deltas.push_back({day.format(), key.first, key.second, count});
    }
    kiosk::store::add_counts(loc.db, deltas);
    const kiosk::LocalDate next = day.add_days(1);
    const std::int64_t closed = std::min(loc.now_unix, loc.unix_at(next, loc.uniform(1, 15)));
    kiosk::store::close_finished_days(loc.db, next.format(), loc.kiosk_id, utc(closed));
}

void record_signal_day(Location& loc, const kiosk::LocalDate& day) {
    if (!loc.chance(3.0 / 7.0)) {
        return;
    }
    kiosk::SignalReport r;
    r.day = day.format();
    const bool staff = loc.chance(0.3);
    r.reporter = staff ? "staff" : "visitor";
    r.sold_as = loc.chance(0.15) ? "unknown" : skewed(loc, kSubstances);
    auto word = [&loc](const auto& words) {
        const int last = static_cast<int>(words.size()) - 1;
        return std::string(words[static_cast<std::size_t>(loc.uniform(0, last))]);
    };
    r.form = word(kiosk::kSignalForms);
    r.colour = word(kiosk::kSignalColours);
    r.mark = word(kiosk::kSignalMarks);
    if (r.mark == "letters") {
        r.mark_text = loc.chance(0.5) ? "K2" : "TESLA";
    }
    std::vector<std::string> effects;
    for (const auto e : kiosk::kSignalEffects) {
        effects.emplace_back(e);
    }
    std::shuffle(effects.begin(), effects.end(), loc.rng);
    effects.resize(static_cast<std::size_t>(loc.uniform(1, 3)));
    r.effects = effects;
    r.when = word(kiosk::kSignalWhen);
    if (staff) {
        r.setting = word(kiosk::kSignalSettings);
        r.people = word(kiosk::kSignalPeople);
        r.note = word(kiosk::kSignalNotes);
    }
    kiosk::store::record_signal(loc.db, r);
}

void record_interest(Location& loc) {
    static const std::vector<std::string> times = {"mornings", "afternoons", "evenings",
                                                   "weekends"};
    for (int form = loc.uniform(1, 5); form > 0; --form) {
        const std::int64_t at = loc.now_unix - loc.uniform(3600, 30 * 86400 - 3600);
        std::vector<std::string> languages = {"nl"};
        if (loc.chance(0.6)) {
            languages.push_back(any_of(loc, kLanguages));
        }
        languages.erase(std::unique(languages.begin(), languages.end()), languages.end());
        std::string availability;
        for (const auto& t : times) {
            if (loc.chance(0.4) || (availability.empty() && &t == &times.back())) {
                availability += (availability.empty() ? "" : ",") + t;
            }
        }
        std::optional<std::string> contact;
        if (loc.chance(0.7)) {
            contact = loc.chance(0.5)
                          ? "06-" + std::to_string(loc.uniform(10000000, 99999999))
                          : "peer" + std::to_string(loc.uniform(1, 999)) + "@example.org";
        }
        kiosk::store::submit_interest(loc.db, languages, availability, contact, true, utc(at));
    }
}

std::vector<kiosk::store::Event> health_reports(Location& loc, int index, int days) {
    std::vector<kiosk::store::Event> reports;
    const std::int64_t first = loc.now_unix - std::int64_t{days} * 86400 + 600;
    const std::int64_t boot = first - loc.uniform(0, 20) * 86400;
    for (std::int64_t at = first; at <= loc.now_unix; at += 3600) {
        const kiosk::TimeZone::WallClock local = loc.zone.local(at);
        const bool screen_on = local.minutes >= 7 * 60 && local.minutes < 23 * 60;
        const bool last = at + 3600 > loc.now_unix;
        nlohmann::json data = {{"version", "0.1.0"},
                               {"uptime_s", at - boot},
                               {"queue_depth", loc.uniform(0, 12)},
                               {"oldest_undelivered_age_s", loc.uniform(5, 900)},
                               {"last_upload_error", nullptr},
                               {"bundle_version", 12},
                               {"screen_on", screen_on},
                               {"frame_failures", 0},
                               {"content_fallbacks", 0},
                               {"free_disk_bytes", std::int64_t{23000000000} - at % 1000000},
                               {"cpu_temp_c", 45.0 + loc.uniform(0, 120) / 10.0}};
        // A few kiosks in trouble at the end, so the Kiosks page has flags to show.
        if (last && index % 10 == 7) {
            data["free_disk_bytes"] = 600000000;
        }
        if (last && index % 10 == 3) {
            data["cpu_temp_c"] = 82.5;
        }
        if (last && index % 17 == 5) {
            data["last_upload_error"] = {{"kind", "timeout"}, {"since", utc(at - 120)}};
        }
        reports.push_back({kiosk::store::new_event_id(), "kiosk.health",
                           utc(at - loc.uniform(0, 59)), 1, data.dump()});
    }
    return reports;
}

} // namespace year_bench
