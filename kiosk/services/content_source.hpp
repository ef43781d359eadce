// Where the content pack and the group schedule come from: the signed bundle installed from
// the server, when there is one (docs/bundles.md), else the configured content folder and
// the assets' schedule. A pack with problems falls back to the built-in one, so visitors
// always see good content; every problem goes to staff. Drug alerts come from the bundle
// and from the console's alert channel (or --alerts FILE); an alerts file with a problem
// shows none of its alerts.
#pragma once

#include "core/config.hpp"
#include "core/content/alerts.hpp"
#include "core/content/content_pack.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::services {

struct ContentSource {
    content::PackPtr pack;                      // null only if even the built-in pack fails
    std::string schedule_file;                  // the group schedule to load
    std::optional<std::int64_t> bundle_version; // the bundle in use, if any
    content::AlertsPtr alerts;                  // the drug alerts (none: no alerts file)
    bool alerts_failed = false;                 // there is an alerts file, with problems
    bool fell_back = false; // the bundle's or configured pack had problems: another is shown
};

// Problems are appended to `problems` (and printed), as "file:line: field: what".
ContentSource load_content_source(const Config& config, std::vector<std::string>& problems);

} // namespace kiosk::services
