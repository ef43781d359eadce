// Walks the content folder; every regular file either maps to an allowed bundle path or is
// listed as skipped (a README, an editor's backup file).
#include "sync/bundle_sources.hpp"

#include "sync/bundle_crypto.hpp"
#include "sync/bundle_files.hpp"
#include "sync/bundle_manifest.hpp"

#include <filesystem>

namespace kiosk::sync {

namespace fs = std::filesystem;

namespace {

bool add(CollectedFiles& out, const std::string& bundle_path, const std::string& source) {
    try {
        auto text = read_whole_file(source);
        if (!text) {
            out.problem = "cannot read " + source + ": no such file";
            return false;
        }
        if (text->size() > kMaxBundleFileBytes) {
            out.problem = source + " is larger than the 1 MiB a bundle file may have";
            return false;
        }
        out.files[bundle_path] = is_picture_path(bundle_path) ? to_base64(*text) : *text;
        return true;
    } catch (const BundleDiskError& error) {
        out.problem = error.what();
        return false;
    }
}

void add_alerts(CollectedFiles& out, const std::string& alerts_file) {
    if (!add(out, kAlertsFile, alerts_file))
        return;
    const fs::path pictures = fs::path(alerts_file).parent_path() / kAlertPicturesFolder;
    std::error_code error;
    if (!fs::is_directory(pictures, error))
        return;
    for (fs::directory_iterator it(pictures, error), end; !error && it != end;
         it.increment(error)) {
        const std::string bundle_path =
            std::string(kAlertPicturesFolder) + "/" + it->path().filename().string();
        if (!is_picture_path(bundle_path)) {
            out.skipped.push_back(it->path().string());
            continue;
        }
        if (!add(out, bundle_path, it->path().string()))
            return;
    }
    if (error)
        out.problem =
            "cannot read the pictures folder " + pictures.string() + ": " + error.message();
}

} // namespace

CollectedFiles collect_bundle_files(const std::optional<std::string>& content_dir,
                                    const std::optional<std::string>& schedule_file,
                                    const std::optional<std::string>& alerts_file) {
    CollectedFiles out;
    if (content_dir) {
        std::error_code error;
        if (!fs::is_directory(*content_dir, error)) {
            out.problem =
                "the content folder " + *content_dir + " does not exist or is not a folder";
            return out;
        }
        fs::recursive_directory_iterator it(*content_dir, error), end;
        for (; !error && it != end; it.increment(error)) {
            if (!it->is_regular_file(error))
                continue;
            const std::string relative = fs::relative(it->path(), *content_dir).generic_string();
            const std::string bundle_path = std::string(kContentFolder) + "/" + relative;
            if (!bundle_path_problem(bundle_path).empty()) {
                out.skipped.push_back(it->path().string());
                continue;
            }
            if (!add(out, bundle_path, it->path().string()))
                return out;
        }
        if (error) {
            out.problem = "cannot read the content folder " + *content_dir + ": " + error.message();
            return out;
        }
    }
    if (schedule_file && !add(out, kScheduleFile, *schedule_file))
        return out;
    if (alerts_file)
        add_alerts(out, *alerts_file);
    return out;
}

} // namespace kiosk::sync
