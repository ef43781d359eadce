// Checks what a bundle carries with the kiosk's own loaders: the content pack must load with
// content::load_pack and the schedule with groups::load_schedule, each without a single
// problem, exactly as the app would load them.
#pragma once

#include "core/problem.hpp"
#include "sync/bundle_manifest.hpp"

#include <string>
#include <vector>

namespace kiosk::sync {

// folder holds the manifest's files (write_bundle_files). Every problem of the content pack,
// then of the schedule, with file names as in the bundle ("content/substances/mdma.toml").
// `check_alert_substances`: also refuse an alert that names a substance the bundle's pack
// lacks (kiosk_bundle make, where a typo must be caught). A kiosk does not: an alert kept
// from an earlier bundle, or checked against the built-in pack, must never block an update
// or hide a warning; such an alert is shown, just not on a substance page.
std::vector<Problem> bundle_contents_problems(const std::string& folder,
                                              const BundleManifest& manifest,
                                              const std::vector<std::string>& languages,
                                              bool check_alert_substances = false);

// "" when everything loads, else one sentence for staff naming the first problems:
// "bundle version 8 does not load (2 problems): content/substances/mdma.toml:12: en.name: ..."
std::string bundle_contents_problem(const std::string& folder, const BundleManifest& manifest,
                                    const std::vector<std::string>& languages);

} // namespace kiosk::sync
