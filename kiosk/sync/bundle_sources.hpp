// Gathers what goes into a bundle from folders on the signing machine: a content pack folder
// (docs/content-format.md), a group schedule file (docs/groups.md) and a drug alerts file
// with the pictures beside it (docs/alerts.md), under the paths a bundle may hold. Used by the
// kiosk_bundle tool and the tests.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::sync {

struct CollectedFiles {
    std::map<std::string, std::string> files; // bundle path -> text
    std::vector<std::string> skipped;         // files in the content folder a bundle cannot hold
    std::string problem;                      // what could not be read, and where
};

// The alerts file's pictures are every <name>.png in alert-pictures/ beside it.
CollectedFiles collect_bundle_files(const std::optional<std::string>& content_dir,
                                    const std::optional<std::string>& schedule_file,
                                    const std::optional<std::string>& alerts_file = std::nullopt);

} // namespace kiosk::sync
