// Checking alerts with content::load_alerts and sealing them into the alert channel's bundle.
#include "alert_publisher.hpp"

#include "bundle_handler.hpp"
#include "core/content/alerts.hpp"
#include "core/languages.hpp"
#include "sync/bundle_files.hpp"
#include "sync/bundle_format.hpp"
#include "sync/bundle_key_file.hpp"
#include "sync/bundle_manifest.hpp"

#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace console {

namespace {

// A folder of our own for the loader to read the file from, removed afterwards.
class ScratchFolder {
  public:
    ScratchFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "console-alerts-XXXXXX");
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("could not make a scratch folder to check the alerts in");
        path_ = pattern;
    }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::string& path() const { return path_; }

  private:
    std::string path_;
};

// "/tmp/console-alerts-x/alerts.toml:12: alert[1].en.title: missing" -> "line 12: ..."
std::string without_file(const std::string& problem, const std::string& file) {
    if (problem.rfind(file + ":", 0) != 0)
        return problem;
    return "line " + problem.substr(file.size() + 1);
}

} // namespace

std::string alerts_file_text(const std::vector<std::string>& blocks) {
    std::string text = "# Drug alerts published from the coordinator console (docs/alerts.md).\n\n";
    for (const auto& block : blocks)
        text += block;
    return text;
}

std::vector<std::string> alerts_problems(const std::vector<std::string>& blocks) {
    const ScratchFolder scratch;
    const std::string file = scratch.path() + "/" + kiosk::sync::kAlertsFile;
    kiosk::sync::replace_file(file, alerts_file_text(blocks));
    const auto load = kiosk::content::load_alerts(file, kiosk::language_codes());
    std::vector<std::string> problems;
    for (const auto& problem : load.problems)
        problems.push_back(without_file(to_string(problem), file));
    if (problems.empty() && !load.alerts)
        problems.push_back("the alerts could not be read");
    return problems;
}

AlertPublisher::AlertPublisher(const AlertChannelFiles& files) : bundles_dir_(files.bundles_dir) {
    std::string warning;
    try {
        keys_ = kiosk::sync::read_key_file(files.key_file, warning);
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("[alerts] key: ") + e.what());
    }
    if (!warning.empty())
        std::fprintf(stderr, "kiosk_console: [alerts] key: %s\n", warning.c_str());
}

std::string AlertPublisher::bundle_path() const {
    return bundles_dir_ + "/" + receiver::kAlertBundlePath;
}

std::string AlertPublisher::public_key_base64() const {
    return kiosk::sync::to_base64(keys_.public_key);
}

void AlertPublisher::publish(const std::vector<std::string>& blocks, std::int64_t version,
                             const std::string& created_at) const {
    kiosk::sync::BundleManifest manifest;
    manifest.kiosk_id = "*";
    manifest.version = version;
    manifest.created_at = created_at;
    manifest.files.emplace(kiosk::sync::kAlertsFile, alerts_file_text(blocks));
    const std::string bytes = kiosk::sync::seal_bundle(kiosk::sync::manifest_json(manifest), keys_);
    const std::string path = bundle_path();
    const std::string folder = std::filesystem::path(path).parent_path();
    try {
        kiosk::sync::make_folder(folder);
        kiosk::sync::replace_file(path, bytes);
    } catch (const std::exception& e) {
        throw std::runtime_error("could not write " + path + ": " + e.what() +
                                 " (the console needs write access to the receiver's "
                                 "bundles_dir/alerts)");
    }
}

} // namespace console
