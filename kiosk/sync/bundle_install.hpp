// Installing a verified bundle: its files are written to bundles/v<N>.tmp and flushed to disk,
// checked there by the caller, renamed to bundles/v<N>, and only then named current in the
// state file (bundle_store.hpp). A power cut at any moment leaves the previous choice active;
// the leftovers are removed by the next tidy_bundles. Throws BundleDiskError.
#pragma once

#include "sync/bundle_manifest.hpp"
#include "sync/bundle_store.hpp"

#include <string>

namespace kiosk::sync {

// Writes every file of the manifest under folder (which must exist), creating content/,
// content/substances/ and content/pages/ as needed; files and folders are fsync'd.
void write_bundle_files(const std::string& folder, const BundleManifest& manifest);

// bundles/v<N>.tmp with the manifest's files, the signed file as received and the install
// time. Returns the folder.
std::string stage_bundle(const std::string& data_dir, const BundleManifest& manifest,
                         const std::string& signed_bytes, const std::string& installed_at);

// Renames the staged folder to v<N>, makes it current (the old current becomes previous),
// raises the highest version, keeps etag, and removes what is no longer needed.
// Returns the new state.
BundleState commit_bundle(const std::string& data_dir, const std::string& staged,
                          std::int64_t version, const BundleState& before, const std::string& etag);

} // namespace kiosk::sync
