// The bundle check cadence: a short interval while news is fresh or the server was not
// reached, the configured one otherwise.
#include "sync/bundle_cadence.hpp"

#include "common/rfc3339.hpp"
#include "sync/bundle_store.hpp"

#include <algorithm>

namespace kiosk::sync {

std::chrono::minutes next_bundle_check(const BundleCadence& cadence,
                                       BundleCheckResult::Outcome outcome,
                                       std::optional<std::int64_t> installed_unix,
                                       std::int64_t now_unix) {
    const auto fresh = std::min(cadence.fresh_every, cadence.every);
    constexpr std::int64_t kDay = 24 * 60 * 60;
    switch (outcome) {
    case BundleCheckResult::Outcome::Installed:
    case BundleCheckResult::Outcome::Failed:
        return fresh;
    case BundleCheckResult::Outcome::NotModified:
    case BundleCheckResult::Outcome::NoBundle:
    case BundleCheckResult::Outcome::Refused:
        break;
    }
    // A clock set back below the install time counts as fresh too: better ask once too often.
    const bool fresh_bundle = installed_unix && now_unix - *installed_unix < kDay;
    return fresh_bundle ? fresh : cadence.every;
}

std::optional<std::int64_t> active_bundle_installed_unix(const std::string& data_dir) {
    const auto active = active_bundle(data_dir); // never throws
    return active ? parse_utc(active->installed_at) : std::nullopt;
}

} // namespace kiosk::sync
