// When the uploader thread asks the server for a bundle next (docs/bundles.md, "How often").
// Asking costs one small request (a 304 most of the time), so the kiosk asks often enough
// that a drug alert published by the organisation is on screen within the hour: every
// `every` minutes normally, and every `fresh_every` while the bundle in use is less than a
// day old (an alert is often followed by a correction or an expiry) or the last check got
// no answer.
#pragma once

#include "sync/bundle_updater.hpp"

#include <chrono>
#include <cstdint>
#include <optional>

namespace kiosk::sync {

struct BundleCadence {
    std::chrono::minutes every{30};
    std::chrono::minutes fresh_every{10}; // never more than `every`
};

// How long after a check with `outcome` to ask again. `installed_unix` is when the bundle
// in use was installed (none: the built-in content), `now_unix` the kiosk's clock.
std::chrono::minutes next_bundle_check(const BundleCadence& cadence,
                                       BundleCheckResult::Outcome outcome,
                                       std::optional<std::int64_t> installed_unix,
                                       std::int64_t now_unix);

// The install time of the bundle in use in data_dir, when there is one and it can be read.
std::optional<std::int64_t> active_bundle_installed_unix(const std::string& data_dir);

} // namespace kiosk::sync
