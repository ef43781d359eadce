// What a new bundle keeps from the bundle in use (docs/bundles.md): a bundle without
// alerts.toml keeps the current alerts, and an alert-only bundle keeps the current content
// pack and group schedule too, so the organisation can publish an alert in minutes without
// resending everything. The kept files are copied into the new version's folder, so every
// version folder is whole on its own (rollback needs nothing else).
#pragma once

#include "sync/bundle_manifest.hpp"
#include "sync/bundle_store.hpp"

#include <string>

namespace kiosk::sync {

// `incoming` with the kept files of the current bundle added. Throws BundleDiskError when
// they cannot be read.
BundleManifest with_kept_parts(BundleManifest incoming, const std::string& data_dir,
                               const BundleState& state);

} // namespace kiosk::sync
