// The signed payload of a bundle: a JSON object naming the kiosk(s), the version and every
// file as text (docs/bundles.md). Only content pack files, the group schedule and the drug
// alerts may be in it,
// under fixed relative paths, so a bundle can never write anywhere else.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace kiosk::sync {

inline constexpr std::size_t kMaxBundleFiles = 500;
inline constexpr std::size_t kMaxBundleFileBytes = 1024 * 1024;
inline constexpr const char* kScheduleFile = "schedule.toml";
inline constexpr const char* kContentFolder = "content";
inline constexpr const char* kAlertsFile = "alerts.toml";
inline constexpr const char* kAlertPicturesFolder = "alert-pictures"; // beside alerts.toml

struct BundleManifest {
    std::string kiosk_id = "*"; // one kiosk's id, or "*" for every kiosk
    std::int64_t version = 0;   // from 1, raised with every bundle
    std::string created_at;     // RFC 3339 UTC, e.g. "2026-11-22T17:05:09Z"
    // relative path -> UTF-8 text; an alert picture (alert-pictures/<name>.png) is its PNG
    // bytes in base64, written to disk as the bytes (write_bundle_files)
    std::map<std::string, std::string> files;

    bool has_content() const;
    bool has_schedule() const { return files.count(kScheduleFile) != 0; }
    bool has_alerts() const { return files.count(kAlertsFile) != 0; }
};

// The payload text: {"format":"kiosk-bundle/1","kiosk_id":...,"version":...,"created_at":...,
// "files":{...}}, keys sorted, no spaces.
std::string manifest_json(const BundleManifest& manifest);

struct ManifestRead {
    std::optional<BundleManifest> manifest;
    std::string problem; // plain English for staff when there is no manifest
};

// Checks every field, path and limit.
ManifestRead read_manifest(const std::string& payload);

// "" when a bundle may hold a file at path: schedule.toml, alerts.toml, content/<name>.toml,
// content/substances/<name>.toml, content/pages/<name>.toml or alert-pictures/<name>.png,
// names of 1-64 of a-z 0-9 _ -. Otherwise why not.
std::string bundle_path_problem(const std::string& path);
// alert-pictures/<name>.png: sent as base64.
bool is_picture_path(const std::string& path);

} // namespace kiosk::sync
