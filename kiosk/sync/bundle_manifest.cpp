// The manifest as JSON (nlohmann), read strictly: unknown fields, wrong types and paths
// outside the allowed places are refused with a sentence saying which.
#include "sync/bundle_manifest.hpp"

#include "common/rfc3339.hpp"
#include "sync/bundle_crypto.hpp"

#include <nlohmann/json.hpp>

namespace kiosk::sync {

namespace {

using nlohmann::json;

constexpr const char* kFormatName = "kiosk-bundle/1";

// Client text as shown in a reason: printable ASCII only, at most 80 characters.
std::string shown(const std::string& text) {
    std::string out;
    for (char c : text.substr(0, 80))
        out += (c >= 0x20 && c < 0x7f) ? c : '?';
    return "\"" + out + (text.size() > 80 ? "...\"" : "\"");
}

bool is_kiosk_id(const std::string& id) {
    return !id.empty() && id.size() <= 64 &&
           id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos;
}

// <stem><suffix> with a stem of 1-64 of a-z 0-9 _ -.
bool is_file_name(const std::string& name, const std::string& suffix = ".toml") {
    if (name.size() <= suffix.size() ||
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return false;
    const std::string stem = name.substr(0, name.size() - suffix.size());
    return stem.size() <= 64 &&
           stem.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
}

ManifestRead refused(std::string problem) {
    return {std::nullopt, "the bundle's contents are not usable: " + std::move(problem)};
}

} // namespace

bool BundleManifest::has_content() const {
    const std::string prefix = std::string(kContentFolder) + "/";
    for (const auto& [path, text] : files)
        if (path.compare(0, prefix.size(), prefix) == 0)
            return true;
    return false;
}

std::string bundle_path_problem(const std::string& path) {
    if (path.empty())
        return "a file has an empty path";
    if (path.front() == '/')
        return "the file path " + shown(path) +
               " is absolute; bundle paths are relative, like content/pack.toml";
    const std::string wrapped = "/" + path + "/";
    if (wrapped.find("/../") != std::string::npos)
        return "the file path " + shown(path) + " climbs out of the bundle with \"..\"";
    const auto slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : path.substr(0, slash);
    const std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
    const bool allowed =
        path == kScheduleFile || path == kAlertsFile || is_picture_path(path) ||
        ((folder == "content" || folder == "content/substances" || folder == "content/pages") &&
         is_file_name(name));
    if (allowed)
        return "";
    return "the file path " + shown(path) +
           " is not a place a bundle may write: use schedule.toml, alerts.toml, "
           "content/<name>.toml, content/substances/<name>.toml, content/pages/<name>.toml or "
           "alert-pictures/<name>.png, names of a-z 0-9 _ -";
}

bool is_picture_path(const std::string& path) {
    const std::string folder = std::string(kAlertPicturesFolder) + "/";
    return path.compare(0, folder.size(), folder) == 0 &&
           is_file_name(path.substr(folder.size()), ".png");
}

std::string manifest_json(const BundleManifest& manifest) {
    json files = json::object();
    for (const auto& [path, text] : manifest.files)
        files[path] = text;
    return json{{"format", kFormatName},
                {"kiosk_id", manifest.kiosk_id},
                {"version", manifest.version},
                {"created_at", manifest.created_at},
                {"files", files}}
        .dump();
}

ManifestRead read_manifest(const std::string& payload) {
    json root;
    try {
        root = json::parse(payload);
    } catch (const json::exception&) {
        return refused("they are not valid JSON text");
    }
    if (!root.is_object())
        return refused("they are not a JSON object");
    for (const auto& [key, value] : root.items())
        if (key != "format" && key != "kiosk_id" && key != "version" && key != "created_at" &&
            key != "files")
            return refused("unknown field " + shown(key) +
                           " (known: format, kiosk_id, version, created_at, files)");
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || *format != kFormatName)
        return refused("\"format\" must be \"kiosk-bundle/1\"");
    BundleManifest manifest;
    const auto kiosk = root.find("kiosk_id");
    if (kiosk == root.end() || !kiosk->is_string() ||
        (*kiosk != "*" && !is_kiosk_id(kiosk->get<std::string>())))
        return refused("\"kiosk_id\" must be a kiosk id (a-z 0-9 - _) or \"*\" for every kiosk");
    manifest.kiosk_id = kiosk->get<std::string>();
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<std::int64_t>() < 1)
        return refused("\"version\" must be a whole number from 1");
    manifest.version = version->get<std::int64_t>();
    const auto created = root.find("created_at");
    if (created == root.end() || !created->is_string() || !is_utc_time(created->get<std::string>()))
        return refused("\"created_at\" must be a UTC time like \"2026-11-22T17:05:09Z\"");
    manifest.created_at = created->get<std::string>();
    const auto files = root.find("files");
    if (files == root.end() || !files->is_object())
        return refused("\"files\" must be an object of file path -> text");
    if (files->empty())
        return refused("it holds no files");
    if (files->size() > kMaxBundleFiles)
        return refused("it holds " + std::to_string(files->size()) + " files, more than the " +
                       std::to_string(kMaxBundleFiles) + " allowed");
    for (const auto& [path, text] : files->items()) {
        if (const std::string problem = bundle_path_problem(path); !problem.empty())
            return refused(problem);
        if (!text.is_string())
            return refused("the file " + shown(path) + " is not given as text");
        if (text.get_ref<const std::string&>().size() > kMaxBundleFileBytes)
            return refused("the file " + shown(path) + " is larger than 1 MiB");
        if (is_picture_path(path) && !from_base64(text.get_ref<const std::string&>()))
            return refused("the picture " + shown(path) + " is not given as base64");
        manifest.files[path] = text.get<std::string>();
    }
    for (const auto& [path, text] : manifest.files)
        if (is_picture_path(path) && !manifest.has_alerts())
            return refused("the picture " + shown(path) +
                           " comes without alerts.toml; send it with the alerts that show it");
    return {std::move(manifest), ""};
}

} // namespace kiosk::sync
