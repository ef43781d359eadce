// The period a report page covers, from its query string: from and to (local days,
// "YYYY-MM-DD", both included), by day, week or month, and one location or all. The same
// query drives the page, its CSV download and the form that changes it.
#pragma once

#include "texts.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace console {

enum class Grain { Day, Week, Month };

struct Period {
    std::string from; // first day included
    std::string to;   // last day included
    Grain grain = Grain::Week;
    std::string kiosk; // "" for every location
};

// Today ("YYYY-MM-DD") where the console runs: run it in the organisation's time zone
// (TZ=Europe/Amsterdam), as the kiosks' days are local days.
std::string console_today(std::int64_t now_unix);

// from, to, by (day|week|month) and kiosk from the query; what is missing or not valid takes
// its default: the 12 weeks up to today, by week, every location. A from after to is swapped.
Period period_from(const std::map<std::string, std::string>& query, const std::string& today);

// Whether day ("YYYY-MM-DD") lies in the period (and kiosk is the period's, or it has none).
bool in_period(const Period& period, const std::string& day, const std::string& kiosk);

// The bucket a day falls in: the day itself, its ISO week ("2026-W49") or its month
// ("2026-12"). Sorting buckets as text sorts them in time.
std::string bucket_of(const std::string& day, Grain grain);

// The query string that gives this period back ("from=...&to=...&by=week&kiosk=..."),
// for links such as the CSV download.
std::string period_query(const Period& period);

// A GET form to change the period: from, to, by, location (kiosks are the choices); a page's
// own fields (extra_html: labels and inputs) stand before its button.
std::string period_form(const Period& period, Lang lang, const std::string& path,
                        const std::vector<std::string>& kiosks, const std::string& extra_html = "");

} // namespace console
