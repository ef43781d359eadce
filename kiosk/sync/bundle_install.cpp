// Staging and committing, in the order that keeps a power cut harmless.
#include "sync/bundle_install.hpp"

#include "sync/bundle_crypto.hpp"
#include "sync/bundle_files.hpp"

#include <set>

namespace kiosk::sync {

void write_bundle_files(const std::string& folder, const BundleManifest& manifest) {
    std::set<std::string> folders;
    for (const auto& [path, text] : manifest.files) {
        const auto slash = path.rfind('/');
        if (slash == std::string::npos)
            continue;
        // "content/substances" needs "content" first; the set keeps them sorted that way.
        for (auto at = path.find('/'); at != std::string::npos && at <= slash;
             at = path.find('/', at + 1))
            folders.insert(path.substr(0, at));
    }
    for (const auto& sub : folders)
        make_folder(folder + "/" + sub);
    for (const auto& [path, text] : manifest.files) {
        if (!is_picture_path(path)) {
            write_synced(folder + "/" + path, text);
            continue;
        }
        const auto bytes = from_base64(text); // read_manifest checked it
        if (!bytes)
            throw BundleDiskError("the picture " + path + " is not base64");
        write_synced(folder + "/" + path, *bytes);
    }
    for (const auto& sub : folders)
        sync_folder(folder + "/" + sub);
    sync_folder(folder);
}

std::string stage_bundle(const std::string& data_dir, const BundleManifest& manifest,
                         const std::string& signed_bytes, const std::string& installed_at) {
    make_folder(data_dir);
    make_folder(bundles_folder(data_dir));
    const std::string staged = version_folder(data_dir, manifest.version) + ".tmp";
    remove_all(staged);
    make_folder(staged);
    write_synced(staged + "/" + kSignedCopy, signed_bytes);
    write_synced(staged + "/" + kInstalledAt, installed_at);
    write_bundle_files(staged, manifest);
    return staged;
}

BundleState commit_bundle(const std::string& data_dir, const std::string& staged,
                          std::int64_t version, const BundleState& before,
                          const std::string& etag) {
    const std::string final_folder = version_folder(data_dir, version);
    remove_all(final_folder); // only a leftover can be there: the state never named it
    rename_path(staged, final_folder);
    sync_folder(bundles_folder(data_dir));
    BundleState after;
    after.current = version;
    after.previous = before.current;
    after.highest = version;
    after.etag = etag;
    write_bundle_state(data_dir, after);
    try {
        tidy_bundles(data_dir, after);
    } catch (const BundleDiskError&) {
        // Installed all the same; the next check tidies again and reports it if it still fails.
    }
    return after;
}

} // namespace kiosk::sync
