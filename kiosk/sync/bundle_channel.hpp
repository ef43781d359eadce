// The two ways bundles reach a kiosk (docs/bundles.md, docs/alerts.md):
//
//   content  GET /v1/kiosks/{id}/bundle  signed with the content key, kept offline: content
//            packs, group schedules and alerts, in <data_dir>/bundles/
//   alerts   GET /v1/kiosks/{id}/alerts  signed with the alert key the coordinator console
//            holds: drug alerts only, in <data_dir>/alert-channel/bundles/
//
// Each channel keeps its own versions, state and rollback floor, so an alert published from
// the console never uses up a content version, and the alert key can never install content.
#pragma once

#include "sync/bundle_manifest.hpp"

#include <string>

namespace kiosk::sync {

enum class BundleChannel { Content, Alerts };

// "bundle" or "alerts": the last segment of the channel's URL.
const char* channel_path(BundleChannel channel);
// Where the channel's bundles live: the folder the bundle store functions take as data_dir.
std::string channel_store_dir(const std::string& data_dir, BundleChannel channel);
// "" when the channel may install what the manifest carries; else why not, for staff. The
// alert channel takes alerts.toml with its pictures and nothing else.
std::string channel_problem(BundleChannel channel, const BundleManifest& manifest);

} // namespace kiosk::sync
