// The Signals page's data (docs/console.md, "Signals"): signal.reported events read from the
// store, the filters from the query string (the period and location, substance, form, effect,
// not reviewed only), the choices the filter form offers, and the counts per period bucket
// and substance. Pure: no HTML and no store, tested alone.
#pragma once

#include "console_state.hpp"
#include "event_store.hpp"
#include "period.hpp"

#include "common/signal_report.hpp"

#include <map>
#include <string>
#include <vector>

namespace console {

struct SignalRow {
    std::string id;
    std::string kiosk_id;
    kiosk::SignalReport report; // report.day: the kiosk's local day
};

// The reports among rows (signal.reported events) that parse, newest first (by day; within a
// day, by id descending). One that does not parse (it was checked on the way in) is left out.
std::vector<SignalRow> read_signals(const std::vector<receiver::ExportRow>& rows);

// Newest first, as read_signals orders them (for a list that gained reports).
void sort_signals(std::vector<SignalRow>& signals);

struct SignalFilter {
    Period period;
    std::string sold_as; // "" for any
    std::string form;    // "" for any
    std::string effect;  // "" for any: else the report names this effect among its own
    bool unreviewed_only = false;
};

// The filter in query (period_from's keys, and sold_as, form, effect, unreviewed=1); a value
// that is not a word of its list is left out (any).
SignalFilter signal_filter_from(const std::map<std::string, std::string>& query,
                                const std::string& today);

// The query string giving the filter back (period_query's, then the others that are set).
std::string signal_query(const SignalFilter& filter);

// The reports (of read_signals) that pass the filter, in the same order.
std::vector<SignalRow> select_signals(const std::vector<SignalRow>& signals,
                                      const SignalFilter& filter,
                                      const std::map<std::string, Review>& reviews);

// What the filter form offers: the values found in the period and location (sorted), and the
// filter's own value even when none is found.
struct SignalChoices {
    std::vector<std::string> sold_as, forms, effects;
};
SignalChoices signal_choices(const std::vector<SignalRow>& signals, const SignalFilter& filter);

struct SignalCount {
    std::string bucket;  // bucket_of(day, grain)
    std::string sold_as; // the substance id
    int reports = 0;
};

// Reports per bucket and substance: buckets newest first, then by number of reports (most
// first), then substance id.
std::vector<SignalCount> count_signals(const std::vector<SignalRow>& signals, Grain grain);

} // namespace console
