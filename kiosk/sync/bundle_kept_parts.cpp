// Copying the parts a bundle does not carry from the current version folder.
#include "sync/bundle_kept_parts.hpp"

#include "sync/bundle_crypto.hpp"
#include "sync/bundle_files.hpp"

namespace kiosk::sync {

namespace {

void keep_file(BundleManifest& m, const std::string& folder, const std::string& path) {
    if (auto text = read_whole_file(folder + "/" + path))
        m.files.emplace(path, std::move(*text));
}

void keep_content(BundleManifest& m, const std::string& folder) {
    for (const std::string sub : {"content", "content/substances", "content/pages"})
        for (const auto& name : folder_entries(folder + "/" + sub))
            if (bundle_path_problem(sub + "/" + name).empty())
                keep_file(m, folder, sub + "/" + name);
}

// The alerts file and the pictures beside it (sent as base64, kept on disk as bytes).
void keep_alerts(BundleManifest& m, const std::string& folder) {
    keep_file(m, folder, kAlertsFile);
    const std::string sub = kAlertPicturesFolder;
    for (const auto& name : folder_entries(folder + "/" + sub))
        if (is_picture_path(sub + "/" + name))
            if (auto bytes = read_whole_file(folder + "/" + sub + "/" + name))
                m.files.emplace(sub + "/" + name, to_base64(*bytes));
}

} // namespace

BundleManifest with_kept_parts(BundleManifest incoming, const std::string& data_dir,
                               const BundleState& state) {
    if (!state.current)
        return incoming; // the built-in content: nothing to keep
    const std::string folder = version_folder(data_dir, *state.current);
    const bool alerts_only =
        incoming.has_alerts() && !incoming.has_content() && !incoming.has_schedule();
    if (!incoming.has_alerts())
        keep_alerts(incoming, folder);
    if (alerts_only) {
        keep_content(incoming, folder);
        keep_file(incoming, folder, kScheduleFile);
    }
    return incoming;
}

} // namespace kiosk::sync
