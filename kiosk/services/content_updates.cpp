// Noticing new content on disk, rolling back, and loading a source off the UI thread.
#include "content_updates.hpp"

#include "core/groups/schedule_loader.hpp"
#include "sync/bundle_store.hpp"

#include <cstdio>

namespace kiosk::services {

LoadedContent load_content(const Config& config) {
    LoadedContent loaded;
    loaded.source = load_content_source(config, loaded.problems);
    auto schedule = groups::load_schedule(loaded.source.schedule_file);
    for (const auto& p : schedule.problems) {
        loaded.problems.push_back(to_string(p));
        std::fprintf(stderr, "kiosk: %s\n", loaded.problems.back().c_str());
    }
    loaded.schedule = schedule.schedule;
    return loaded;
}

void ContentUpdates::installed_count(std::uint64_t count) {
    if (count != seen_) {
        seen_ = count;
        pending_ = true;
    }
}

std::string ContentUpdates::roll_back() {
    const sync::RollbackResult result = sync::rollback_bundle(config_.data_dir);
    if (result.done)
        pending_ = true;
    std::fprintf(stderr, "kiosk: bundle rollback: %s\n", result.message.c_str());
    return result.message;
}

} // namespace kiosk::services
