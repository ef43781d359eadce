// Reading, filtering and counting signals.
#include "signals.hpp"

#include "web_form.hpp"

#include <algorithm>
#include <set>

namespace console {

namespace {

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// A substance id as the kiosk writes it (common/signal_report.cpp).
bool is_substance_id(const std::string& id) {
    return !id.empty() && id.size() <= 64 &&
           id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
}

bool has_effect(const SignalRow& s, const std::string& effect) {
    const auto& e = s.report.effects;
    return std::find(e.begin(), e.end(), effect) != e.end();
}

std::vector<std::string> sorted_with(std::set<std::string> found, const std::string& chosen) {
    if (!chosen.empty()) {
        found.insert(chosen);
    }
    return {found.begin(), found.end()};
}

} // namespace

std::vector<SignalRow> read_signals(const std::vector<receiver::ExportRow>& rows) {
    std::vector<SignalRow> signals;
    for (const auto& row : rows) {
        std::string problem;
        auto report = kiosk::parse_signal(row.data_json, problem);
        if (report) {
            signals.push_back({row.id, row.kiosk_id, std::move(*report)});
        }
    }
    sort_signals(signals);
    return signals;
}

void sort_signals(std::vector<SignalRow>& signals) {
    std::sort(signals.begin(), signals.end(), [](const SignalRow& a, const SignalRow& b) {
        return a.report.day != b.report.day ? a.report.day > b.report.day : a.id > b.id;
    });
}

SignalFilter signal_filter_from(const std::map<std::string, std::string>& query,
                                const std::string& today) {
    SignalFilter f;
    f.period = period_from(query, today);
    const std::string sold_as = value_of(query, "sold_as");
    f.sold_as = is_substance_id(sold_as) ? sold_as : "";
    const std::string form = value_of(query, "form");
    f.form = one_of(kiosk::kSignalForms, form) ? form : "";
    const std::string effect = value_of(query, "effect");
    f.effect = one_of(kiosk::kSignalEffects, effect) ? effect : "";
    f.unreviewed_only = value_of(query, "unreviewed") == "1";
    return f;
}

std::string signal_query(const SignalFilter& f) {
    std::string q = period_query(f.period);
    for (const auto& [key, value] :
         {std::pair{"sold_as", f.sold_as}, {"form", f.form}, {"effect", f.effect}}) {
        if (!value.empty()) {
            q += std::string("&") + key + "=" + value;
        }
    }
    return q + (f.unreviewed_only ? "&unreviewed=1" : "");
}

std::vector<SignalRow> select_signals(const std::vector<SignalRow>& signals, const SignalFilter& f,
                                      const std::map<std::string, Review>& reviews) {
    std::vector<SignalRow> chosen;
    for (const auto& s : signals) {
        if (in_period(f.period, s.report.day, s.kiosk_id) &&
            (f.sold_as.empty() || s.report.sold_as == f.sold_as) &&
            (f.form.empty() || s.report.form == f.form) &&
            (f.effect.empty() || has_effect(s, f.effect)) &&
            !(f.unreviewed_only && reviews.count(s.id) > 0)) {
            chosen.push_back(s);
        }
    }
    return chosen;
}

SignalChoices signal_choices(const std::vector<SignalRow>& signals, const SignalFilter& f) {
    std::set<std::string> sold_as, forms, effects;
    for (const auto& s : signals) {
        if (in_period(f.period, s.report.day, s.kiosk_id)) {
            sold_as.insert(s.report.sold_as);
            forms.insert(s.report.form);
            effects.insert(s.report.effects.begin(), s.report.effects.end());
        }
    }
    return {sorted_with(std::move(sold_as), f.sold_as), sorted_with(std::move(forms), f.form),
            sorted_with(std::move(effects), f.effect)};
}

std::vector<SignalCount> count_signals(const std::vector<SignalRow>& signals, Grain grain) {
    std::map<std::pair<std::string, std::string>, int> counts;
    for (const auto& s : signals) {
        ++counts[{bucket_of(s.report.day, grain), s.report.sold_as}];
    }
    std::vector<SignalCount> out;
    for (const auto& [key, n] : counts) {
        out.push_back({key.first, key.second, n});
    }
    std::sort(out.begin(), out.end(), [](const SignalCount& a, const SignalCount& b) {
        if (a.bucket != b.bucket) {
            return a.bucket > b.bucket;
        }
        return a.reports != b.reports ? a.reports > b.reports : a.sold_as < b.sold_as;
    });
    return out;
}

} // namespace console
