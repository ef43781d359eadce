// Choosing and loading the content pack and schedule: bundle, configured, built-in.
#include "content_source.hpp"

#include "core/content/pack_loader.hpp"
#include "sync/bundle_channel.hpp"
#include "sync/bundle_store.hpp"

#include <cstdio>
#include <set>

namespace kiosk::services {

namespace {

content::PackPtr load_reporting(const std::string& dir, const Config& config,
                                std::vector<std::string>& lines) {
    auto result = content::load_pack(dir, config.languages);
    for (const auto& p : result.problems) {
        lines.push_back(to_string(p));
        std::fprintf(stderr, "kiosk: %s\n", lines.back().c_str());
    }
    return result.pack;
}

} // namespace

namespace {

ContentSource load_pack_and_schedule(const Config& config,
                                     const std::optional<sync::ActiveBundle>& bundle,
                                     std::vector<std::string>& problems) {
    ContentSource source;
    source.schedule_file = config.assets_dir + "/groups/schedule.toml";
    if (bundle) {
        source.bundle_version = bundle->version;
        if (bundle->schedule_file)
            source.schedule_file = *bundle->schedule_file;
        if (bundle->content_dir) {
            source.pack = load_reporting(*bundle->content_dir, config, problems);
            if (source.pack)
                return source;
            source.fell_back = true;
        }
    }
    const std::string builtin = config.assets_dir + "/content";
    const std::string configured = config.content_dir.empty() ? builtin : config.content_dir;
    source.pack = load_reporting(configured, config, problems);
    if (source.pack)
        return source;
    if (builtin != configured) {
        source.fell_back = true;
        std::fprintf(stderr, "kiosk: content pack %s cannot be used; showing the built-in pack\n",
                     configured.c_str());
        source.pack = load_reporting(builtin, config, problems);
    }
    return source;
}

// One alerts file's alerts, its problems reported; null when it has any.
content::AlertsPtr load_alerts_file(const std::string& file, const Config& config,
                                    std::vector<std::string>& problems, bool& failed) {
    // Substance ids are not checked here: an alert about a substance this pack lacks is
    // still shown (home, the Drug alerts screen), just on no substance page.
    auto result = content::load_alerts(file, config.languages);
    for (const auto& p : result.problems) {
        problems.push_back(to_string(p));
        std::fprintf(stderr, "kiosk: %s\n", problems.back().c_str());
    }
    failed = failed || !result.alerts;
    return result.alerts;
}

// The alerts of --alerts FILE; else those of the content bundle and of the console's alert
// channel together, the one installed last winning an id both carry.
content::AlertsPtr load_alerts_reporting(const Config& config,
                                         const std::optional<sync::ActiveBundle>& bundle,
                                         std::vector<std::string>& problems, bool& failed) {
    if (!config.alerts_file.empty())
        return load_alerts_file(config.alerts_file, config, problems, failed);
    content::AlertsPtr from_bundle;
    if (bundle && bundle->alerts_file)
        from_bundle = load_alerts_file(*bundle->alerts_file, config, problems, failed);
    const auto channel =
        sync::active_bundle(sync::channel_store_dir(config.data_dir, sync::BundleChannel::Alerts));
    if (config.upload.alert_public_key.empty() || !channel || !channel->alerts_file)
        return from_bundle;
    const auto from_console = load_alerts_file(*channel->alerts_file, config, problems, failed);
    const bool console_newer =
        !bundle || !bundle->alerts_file || channel->installed_at >= bundle->installed_at;
    return console_newer ? content::merge_alerts(from_console, from_bundle)
                         : content::merge_alerts(from_bundle, from_console);
}

} // namespace

ContentSource load_content_source(const Config& config, std::vector<std::string>& problems) {
    const auto bundle = sync::active_bundle(config.data_dir);
    ContentSource source = load_pack_and_schedule(config, bundle, problems);
    source.alerts = load_alerts_reporting(config, bundle, problems, source.alerts_failed);
    return source;
}

} // namespace kiosk::services
