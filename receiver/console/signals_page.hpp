// The Signals page's body and its two tables (docs/console.md, "Signals"): the filter form,
// the counts per period and substance (every role), and for a coordinator the list of reports
// in words, each with who reviewed it or a "Mark reviewed" form. The CSV downloads are drawn
// from the same tables, so they hold exactly what the page shows.
#pragma once

#include "report_table.hpp"
#include "roles.hpp"
#include "signals.hpp"

#include <map>
#include <string>
#include <vector>

namespace console {

// The list: day, location, sold as, form, colour, mark, what happened, when, reported by,
// reviewed (by whom, on which day; "" when not yet).
ReportTable signals_list_table(const std::vector<SignalRow>& signals,
                               const std::map<std::string, Review>& reviews, Lang lang);

// Reports per bucket of the period's grain and substance (count_signals), in words.
ReportTable signals_count_table(const std::vector<SignalRow>& signals, Grain grain, Lang lang);

struct SignalsView {
    Lang lang = Lang::Nl;
    Role role = Role::Viewer;
    std::string csrf; // the session's, in each "Mark reviewed" form
    SignalFilter filter;
    std::vector<std::string> kiosks; // the location choices
    SignalChoices choices;
    std::vector<SignalRow> signals; // those that pass the filter, newest first
    std::map<std::string, Review> reviews;
};

// The page's body: a viewer gets the form and the counts; a coordinator also the list.
std::string signals_main(const SignalsView& view);

} // namespace console
