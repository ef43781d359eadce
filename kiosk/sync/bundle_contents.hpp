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
std::vector<Problem> bundle_contents_problems(const std::string& folder,
                                              const BundleManifest& manifest,
                                              const std::vector<std::string>& languages);

// "" when everything loads, else one sentence for staff naming the first problems:
// "bundle version 8 does not load (2 problems): content/substances/mdma.toml:12: en.name: ..."
std::string bundle_contents_problem(const std::string& folder, const BundleManifest& manifest,
                                    const std::vector<std::string>& languages);

} // namespace kiosk::sync
