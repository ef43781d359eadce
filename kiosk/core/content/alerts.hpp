// Drug alerts the organisation publishes (docs/alerts.md): a red alert, a warning or a
// notice, with a title and a few lines per language, its source, the day it was issued, the
// last day it holds, and the substances it concerns. They come in a signed bundle
// (alerts.toml), apart from the content pack, so one can be published in minutes.
#pragma once

#include "content_pack.hpp"
#include "core/problem.hpp"

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

enum class AlertLevel { Red, Warning, Notice };
// "red", "warning", "notice": the file's words and the catalog's keys (alerts.level.<name>).
const char* alert_level_name(AlertLevel level);

struct AlertText {
    std::string title;
    Lines text;
};

struct Alert {
    std::string id; // 1-64 of a-z 0-9 _ - ; counted as the `alert` reach metric
    AlertLevel level = AlertLevel::Notice;
    std::string source;                  // e.g. "DIMS (Trimbos)", shown as written
    std::string issued;                  // YYYY-MM-DD, the first day it is shown
    std::string expires;                 // YYYY-MM-DD, the last day it is shown
    std::vector<std::string> substances; // substance ids; a red alert shows on their pages
    std::string picture_file; // a checked PNG beside the alerts file ("": none), alert_picture.hpp
    PerLanguage<AlertText> text; // at least nl and en
};

using Alerts = std::vector<Alert>;
using AlertsPtr = std::shared_ptr<const Alerts>;

inline constexpr std::size_t kMaxAlerts = 50;

struct AlertsLoad {
    AlertsPtr alerts; // null when the file has any problem (a wrong alert is never shown)
    std::vector<Problem> problems;
};

// Reads an alerts file. Every problem is "file:line: field: what". `substance_ids`, when
// given, are the ids an alert may name (the content pack's). A picture named by an alert
// (picture = "pink-pill") is alert-pictures/pink-pill.png beside the file, and is checked.
AlertsLoad load_alerts(const std::string& file, const std::vector<std::string>& languages,
                       const std::set<std::string>* substance_ids = nullptr);

// The alerts of two sources together (the content bundle's and the console's alert channel):
// an id in both is taken from `preferred`, the source installed last. Null when both are.
AlertsPtr merge_alerts(const AlertsPtr& preferred, const AlertsPtr& other);

// Whether an alert is shown on `today` (YYYY-MM-DD, the kiosk's local day). When the day is
// not known (the clock is not trusted yet) every alert stays: an expired warning shown a little
// longer is safer than a current one hidden.
bool alert_is_current(const Alert& alert, std::string_view today, bool day_known);

} // namespace kiosk::content
