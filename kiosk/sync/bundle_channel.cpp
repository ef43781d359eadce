// What each bundle channel is called, where it is kept, and what it may carry.
#include "sync/bundle_channel.hpp"

namespace kiosk::sync {

const char* channel_path(BundleChannel channel) {
    switch (channel) {
    case BundleChannel::Content:
        return "bundle";
    case BundleChannel::Alerts:
        return "alerts";
    }
    return "bundle";
}

std::string channel_store_dir(const std::string& data_dir, BundleChannel channel) {
    switch (channel) {
    case BundleChannel::Content:
        return data_dir;
    case BundleChannel::Alerts:
        return data_dir + "/alert-channel";
    }
    return data_dir;
}

std::string channel_problem(BundleChannel channel, const BundleManifest& manifest) {
    switch (channel) {
    case BundleChannel::Content:
        return "";
    case BundleChannel::Alerts:
        for (const auto& [path, text] : manifest.files)
            if (path != kAlertsFile && !is_picture_path(path))
                return "the alert channel only takes drug alerts, and this bundle also carries " +
                       path + ": content and schedules must come signed with the content key";
        if (!manifest.has_alerts())
            return std::string("the alert channel's bundle carries no ") + kAlertsFile;
        return "";
    }
    return "";
}

} // namespace kiosk::sync
