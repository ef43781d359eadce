// The state file as JSON (nlohmann), version folders named v<N>, and the swap for rollback.
#include "sync/bundle_store.hpp"

#include "sync/bundle_files.hpp"
#include "sync/bundle_manifest.hpp"

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <stdexcept>

namespace kiosk::sync {

namespace {

using nlohmann::json;

std::string state_path(const std::string& data_dir) {
    return bundles_folder(data_dir) + "/state";
}

// The N of "v<N>", or nullopt for any other name.
std::optional<std::int64_t> version_of(const std::string& name) {
    if (name.size() < 2 || name.size() > 19 || name[0] != 'v' ||
        name.find_first_not_of("0123456789", 1) != std::string::npos)
        return std::nullopt;
    return std::stoll(name.substr(1));
}

std::optional<std::int64_t> optional_version(const json& root, const char* key) {
    const auto it = root.find(key);
    if (it == root.end() || it->is_null())
        return std::nullopt;
    if (!it->is_number_integer() || it->get<std::int64_t>() < 1)
        throw std::invalid_argument(std::string(key) + " is not a version");
    return it->get<std::int64_t>();
}

json optional_json(const std::optional<std::int64_t>& version) {
    return version ? json(*version) : json(nullptr);
}

bool is_folder(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

bool is_file(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

std::string name_of(const std::optional<std::int64_t>& version) {
    return version ? "bundle version " + std::to_string(*version) : "the built-in content";
}

} // namespace

std::string bundles_folder(const std::string& data_dir) {
    return data_dir + "/bundles";
}

std::string version_folder(const std::string& data_dir, std::int64_t version) {
    return bundles_folder(data_dir) + "/v" + std::to_string(version);
}

StateRead read_bundle_state(const std::string& data_dir) {
    StateRead read;
    const auto text = read_whole_file(state_path(data_dir));
    if (!text)
        return read;
    try {
        const json root = json::parse(*text);
        read.state.current = optional_version(root, "current");
        read.state.previous = optional_version(root, "previous");
        read.state.highest = root.at("highest").get<std::int64_t>();
        read.state.etag = root.at("etag").get<std::string>();
        read.state.highest = std::max(
            {read.state.highest, read.state.current.value_or(0), read.state.previous.value_or(0)});
        return read;
    } catch (const std::exception&) { // not JSON, or a field missing or of the wrong kind
        read = StateRead{};
        read.damaged = true;
        for (const auto& name : folder_entries(bundles_folder(data_dir)))
            read.state.highest = std::max(read.state.highest, version_of(name).value_or(0));
        return read;
    }
}

void write_bundle_state(const std::string& data_dir, const BundleState& state) {
    const json root = {{"current", optional_json(state.current)},
                       {"previous", optional_json(state.previous)},
                       {"highest", state.highest},
                       {"etag", state.etag}};
    replace_file(state_path(data_dir), root.dump() + "\n");
}

void tidy_bundles(const std::string& data_dir, const BundleState& state) {
    const std::string folder = bundles_folder(data_dir);
    for (const auto& name : folder_entries(folder)) {
        const bool temporary = name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0;
        const auto version = version_of(name);
        const bool unused = version && version != state.current && version != state.previous;
        if (temporary || unused)
            remove_all(folder + "/" + name);
    }
}

std::optional<ActiveBundle> active_bundle(const std::string& data_dir) {
    try {
        const StateRead read = read_bundle_state(data_dir);
        if (!read.state.current)
            return std::nullopt;
        ActiveBundle active;
        active.version = *read.state.current;
        active.folder = version_folder(data_dir, active.version);
        if (!is_folder(active.folder))
            return std::nullopt;
        const std::string content = active.folder + "/" + kContentFolder;
        if (is_folder(content))
            active.content_dir = content;
        const std::string schedule = active.folder + "/" + kScheduleFile;
        if (is_file(schedule))
            active.schedule_file = schedule;
        const std::string alerts = active.folder + "/" + kAlertsFile;
        if (is_file(alerts))
            active.alerts_file = alerts;
        active.installed_at = read_whole_file(active.folder + "/" + kInstalledAt).value_or("");
        active.previous = read.state.previous;
        return active;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::mutex& bundle_state_mutex() {
    static std::mutex mutex;
    return mutex;
}

RollbackResult rollback_bundle(const std::string& data_dir) {
    RollbackResult result;
    std::unique_lock<std::mutex> lock(bundle_state_mutex(), std::try_to_lock);
    if (!lock.owns_lock()) {
        result.message = "an update is being checked or installed right now: try again in a "
                         "minute";
        return result;
    }
    try {
        BundleState state = read_bundle_state(data_dir).state;
        if (!state.current && !state.previous) {
            result.message = "no bundle has been installed, so there is nothing to go back to";
            return result;
        }
        if (state.previous && !is_folder(version_folder(data_dir, *state.previous))) {
            result.message = "the earlier " + name_of(state.previous) + " is no longer on disk";
            return result;
        }
        std::swap(state.current, state.previous);
        write_bundle_state(data_dir, state);
        result.done = true;
        result.active = state.current;
        result.message = "now using " + name_of(state.current) + "; " + name_of(state.previous) +
                         " is kept to switch back to";
    } catch (const std::exception& error) {
        result.message = std::string("could not switch bundles: ") + error.what();
    }
    return result;
}

} // namespace kiosk::sync
